import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import { GraphTeamOwnerDirectory } from "../../../src/adapters/graph/graph-team-owner-directory.js";

/** A two-page Graph `/teams/{id}/members` on loopback, recording the Authorization header it receives. */
let server: http.Server;
let baseUrl = "";
const seenAuth: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seenAuth.push(String(req.headers.authorization));
    const url = new URL(req.url ?? "/", baseUrl);
    res.setHeader("content-type", "application/json");
    if (!url.pathname.endsWith("/teams/class-1/members")) {
      res.statusCode = 404;
      return res.end(JSON.stringify({ error: { code: "NotFound" } }));
    }
    if (url.searchParams.get("$skiptoken") === "p2") {
      return res.end(
        JSON.stringify({
          value: [
            { userId: "owner-2", roles: ["owner"] },
            { userId: "guest", roles: ["guest"] },
          ],
        }),
      );
    }
    res.end(
      JSON.stringify({
        value: [
          { userId: "owner-1", roles: ["owner"] },
          { userId: "student-1", roles: [] },
        ],
        "@odata.nextLink": `${baseUrl}/v1.0/teams/class-1/members?$skiptoken=p2`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("GraphTeamOwnerDirectory", () => {
  it("with a Graph credential, reads every page of team members and keeps only owners", async () => {
    // The Graph SDK attaches tokens only to HTTPS URLs of allowed hosts: over this plain-HTTP fake none leaves.
    const directory = new GraphTeamOwnerDirectory(`${baseUrl}/v1.0`, createMemoryStores(), {
      getToken: async () => "app-token",
    });
    expect([...(await directory.ownerIds("tenant", "class-1"))].sort()).toEqual(["owner-1", "owner-2"]);
    expect(seenAuth.slice(-2)).toEqual(["undefined", "undefined"]);
  });

  it("without a credential, members stored as teachers are the owners", async () => {
    const stores = createMemoryStores();
    const member = { tenantId: "t", classId: "c", teamsUserId: "29:x", name: "Invented Teacher" };
    await stores.members.upsert({ ...member, userId: "teacher-1", role: "teacher" });
    await stores.members.upsert({ ...member, userId: "student-1", role: "student" });
    const directory = new GraphTeamOwnerDirectory("https://graph.microsoft.com/v1.0", stores);
    expect([...(await directory.ownerIds("t", "c"))]).toEqual(["teacher-1"]);
  });

  it("when Graph fails, falls back to the stored teachers instead of failing the install", async () => {
    const stores = createMemoryStores();
    await stores.members.upsert({
      tenantId: "t",
      classId: "unknown-class",
      userId: "teacher-9",
      teamsUserId: "29:y",
      name: "Invented Teacher",
      role: "teacher",
    });
    const directory = new GraphTeamOwnerDirectory(`${baseUrl}/v1.0`, stores, { getToken: async () => "app-token" });
    expect([...(await directory.ownerIds("t", "unknown-class"))]).toEqual(["teacher-9"]);
  });
});
