import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * Teams activities built from the Microsoft-published fixtures in tests/fixtures/teams (SOURCES.md), with ids,
 * tenant and serviceUrl replaced so they address a test's own tenant and fake connector. Everything else in the
 * payloads (envelope fields, entities, channelData extras) stays as Teams sends it.
 */

const FIXTURES = new URL("../fixtures/teams/", import.meta.url);

export type Activity = Record<string, unknown> & {
  from: Record<string, unknown>;
  conversation: Record<string, unknown>;
  channelData?: Record<string, unknown>;
};

export function fixture(name: string): Activity {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), "utf8")) as Activity;
}

/** Someone in Teams: their Teams id ("29:..."), Entra object id, name and client locale. */
export interface TeamsPerson {
  teamsUserId: string;
  userId: string;
  name: string;
  locale?: string;
}

/** A class team: Teams team id (= General channel id), Entra group id (= class id), display name. */
export interface TeamsTeam {
  teamId: string;
  classId: string;
  name: string;
}

export function person(name: string, locale = "en-US"): TeamsPerson {
  const userId = randomUUID();
  return { teamsUserId: `29:1${userId.replace(/-/g, "")}`, userId, name, locale };
}

export function team(name: string): TeamsTeam {
  return { teamId: `19:${randomUUID().replace(/-/g, "")}@thread.tacv2`, classId: randomUUID(), name };
}

export class ActivityFactory {
  constructor(
    readonly tenantId: string,
    readonly serviceUrl: string,
    /** How the fake connector names a person's 1:1 chat, so invokes arrive in the chat the bot created. */
    private readonly personalChatId: (teamsUserId: string) => string,
  ) {}

  /** teams-installationUpdate-add-team.json: the app added to a team, the General channel selected. */
  installInTeam(t: TeamsTeam, by: TeamsPerson): Activity {
    const a = this.envelope("teams-installationUpdate-add-team", by);
    a.conversation = { ...a.conversation, id: t.teamId, name: t.name, tenantId: this.tenantId };
    a.channelData = {
      ...a.channelData,
      settings: { selectedChannel: { id: t.teamId } },
      channel: { id: t.teamId },
      team: { aadGroupId: t.classId, name: t.name, id: t.teamId },
      tenant: { id: this.tenantId },
    };
    return a;
  }

  /** teams-installationUpdate-remove-team.json. */
  removeFromTeam(t: TeamsTeam, by: TeamsPerson): Activity {
    const a = this.envelope("teams-installationUpdate-remove-team", by);
    a.conversation = { ...a.conversation, id: t.teamId, tenantId: this.tenantId };
    a.channelData = {
      ...a.channelData,
      team: { aadGroupId: t.classId, name: t.name, id: t.teamId },
      tenant: { id: this.tenantId },
    };
    return a;
  }

  /** teams-conversationUpdate-userAdded-team.json: people joined the team (ids only, no names). */
  membersAdded(t: TeamsTeam, added: TeamsPerson[], by: TeamsPerson): Activity {
    const a = this.envelope("teams-conversationUpdate-userAdded-team", by);
    a.membersAdded = added.map((p) => ({ id: p.teamsUserId, aadObjectId: p.userId }));
    a.conversation = { ...a.conversation, id: t.teamId, tenantId: this.tenantId };
    a.channelData = {
      ...a.channelData,
      team: { aadGroupId: t.classId, name: t.name, id: t.teamId },
      tenant: { id: this.tenantId },
    };
    return a;
  }

  /** teams-conversationUpdate-botAdded-personal.json with its doc placeholders filled in. */
  personalInstall(p: TeamsPerson): Activity {
    const a = this.envelope("teams-conversationUpdate-botAdded-personal", p);
    const recipient = a.recipient as { id: string };
    a.membersAdded = [{ id: recipient.id }, { id: p.teamsUserId, aadObjectId: p.userId }];
    a.conversation = { conversationType: "personal", id: this.personalChatId(p.teamsUserId), tenantId: this.tenantId };
    a.channelData = { tenant: { id: this.tenantId } };
    return a;
  }

  /** teams-message-channel.json: a channel post that @mentions the bot. */
  channelMessage(t: TeamsTeam, from: TeamsPerson, text: string): Activity {
    const a = this.envelope("teams-message-channel", from);
    const recipient = a.recipient as { id: string; name: string };
    const mention = `<at>${recipient.name}</at>`;
    a.text = `${mention} ${text}`;
    a.entities = [
      { mentioned: recipient, text: mention, type: "mention" },
      { type: "clientInfo", locale: from.locale },
    ];
    a.attachments = [];
    a.conversation = { ...a.conversation, id: `${t.teamId};messageid=${Date.now()}`, tenantId: this.tenantId };
    a.channelData = {
      ...a.channelData,
      teamsChannelId: t.teamId,
      teamsTeamId: t.teamId,
      channel: { id: t.teamId },
      team: { id: t.teamId },
      tenant: { id: this.tenantId },
    };
    return a;
  }

  /** teams-message-personal.json: a 1:1 message to the bot. */
  personalMessage(from: TeamsPerson, text: string): Activity {
    const a = this.envelope("teams-message-personal", from);
    a.text = text;
    a.conversation = {
      conversationType: "personal",
      id: this.personalChatId(from.teamsUserId),
      tenantId: this.tenantId,
    };
    a.channelData = { tenant: { id: this.tenantId } };
    return a;
  }

  /** teams-invoke-adaptiveCard-action-manual-personal.json: an Action.Execute pressed in the person's 1:1 chat. */
  invoke(from: TeamsPerson, verb: string | undefined, data: Record<string, unknown>): Activity {
    const a = this.envelope("teams-invoke-adaptiveCard-action-manual-personal", from);
    a.conversation = { ...a.conversation, id: this.personalChatId(from.teamsUserId), tenantId: this.tenantId };
    a.channelData = { ...a.channelData, tenant: { id: this.tenantId } };
    a.value = { action: { type: "Action.Execute", title: "Send", ...(verb ? { verb } : {}), data }, trigger: "manual" };
    return a;
  }

  /** teams-message-actionSubmit-personal.json: the Action.Submit fallback, card data merged with inputs. */
  submit(from: TeamsPerson, value: Record<string, unknown>): Activity {
    const a = this.envelope("teams-message-actionSubmit-personal", from);
    a.conversation = { ...a.conversation, id: this.personalChatId(from.teamsUserId), tenantId: this.tenantId };
    a.channelData = { tenant: { id: this.tenantId } };
    a.value = value;
    return a;
  }

  private envelope(name: string, from: TeamsPerson): Activity {
    const a = fixture(name);
    a.id = randomUUID();
    a.serviceUrl = this.serviceUrl;
    a.timestamp = new Date().toISOString();
    a.from = { id: from.teamsUserId, aadObjectId: from.userId, name: from.name };
    a.locale = from.locale ?? "en-US";
    return a;
  }
}
