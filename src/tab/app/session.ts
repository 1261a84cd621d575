import type { TokenSource } from "../api/client.js";
import type { Host } from "../teams/host.js";

/** Where the demo token lives: this browser tab only, gone when it closes (local demo mode). */
const DEMO_TOKEN_KEY = "trivsel.demoToken";

export const demoToken = {
  get: (): string | undefined => sessionStorage.getItem(DEMO_TOKEN_KEY) ?? undefined,
  set: (token: string): void => sessionStorage.setItem(DEMO_TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(DEMO_TOKEN_KEY),
};

/** Thrown when Teams could not give a token; "consent" means the user has not yet granted access. */
export class SignInError extends Error {
  constructor(readonly reason: "consent" | "failed") {
    super(reason);
  }
}

/**
 * The token source for API calls. In Teams: SSO via authentication.getAuthToken (teams-js caches the token and
 * renews it); identity comes from the token, never from the Teams context (trust.md §1.3).
 */
export function tokenSource(host: Host, demo: string | undefined): TokenSource | undefined {
  if (host.kind === "teams") {
    const { sdk } = host;
    return async () => {
      try {
        return await sdk.authentication.getAuthToken();
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        throw new SignInError(/consent|invalid_grant|resourceRequiresConsent/i.test(text) ? "consent" : "failed");
      }
    };
  }
  return demo ? async () => demo : undefined;
}
