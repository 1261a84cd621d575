import type { RosterEntry, RosterReader } from "../../ports/messaging.js";
import type { ConnectorClients } from "./connector-clients.js";

/** The Bot Connector serves 50-500 members a page (teams-rest-pagedmembers-response.json, SOURCES.md §5). */
const PAGE_SIZE = 500;
/** 200 pages of 500 = 100,000 members, above Teams' 25,000-member team limit: a loop guard, never reached. */
const MAX_PAGES = 200;

/**
 * Reads a team's roster through paged members (`GET /v3/conversations/{teamId}/pagedmembers`), the call TeamsInfo
 * uses; the unpaged members call is throttled to 5 a minute (teams-platform.md §2.1). The wire sends the Entra id
 * as `aadObjectId` or `objectId` depending on the scenario (SOURCES.md §5), so both are read.
 */
export class BotConnectorRoster implements RosterReader {
  constructor(private readonly clients: ConnectorClients) {}

  async members(serviceUrl: string, teamId: string, _tenantId: string): Promise<RosterEntry[]> {
    const client = await this.clients.forServiceUrl(serviceUrl);
    const entries: RosterEntry[] = [];
    let continuationToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      type PageOptions = Parameters<typeof client.conversations.getConversationPagedMembers>[1];
      // The SDK types the token as required; the first page has none.
      const options = { pageSize: PAGE_SIZE, ...(continuationToken ? { continuationToken } : {}) } as PageOptions;
      const result = await client.conversations.getConversationPagedMembers(teamId, options);
      for (const member of result.members ?? []) {
        const raw = member as typeof member & { objectId?: string; userRole?: string };
        entries.push({
          teamsUserId: raw.id,
          userId: raw.aadObjectId ?? raw.objectId ?? "",
          name: raw.name ?? "",
          userRole: raw.userRole ?? "user",
        });
      }
      continuationToken = result.continuationToken || undefined;
      if (!continuationToken) break;
    }
    return entries;
  }
}
