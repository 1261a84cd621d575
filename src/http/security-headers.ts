import type { Request, Response } from "restify";
import type { Config } from "../config/config.js";

/**
 * Hosts allowed to frame the tab: Teams, Microsoft 365 and Outlook (msteams-docs tab-requirements, trust.md
 * §1.3). Nobody else may frame it, which blocks a fake "Teams" page feeding the tab a forged context.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.teams.microsoft.us",
  "https://local.teams.office.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.skype.com",
];

/**
 * The tab's CSP: scripts only from us; Fluent UI (Griffel) inserts style rules at runtime, so styles need
 * 'unsafe-inline'; teams-js fetches its valid-domain list from res.cdn.office.net.
 */
export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
].join("; ");

/** Everything that is not the tab (API, health, bot) is data, never a page: nothing may load or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** HSTS for a year once served over TLS in production (OWASP HSTS cheat sheet's recommended max-age). */
const HSTS = "max-age=31536000; includeSubDomains";

/** Adds the security headers every response carries (DESIGN §6). */
export function securityHeaders(config: Config) {
  return function applySecurityHeaders(req: Request, res: Response, next: () => void): void {
    const path = req.getPath?.() ?? req.url ?? "";
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    const isTab = path === "/tab" || path.startsWith("/tab/");
    res.setHeader("Content-Security-Policy", isTab ? TAB_CSP : API_CSP);
    // API and bot answers carry student data (records, invoke cards): no browser or proxy may keep a copy (ASVS 8.2.1).
    if (!isTab) res.setHeader("Cache-Control", "no-store");
    if (config.mode === "production") res.setHeader("Strict-Transport-Security", HSTS);
    next();
  };
}
