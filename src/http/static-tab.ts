import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Request, Response } from "restify";
import { ApiError } from "./errors.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);
/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

interface CachedFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  type: string;
  mtimeMs: number;
}

/**
 * Serves the built tab (Vite output) under /tab/ with an SPA fallback: any path that is not a file gets
 * index.html, so /tab/class or /tab/config load the app. Paths cannot leave the build folder. Files are read
 * and gzipped once and kept in memory (the whole build is a few hundred KB).
 */
export function createTabFiles(tabDir: string) {
  const root = path.resolve(tabDir);
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | undefined> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const ext = path.extname(file);
    const body = await readFile(file);
    const entry: CachedFile = {
      body,
      gzipped: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : undefined,
      type: TYPES[ext] ?? "application/octet-stream",
      mtimeMs: info.mtimeMs,
    };
    cache.set(file, entry);
    return entry;
  }

  return async function serveTab(req: Request, res: Response): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent((req.getPath() ?? "").replace(/^\/tab\/?/, ""));
    } catch {
      throw new ApiError(400, "badRequest", "Malformed path.");
    }
    const requested = path.resolve(root, relative || "index.html");
    const inside = requested === root || requested.startsWith(root + path.sep);
    let file = inside ? await load(requested) : undefined;
    const isAsset = relative.startsWith("assets/") || path.extname(relative) !== "";
    if (!file && isAsset) throw new ApiError(404, "notFound", "No such file.");
    const hashed = file !== undefined && relative.startsWith("assets/");
    if (!file) file = await load(path.join(root, "index.html"));
    if (!file) throw new ApiError(503, "unavailable", "The tab is not built yet: run `npm run build:tab`.");

    const useGzip = file.gzipped !== undefined && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = useGzip && file.gzipped ? file.gzipped : file.body;
    res.writeHead(200, {
      "Content-Type": file.type,
      "Content-Length": body.length,
      "Cache-Control": hashed ? IMMUTABLE : "no-cache",
      Vary: "Accept-Encoding",
      ...(useGzip ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
