import { Client } from "@microsoft/microsoft-graph-client";
import type { Logger } from "../../observability/logger.js";
import type { TeamOwnerDirectory } from "../../ports/messaging.js";
import type { Stores } from "../../ports/stores.js";

export interface GraphOwnerOptions {
  /**
   * App-only Graph token (client credentials or managed identity, `TeamMember.Read.All`). The seam for production:
   * without it the directory falls back to what the school's own tables know.
   */
  getToken?: () => Promise<string>;
  logger?: Logger;
}

/** Graph pages team members 100 at a time by default; 100 pages is far above any class team. A loop guard. */
const MAX_PAGES = 100;

interface MembersPage {
  value?: Array<{ userId?: string; roles?: string[] }>;
  "@odata.nextLink"?: string;
}

/**
 * Team owners are a class's teachers. In production Graph says who they are (`GET /teams/{id}/members`, owner
 * role). Without a Graph credential, or when Graph fails, the fallback is real, not a stub: members stored as
 * teachers stay teachers, and install-in-team stores the person who installed the app as one. The M365 Agents
 * Playground reports everyone as userRole "user", so local demos depend on this.
 */
export class GraphTeamOwnerDirectory implements TeamOwnerDirectory {
  private readonly client: Client | undefined;

  constructor(
    graphBaseUrl: string,
    private readonly stores: Stores,
    private readonly options: GraphOwnerOptions = {},
  ) {
    const getToken = options.getToken;
    const base = new URL(graphBaseUrl);
    this.client = getToken
      ? Client.initWithMiddleware({
          authProvider: { getAccessToken: () => getToken() },
          baseUrl: `${base.origin}/`,
          defaultVersion: base.pathname.replace(/^\/+|\/+$/g, "") || "v1.0",
          // The token goes only to the configured Graph host (a sovereign cloud or a local fake in tests).
          customHosts: new Set([base.hostname]),
        })
      : undefined;
  }

  async ownerIds(tenantId: string, classId: string): Promise<Set<string>> {
    if (this.client) {
      try {
        return await this.graphOwners(this.client, classId);
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        this.options.logger?.warn({ tenantId, classId, status }, "graph owners unavailable; using stored teachers");
      }
    }
    return this.storedTeachers(tenantId, classId);
  }

  private async graphOwners(client: Client, classId: string): Promise<Set<string>> {
    const owners = new Set<string>();
    let page = (await client.api(`/teams/${encodeURIComponent(classId)}/members`).get()) as MembersPage;
    for (let i = 0; i < MAX_PAGES; i++) {
      for (const member of page.value ?? []) {
        if (member.userId && member.roles?.includes("owner")) owners.add(member.userId);
      }
      const next = page["@odata.nextLink"];
      if (!next) break;
      page = (await client.api(next).get()) as MembersPage;
    }
    return owners;
  }

  private async storedTeachers(tenantId: string, classId: string): Promise<Set<string>> {
    const members = await this.stores.members.list(tenantId, classId);
    return new Set(members.filter((m) => m.role === "teacher").map((m) => m.userId));
  }
}
