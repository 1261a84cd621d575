import { fileURLToPath } from "node:url";
import restify, { type Request, type Response, type Server } from "restify";
import type { Config } from "../config/config.js";
import type { Logger } from "../observability/logger.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { apiRoutes } from "./api/api-routes.js";
import type { CheckInStarter } from "./api/deps.js";
import { mountRoutes } from "./api/mount-routes.js";
import { createDemoIssuer } from "./auth/demo-issuer.js";
import { entraIssuer } from "./auth/entra-issuer.js";
import { createTokenVerifier, type TrustedIssuer } from "./auth/token-verifier.js";
import { ApiError, errorBody, sendError } from "./errors.js";
import { securityHeaders } from "./security-headers.js";
import { createTabFiles } from "./static-tab.js";

/** Teams activities and tab API bodies are a few KB; 256 KB is generous and caps memory per request (issue 2). */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HttpServerDeps {
  config: Config;
  stores: Stores;
  queues: Queues;
  clock: Clock;
  logger: Logger;
  botHandler: (req: Request, res: Response) => Promise<void>;
  isReady: () => Promise<boolean>;
  /**
   * openCheckIn bound to the bot's sender and card renderers, for the class view's "Check in now" button
   * (POST /api/v1/classes/:id/check-in). Without it that route does not exist.
   */
  checkIn?: CheckInStarter;
  /** Where the built tab lives; defaults to dist/tab at the repository root. */
  tabDir?: string;
}

const DEFAULT_TAB_DIR = fileURLToPath(new URL("../../dist/tab/", import.meta.url));

/**
 * The one HTTP server (DESIGN §1, §7): bot at POST /api/messages, tab at /tab/, API under /api/v1/, health.
 * Every response carries security headers; every error is `{ error: { code, message } }` without internals;
 * no request can crash the process.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const { config, logger } = deps;
  const server = restify.createServer({ name: "trivsel", handleUncaughtExceptions: false });
  const demoIssuer = config.demo.signIn ? createDemoIssuer() : undefined;
  const issuers: TrustedIssuer[] = [entraIssuer(config), ...(demoIssuer ? [demoIssuer] : [])];
  const verifyToken = createTokenVerifier(issuers, config.allowedTenants);

  server.pre(securityHeaders(config));
  server.pre(function redirectToTab(req: Request, res: Response, next: (arg?: false) => void) {
    const [path, search] = splitUrl(req.url ?? "");
    if (path !== "/" && path !== "/tab") return next();
    res.redirect(302, `/tab/${search}`, () => undefined);
    return next(false);
  });
  server.use(function refuseEncodedBodies(req: Request, res: Response, next: (arg?: false) => void) {
    // restify would gunzip without a size cap on the output (a zip bomb); no client of ours compresses bodies.
    const encoding = req.headers["content-encoding"];
    if (!encoding || encoding === "identity") return next();
    sendError(
      req,
      res,
      new ApiError(415, "unsupportedMediaType", "Compressed request bodies are not accepted."),
      logger,
    );
    return next(false);
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));

  server.post("/api/messages", (req: Request, res: Response, next: () => void) => {
    Promise.resolve()
      .then(() => deps.botHandler(req, res))
      .catch((error: unknown) => sendError(req, res, error, logger))
      .finally(() => next());
  });

  const routes = apiRoutes({ ...deps, demoIssuer, checkIn: deps.checkIn });
  mountRoutes(server, routes, { stores: deps.stores, logger, verifyToken });

  const serveTab = createTabFiles(deps.tabDir ?? DEFAULT_TAB_DIR);
  const tabHandler = (req: Request, res: Response, next: () => void): void => {
    serveTab(req, res)
      .catch((error: unknown) => sendError(req, res, error, logger))
      .finally(() => next());
  };
  server.get("/tab/*", tabHandler);
  server.head("/tab/*", tabHandler);

  // restify's own errors (404 route, 405, 413 body, bad JSON) in our one error shape, never with a stack.
  server.on("restifyError", (req: Request, res: Response, err: Error & { statusCode?: number }, done: () => void) => {
    const converted = err instanceof ApiError ? err : fromRestifyError(err);
    Object.assign(err, { toJSON: () => errorBody(converted) });
    if (converted.status >= 500) logger.error({ err, method: req.method }, "request failed");
    res.setHeader("Cache-Control", "no-store");
    return done();
  });
  return server;
}

function fromRestifyError(err: Error & { statusCode?: number }): ApiError {
  const status = err.statusCode ?? 500;
  if (status === 413)
    return new ApiError(413, "payloadTooLarge", `The request body is over ${MAX_BODY_BYTES / 1024} KB.`);
  if (status === 404) return new ApiError(404, "notFound", "No such route.");
  if (status === 405) return new ApiError(405, "methodNotAllowed", "This route does not take that method.");
  if (status === 415) return new ApiError(415, "unsupportedMediaType", "Unsupported content type or encoding.");
  if (status === 400) return new ApiError(400, "badRequest", "The request body is not valid JSON.");
  if (status < 500) return new ApiError(status, "badRequest", "The request was not understood.");
  return new ApiError(500, "internal", "Something went wrong. Please try again.");
}

function splitUrl(url: string): [string, string] {
  const index = url.indexOf("?");
  return index < 0 ? [url, ""] : [url.slice(0, index), url.slice(index)];
}
