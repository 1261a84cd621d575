import type { Request, Response, Server } from "restify";
import type { z } from "zod";
import { toLocale } from "../../domain/locale.js";
import type { Logger } from "../../observability/logger.js";
import type { Stores } from "../../ports/stores.js";
import { resolveActor } from "../../use-cases/resolve-actor.js";
import type { AuthFailureCode, VerifyToken } from "../auth/token-verifier.js";
import { ApiError, sendError, sendJson } from "../errors.js";
import type { ApiRoute } from "./route.js";

const AUTH_MESSAGES: Record<AuthFailureCode, string> = {
  missingToken: "Sign in to continue.",
  invalidToken: "The sign-in token is not valid.",
  expiredToken: "The sign-in token has expired.",
  insufficientScope: "The sign-in token does not grant access to Trivsel.",
  tenantNotAllowed: "Trivsel is not enabled for this organisation.",
};

export interface MountDeps {
  stores: Stores;
  logger: Logger;
  verifyToken: VerifyToken;
}

/** Registers each route on restify: authenticate, validate, call the handler, shape the answer, and reply. */
export function mountRoutes(server: Server, routes: readonly ApiRoute[], deps: MountDeps): void {
  for (const route of routes) {
    const handler = (req: Request, res: Response, next: () => void): void => {
      run(route, req, res, deps)
        .catch((error: unknown) => sendError(req, res, error, deps.logger))
        .finally(() => next());
    };
    if (route.method === "get") server.get(route.path, handler);
    else if (route.method === "put") server.put(route.path, handler);
    else server.post(route.path, handler);
  }
}

async function run(route: ApiRoute, req: Request, res: Response, deps: MountDeps): Promise<void> {
  // Authenticate before looking at input, so strangers learn nothing about what a valid request looks like.
  let actor;
  if (route.auth) {
    const result = await deps.verifyToken(bearerToken(req));
    if (!result.ok) throw new ApiError(result.status, result.code, AUTH_MESSAGES[result.code]);
    actor = await resolveActor(deps.stores, result.identity);
  }
  if (route.body && req.getContentLength() > 0 && !req.is("json")) {
    throw new ApiError(415, "unsupportedMediaType", "Send the body as application/json.");
  }
  const params = parse(route.params, req.params ?? {}, "path");
  const query = parse(route.query, req.query ?? {}, "query");
  const body = parse(route.body, req.body ?? {}, "body");
  const tag = (query as { locale?: string } | undefined)?.locale ?? firstLanguage(req.headers["accept-language"]);
  const result = await route.handle({
    params,
    query,
    body,
    actor,
    locale: toLocale(tag),
    ifMatch: typeof req.headers["if-match"] === "string" ? req.headers["if-match"] : undefined,
  });
  // Parsing the answer strips any field the schema does not name, so a handler cannot leak extra data.
  const shaped = route.response.safeParse(result.body);
  if (!shaped.success) throw new Error(`response of ${route.operationId} does not match its schema`);
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  sendJson(res, result.status ?? route.successStatus, shaped.data);
}

function parse(schema: z.ZodType | undefined, input: unknown, where: string): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const first = details[0];
  throw new ApiError(
    400,
    "badRequest",
    first ? `Invalid ${first.path}: ${first.message}` : `Invalid ${where}`,
    details,
  );
}

/** `Authorization: Bearer <token>`; the token is never logged (pino redacts the header as well). */
function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function firstLanguage(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.split(";")[0]?.trim();
}
