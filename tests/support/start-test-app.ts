import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { startTrivsel, type RunningApp } from "../../src/main.js";
import { FakeBotConnector, type FakeMember } from "./fake-bot-connector.js";
import { ActivityFactory, type Activity, type TeamsPerson, type TeamsTeam } from "./teams-activities.js";

export interface TestApp {
  app: RunningApp;
  connector: FakeBotConnector;
  /** A fresh tenant per app: the only allow-listed one, so tests never see each other's rows. */
  tenantId: string;
  activities: ActivityFactory;
  /** POSTs an activity to /api/messages as Teams would (auth is off: no BOT_ID in local mode). */
  post(activity: Activity | unknown): Promise<{ status: number; body: unknown }>;
  /** Scripts a team's roster at the fake connector (pagedmembers). */
  setRoster(team: TeamsTeam, members: Array<{ person: TeamsPerson; userRole?: string }>): void;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment for loadConfig, e.g. TEAMS_APP_ID or DISABLE_WORKERS. */
  env?: Record<string, string>;
  /** Queue daily digests on the scheduler's tick (off by default: tests call sendDailyDigests with their own time). */
  digests?: boolean;
  /** Another way to the test Azurite, e.g. a storage-request-log proxy; by default the test Azurite itself. */
  storageConnectionString?: string;
}

/**
 * Starts the real app (`startTrivsel` from src/main.ts) on 127.0.0.1:0 over the test Azurite, with a fake Bot
 * Connector on loopback as every activity's serviceUrl. Workers run, so queued notifications are delivered to the
 * fake connector. Demo data is off.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const tenantId = randomUUID();
  const connector = await FakeBotConnector.start();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: options.storageConnectionString ?? inject("storageConnectionString"),
    DEMO_DATA: "false",
    ALLOWED_TENANTS: tenantId,
    BOT_CONNECTOR_HOSTS: "127.0.0.1",
    ...options.env,
  });
  // Its own sender lease: apps of parallel test files would otherwise wait for each other's (DESIGN §5).
  const app = await startTrivsel(config, { digests: options.digests ?? false, senderLeaseName: `sender-${tenantId}` });
  const activities = new ActivityFactory(tenantId, connector.serviceUrl, (id) => connector.personalConversationId(id));
  return {
    app,
    connector,
    tenantId,
    activities,
    async post(activity) {
      const response = await fetch(`${app.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof activity === "string" ? activity : JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    },
    setRoster(team, members) {
      const roster: FakeMember[] = members.map(({ person, userRole }) => ({
        id: person.teamsUserId,
        name: person.name,
        aadObjectId: person.userId,
        ...(userRole ? { userRole } : {}),
      }));
      connector.setRoster(team.teamId, roster);
    },
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}
