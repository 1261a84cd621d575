import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ApiFailure } from "../api/client.js";
import { SignInError } from "../app/session.js";
import { useI18n, type Strings } from "../i18n/strings.js";

/** The user-facing words for a failure; never the raw error text (DESIGN §8.7). */
export function problemText(error: unknown, s: Strings): string {
  if (error instanceof SignInError) return error.reason === "consent" ? s.errorConsent : s.errorSignIn;
  if (error instanceof ApiFailure) {
    if (error.status === 0) return s.errorNetwork;
    if (error.status === 401) return s.errorSignIn;
    if (error.status === 403) return s.errorForbidden;
    if (error.status === 404) return s.errorNotFound;
  }
  return s.errorGeneric;
}

/** A failure in words, with a retry button when retrying can help. */
export function Problem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { s } = useI18n();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{problemText(error, s)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{s.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
