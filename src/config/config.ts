import { z } from "zod";

/**
 * The only reader of process.env (DESIGN §8.6). Parsed once, typed, and failing fast with a clear message.
 * `NODE_ENV=production` is production; anything else is local: loopback only, Azurite unless told otherwise.
 */

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** Microsoft's Bot Connector hosts; the bot token is never sent anywhere else (trust.md, DESIGN §6). */
export const DEFAULT_CONNECTOR_HOSTS = [
  "smba.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
];

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z.string().url().optional(),
  STORAGE_CONNECTION_STRING: z.string().optional(),
  STORAGE_ACCOUNT_URL: z.string().url().optional(),
  AZURITE_LOCATION: z.string().optional(),
  BOT_ID: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  BOT_TYPE: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("SingleTenant"),
  SECRET_BOT_PASSWORD: z.string().optional(),
  AAD_APP_CLIENT_ID: z.string().optional(),
  TAB_DOMAIN: z.string().optional(),
  TEAMS_APP_ID: z.string().default("00000000-0000-4000-8000-000000000000"),
  ALLOWED_TENANTS: list,
  BOT_CONNECTOR_HOSTS: list,
  GRAPH_BASE_URL: z.string().url().default("https://graph.microsoft.com/v1.0"),
  DEMO_DATA: z.enum(["true", "false"]).optional(),
  DEMO_TENANT_ID: z.string().default("5f1e5c2a-0000-4000-8000-00000000d3e0"),
  TEST_ENTRA_OPENID_URL: z.string().url().optional(),
  TEST_BOT_OPENID_URL: z.string().url().optional(),
  SEND_RATE_PER_SECOND: z.coerce.number().min(1).max(50).default(25),
  DISABLE_WORKERS: flag,
});

export type Mode = "production" | "local";

export interface Config {
  mode: Mode;
  port: number;
  /** Local mode binds loopback only, so auth-off and demo sign-in are never reachable from outside. */
  host: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  publicUrl: string;
  storage:
    | { kind: "embedded"; location: string | undefined }
    | { kind: "connectionString"; connectionString: string }
    | { kind: "accountUrl"; accountUrl: string };
  bot: { appId: string; tenantId: string; appType: string; password: string; connectorHosts: string[] };
  entra: { clientId: string; tabDomain: string };
  teamsAppId: string;
  allowedTenants: string[];
  graphBaseUrl: string;
  demo: { enabled: boolean; tenantId: string; signIn: boolean };
  /** Test seams: local OpenID metadata for fake issuers. Forbidden in production. */
  testSeams: { entraOpenIdUrl?: string; botOpenIdUrl?: string };
  sendRatePerSecond: number;
  workersEnabled: boolean;
}

export class ConfigError extends Error {
  readonly code = "config";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty value (e.g. `PORT=` in an env file) means "not set", never "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const mode: Mode = e.NODE_ENV === "production" ? "production" : "local";
  if (mode === "production") assertProductionReady(e);

  const port = e.PORT;
  const storage: Config["storage"] = e.STORAGE_CONNECTION_STRING
    ? { kind: "connectionString", connectionString: e.STORAGE_CONNECTION_STRING }
    : e.STORAGE_ACCOUNT_URL
      ? { kind: "accountUrl", accountUrl: e.STORAGE_ACCOUNT_URL }
      : { kind: "embedded", location: e.AZURITE_LOCATION };
  const demoEnabled = mode === "local" && e.DEMO_DATA !== "false";
  const localHosts = mode === "local" ? ["127.0.0.1", "localhost"] : [];
  return {
    mode,
    port,
    host: mode === "production" ? "0.0.0.0" : "127.0.0.1",
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? `http://127.0.0.1:${port}`,
    storage,
    bot: {
      appId: e.BOT_ID ?? "",
      tenantId: e.BOT_TENANT_ID ?? "",
      appType: e.BOT_TYPE,
      password: e.SECRET_BOT_PASSWORD ?? "",
      connectorHosts: [
        ...(e.BOT_CONNECTOR_HOSTS.length ? e.BOT_CONNECTOR_HOSTS : DEFAULT_CONNECTOR_HOSTS),
        ...localHosts,
      ],
    },
    entra: { clientId: e.AAD_APP_CLIENT_ID ?? "", tabDomain: e.TAB_DOMAIN ?? "" },
    teamsAppId: e.TEAMS_APP_ID,
    allowedTenants: e.ALLOWED_TENANTS.length ? e.ALLOWED_TENANTS : mode === "local" ? [e.DEMO_TENANT_ID] : [],
    graphBaseUrl: e.GRAPH_BASE_URL,
    demo: { enabled: demoEnabled, tenantId: e.DEMO_TENANT_ID, signIn: mode === "local" },
    testSeams: {
      ...(mode === "local" && e.TEST_ENTRA_OPENID_URL ? { entraOpenIdUrl: e.TEST_ENTRA_OPENID_URL } : {}),
      ...(mode === "local" && e.TEST_BOT_OPENID_URL ? { botOpenIdUrl: e.TEST_BOT_OPENID_URL } : {}),
    },
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    workersEnabled: !e.DISABLE_WORKERS,
  };
}

function assertProductionReady(e: z.infer<typeof envSchema>): void {
  const missing: string[] = [];
  if (!e.BOT_ID) missing.push("BOT_ID");
  if (!e.BOT_TENANT_ID && e.BOT_TYPE !== "MultiTenant") missing.push("BOT_TENANT_ID");
  if (!e.AAD_APP_CLIENT_ID) missing.push("AAD_APP_CLIENT_ID");
  if (!e.TAB_DOMAIN) missing.push("TAB_DOMAIN");
  if (e.ALLOWED_TENANTS.length === 0) missing.push("ALLOWED_TENANTS");
  if (!e.STORAGE_CONNECTION_STRING && !e.STORAGE_ACCOUNT_URL) missing.push("STORAGE_ACCOUNT_URL");
  if (e.BOT_TYPE !== "UserAssignedMSI" && !e.SECRET_BOT_PASSWORD)
    missing.push("SECRET_BOT_PASSWORD (or BOT_TYPE=UserAssignedMSI)");
  if (missing.length) throw new ConfigError(`Production mode needs: ${missing.join(", ")}`);
  const forbidden: string[] = [];
  if (e.TEST_ENTRA_OPENID_URL) forbidden.push("TEST_ENTRA_OPENID_URL");
  if (e.TEST_BOT_OPENID_URL) forbidden.push("TEST_BOT_OPENID_URL");
  if (e.DEMO_DATA === "true") forbidden.push("DEMO_DATA");
  if (
    e.STORAGE_CONNECTION_STRING?.includes("UseDevelopmentStorage") ||
    e.STORAGE_CONNECTION_STRING?.includes("devstoreaccount1")
  )
    forbidden.push("STORAGE_CONNECTION_STRING (Azurite)");
  if (e.STORAGE_ACCOUNT_URL && !e.STORAGE_ACCOUNT_URL.startsWith("https://"))
    forbidden.push("STORAGE_ACCOUNT_URL over http");
  if (e.STORAGE_CONNECTION_STRING && /DefaultEndpointsProtocol=http;/i.test(e.STORAGE_CONNECTION_STRING))
    forbidden.push("STORAGE_CONNECTION_STRING over http");
  if (forbidden.length)
    throw new ConfigError(`Production mode refuses test and local settings: ${forbidden.join(", ")}`);
}
