import type { Request, Response } from "restify";
import type { Logger } from "../observability/logger.js";

/** Error codes the API answers with; the tab maps each to a localized message. */
export type ApiErrorCode =
  | "badRequest"
  | "missingToken"
  | "invalidToken"
  | "expiredToken"
  | "insufficientScope"
  | "tenantNotAllowed"
  | "forbidden"
  | "notFound"
  | "methodNotAllowed"
  | "payloadTooLarge"
  | "unsupportedMediaType"
  | "conflict"
  | "unavailable"
  | "internal";

/** A typed error a route throws; the server turns it into `{ error: { code, message } }` and nothing more. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; details?: ReadonlyArray<{ path: string; message: string }> };
}

export function errorBody(error: ApiError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

/** Sends JSON with an explicit length; API responses carry student data, so nothing may cache them. */
export function sendJson(res: Response, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-store",
  });
  res.end(payload);
}

/**
 * Answers any failure as JSON. Unknown errors become a generic 500: the log gets the error (with ids only,
 * no request body), the client never sees a stack trace or a raw message (DESIGN §8.7).
 */
export function sendError(req: Request, res: Response, error: unknown, logger: Logger): void {
  const known =
    error instanceof ApiError ? error : new ApiError(500, "internal", "Something went wrong. Please try again.");
  if (!(error instanceof ApiError)) {
    logger.error({ err: error, method: req.method, route: req.getRoute?.()?.path }, "request failed");
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, known.status, errorBody(known));
}
