import { createRequire } from "node:module";

/**
 * Azurite's table, queue and blob services in this process, on loopback (toolchain.md §2).
 * `import "azurite"` pulls in the VS Code extension, so the server classes are deep-imported; their constructor
 * arguments are positional internal API, which is why package.json pins azurite to an exact version.
 */

const require = createRequire(import.meta.url);

/** Azurite's documented well-known development account; not a secret. */
export const AZURITE_ACCOUNT = "devstoreaccount1";
export const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

interface AzuriteServer {
  httpServer: import("node:http").Server;
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

export interface EmbeddedAzurite {
  connectionString: string;
  tableUrl: string;
  queueUrl: string;
  blobUrl: string;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** A folder to keep data in; in memory when omitted. */
  location?: string | undefined;
  /** Fixed ports (0 = any free port). */
  ports?: { table: number; queue: number; blob: number };
}

export async function startEmbeddedAzurite(options: AzuriteOptions = {}): Promise<EmbeddedAzurite> {
  const inMemory = !options.location;
  const path = (file: string) => (inMemory ? ":memory:" : `${options.location}/${file}`);
  // The queue and blob services share one extents folder and race to create it (EEXIST): create it first.
  if (!inMemory) (await import("node:fs")).mkdirSync(`${options.location!}/extents`, { recursive: true });
  const ports = options.ports ?? { table: 0, queue: 0, blob: 0 };
  const host = "127.0.0.1";

  const TableServer = require("azurite/dist/src/table/TableServer").default;
  const TableConfiguration = require("azurite/dist/src/table/TableConfiguration").default;
  const QueueServer = require("azurite/dist/src/queue/QueueServer").default;
  const QueueConfiguration = require("azurite/dist/src/queue/QueueConfiguration").default;
  const BlobServer = require("azurite/dist/src/blob/BlobServer").default;
  const BlobConfiguration = require("azurite/dist/src/blob/BlobConfiguration").default;

  // (host, port, keepAlive, dbPath, debugLog, accessLog, accessLogStream, debugPath, loose, skipApiVersionCheck,
  //  cert, key, pwd, oauth, disableProductStyleUrl, isMemoryPersistence)
  const table: AzuriteServer = new TableServer(
    new TableConfiguration(
      host,
      ports.table,
      5,
      path("tables.json"),
      false,
      false,
      undefined,
      undefined,
      false,
      true,
      "",
      "",
      "",
      undefined,
      false,
      inMemory,
    ),
  );
  const extents = inMemory
    ? undefined
    : [{ locationId: "Default", locationPath: `${options.location}/extents`, maxConcurrency: 10 }];
  // Queue and blob configurations share one positional signature: (host, port, keepAlive, dbPath, extentDbPath,
  // persistenceArray, accessLog, accessLogStream, debugLog, debugPath, loose, skipApiVersionCheck, cert, key, pwd,
  // oauth, disableProductStyleUrl, isMemoryPersistence).
  const extentConfiguration = (Configuration: new (...args: unknown[]) => unknown, port: number, name: string) =>
    new Configuration(
      host,
      port,
      5,
      path(`${name}s.json`),
      path(`${name}-extents.json`),
      extents,
      false,
      undefined,
      false,
      undefined,
      false,
      true,
      "",
      "",
      "",
      undefined,
      false,
      inMemory,
    );
  const queue: AzuriteServer = new QueueServer(extentConfiguration(QueueConfiguration, ports.queue, "queue"));
  const blob: AzuriteServer = new BlobServer(extentConfiguration(BlobConfiguration, ports.blob, "blob"));
  for (const server of [table, queue, blob]) server.httpServer.prependListener("request", shadowRestifyQuery);
  await Promise.all([table.start(), queue.start(), blob.start()]);

  const tableUrl = `${table.getHttpServerAddress()}/${AZURITE_ACCOUNT}`;
  const queueUrl = `${queue.getHttpServerAddress()}/${AZURITE_ACCOUNT}`;
  const blobUrl = `${blob.getHttpServerAddress()}/${AZURITE_ACCOUNT}`;
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=${tableUrl};QueueEndpoint=${queueUrl};BlobEndpoint=${blobUrl};`;
  return {
    connectionString,
    tableUrl,
    queueUrl,
    blobUrl,
    stop: async () => {
      await Promise.all([table.close(), queue.close(), blob.close()]);
    },
  };
}

/**
 * restify adds a `query()` method to every `http.IncomingMessage` in the process. Azurite's Express only parses the
 * query string when `req.query` is unset, so in one process with restify it would ignore `$filter` and every
 * partition query would return the whole table. An own `query` property set to undefined restores Express's parsing.
 */
function shadowRestifyQuery(req: import("node:http").IncomingMessage): void {
  Object.defineProperty(req, "query", { value: undefined, writable: true, configurable: true, enumerable: true });
}
