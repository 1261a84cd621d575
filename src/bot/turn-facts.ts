import type { Activity } from "botbuilder";
import { toLocale, type Locale } from "../domain/locale.js";

export type Scope = "personal" | "channel" | "groupChat";

/** What every route needs from an activity, read once. Identity comes only from the authenticated activity. */
export interface TurnFacts {
  tenantId: string;
  /** The sender's Entra object id; undefined for bots and some system events. */
  userId: string | undefined;
  teamsUserId: string;
  locale: Locale;
  /** The raw BCP-47 tag, stored with 1:1 references. */
  localeTag: string;
  /** The sender's IANA time zone as their client reports it (`localTimezone`, or clientInfo `timezone`). */
  timeZone: string | undefined;
  scope: Scope;
  serviceUrl: string;
  conversationId: string;
  team: { teamId: string; classId: string; name: string } | undefined;
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; aadGroupId?: string; name?: string };
}

/**
 * Entra object ids are GUIDs. Anything else in `from.aadObjectId` is not a person we can know (a forged or broken
 * activity): the turn is treated as from an unknown sender, so it can never name a row (found by
 * tests/integration/trust/hostile-activities-write-nothing.test.ts).
 */
const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function turnFacts(activity: Activity): TurnFacts {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const clientInfo = (activity.entities ?? []).find((e) => e.type === "clientInfo") as
    { locale?: string; timezone?: string } | undefined;
  const localeTag = activity.locale ?? clientInfo?.locale ?? "";
  const type = activity.conversation.conversationType;
  const team = channelData.team?.id
    ? {
        teamId: channelData.team.id,
        // The Entra group id is the class id; legacy events lack it, and then the team id stands in.
        classId: channelData.team.aadGroupId || channelData.team.id,
        name: channelData.team.name ?? "",
      }
    : undefined;
  return {
    tenantId: activity.conversation.tenantId || channelData.tenant?.id || "",
    userId: ENTRA_OBJECT_ID.test(activity.from.aadObjectId ?? "") ? activity.from.aadObjectId : undefined,
    teamsUserId: activity.from.id,
    locale: toLocale(localeTag),
    localeTag,
    timeZone: activity.localTimezone || clientInfo?.timezone || undefined,
    scope: type === "personal" ? "personal" : type === "channel" || team ? "channel" : "groupChat",
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    team,
  };
}
