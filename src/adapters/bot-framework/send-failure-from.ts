import { SendFailure } from "../../ports/messaging.js";

/** When a 429 names no Retry-After, wait this long: the rate-limit doc's 1 s base backoff (teams-platform.md §2.1). */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * Translates a Bot Connector error (the SDK's RestError) into the typed failure the dispatch layer acts on
 * (DESIGN §5): 429 throttled; 412, 5xx and network errors transient; 403 blocked; 404 not found; others rejected.
 */
export function sendFailureFrom(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const e = error as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = typeof e?.statusCode === "number" ? e.statusCode : 0;
  if (status === 429) {
    const header = e.response?.headers?.get?.("retry-after");
    const seconds = header ? Number(header) : NaN;
    return new SendFailure("throttled", 429, Number.isFinite(seconds) ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS);
  }
  if (status === 0 || status === 412 || status >= 500) return new SendFailure("transient", status);
  if (status === 403) return new SendFailure("blocked", status);
  if (status === 404) return new SendFailure("notFound", status);
  return new SendFailure("rejected", status);
}
