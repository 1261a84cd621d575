import { TableClient, type TableServiceClientOptions as TableClientOptions } from "@azure/data-tables";
import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { TABLES } from "./table-names.js";

/**
 * DESIGN §7 "storage": either a connection string (Azurite's well-known one locally) or an account URL
 * (`https://<acct>.table.core.windows.net`) authenticated with a managed identity in production.
 */
export type StorageConnection =
  | { kind: "connectionString"; connectionString: string; insecure: boolean }
  | { kind: "accountUrl"; tableUrl: string; queueUrl: string; credential: TokenCredential };

const parsed = new Map<string, StorageConnection>();

/** Parses once per connection, so the credential (and its token cache) is shared by every client. */
export function parseStorageConnection(connection: string): StorageConnection {
  const known = parsed.get(connection);
  if (known) return known;
  const value: StorageConnection = /^https?:\/\/[^;]+$/i.test(connection.trim())
    ? {
        kind: "accountUrl",
        tableUrl: connection.trim().replace(/\/+$/, ""),
        queueUrl: connection.trim().replace(/\/+$/, "").replace(".table.", ".queue."),
        credential: new DefaultAzureCredential(),
      }
    : {
        kind: "connectionString",
        connectionString: connection,
        // Azurite speaks plain http on loopback; the SDK refuses http unless told (toolchain.md §2, gotcha 9).
        insecure: /(Endpoint=http:|DefaultEndpointsProtocol=http;|UseDevelopmentStorage=true)/i.test(connection),
      };
  parsed.set(connection, value);
  return value;
}

export function tableClient(
  connection: StorageConnection,
  table: string,
  options: TableClientOptions = {},
): TableClient {
  if (connection.kind === "accountUrl")
    return new TableClient(connection.tableUrl, table, connection.credential, options);
  return TableClient.fromConnectionString(connection.connectionString, table, {
    ...options,
    allowInsecureConnection: connection.insecure,
  });
}

/** One client per table in TABLES; stores receive only the ones they use. */
export type TableClients = { [K in keyof typeof TABLES]: TableClient };

export function tableClients(connection: StorageConnection): TableClients {
  const entries = Object.entries(TABLES).map(([role, name]) => [role, tableClient(connection, name)]);
  return Object.fromEntries(entries) as TableClients;
}
