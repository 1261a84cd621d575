import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** How a table request reads or writes: what DESIGN §4 allows on hot paths is "point" and "partition". */
export type StorageRequestKind = "point" | "partition" | "scan" | "write" | "batch" | "other";

export interface StorageRequest {
  method: string;
  table: string;
  kind: StorageRequestKind;
  /** For a batch: the table each of its operations names (a batch may only touch one partition of one table). */
  batchTables: string[];
}

export interface StorageRequestLog {
  /** A connection string whose TableEndpoint goes through this log; other endpoints are unchanged. */
  connectionString: string;
  requests: StorageRequest[];
  clear(): void;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of a storage account's table endpoint that records every request's table and kind,
 * so tests and benchmarks can see how many requests (and of what kind) a flow makes. Bodies pass through unchanged.
 */
export async function startStorageRequestLog(connectionString: string): Promise<StorageRequestLog> {
  const target = new URL(/TableEndpoint=([^;]+)/.exec(connectionString)?.[1] ?? "");
  const requests: StorageRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests.push(classify(req.method ?? "GET", req.url ?? "/", body.toString("latin1")));
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const proxied = new URL(target.href);
  proxied.host = `127.0.0.1:${port}`;
  return {
    connectionString: connectionString.replace(
      /TableEndpoint=[^;]+/,
      `TableEndpoint=${proxied.href.replace(/\/$/, "")}`,
    ),
    requests,
    clear: () => void requests.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Reads the table and kind from the request line (and, for a batch, the operations inside its body). */
function classify(method: string, url: string, body: string): StorageRequest {
  const path = decodeURIComponent(url.split("?")[0] ?? "");
  const query = new URLSearchParams(url.split("?")[1] ?? "");
  const segment = path.split("/").filter(Boolean)[1] ?? "";
  const table = segment.replace(/\(.*$/, "");
  if (table === "$batch") {
    const batchTables = [...body.matchAll(/^(?:POST|PUT|MERGE|PATCH|DELETE) \S*\/([A-Za-z][A-Za-z0-9]*)[(\s?]/gm)];
    return { method, table: batchTables[0]?.[1] ?? "", kind: "batch", batchTables: batchTables.map((m) => m[1]!) };
  }
  if (method !== "GET") return { method, table, kind: "write", batchTables: [] };
  const filter = query.get("$filter") ?? "";
  const kind: StorageRequestKind = /PartitionKey='.*',RowKey='.*'/.test(segment)
    ? "point"
    : /^\s*\(?PartitionKey eq '/.test(filter) && !/ or /i.test(filter)
      ? "partition"
      : table === "Tables" || table === ""
        ? "other"
        : "scan";
  return { method, table, kind, batchTables: [] };
}
