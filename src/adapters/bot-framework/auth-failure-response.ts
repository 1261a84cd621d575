/** The response methods botbuilder's CloudAdapter calls (its ResponseT: status, header, send, end). */
export interface AdapterResponse {
  status(code: number): unknown;
  header(name: string, value: unknown): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

/**
 * Wraps the HTTP response handed to CloudAdapter so that a failure before any turn ran answers 401, not 500.
 * CloudAdapter maps only its own AuthenticationError to 401; a token with `alg: none`, an HMAC algorithm or a
 * signature by an unpublished key fails inside the JWT library with a plain Error, which it answers 500 with the
 * raw message. Nothing ran for such a request, so it is an authentication failure (trust.md P8: 401/403, never
 * 5xx, and users never see raw error messages).
 */
export function unauthorizedUnlessTurnStarted<R extends AdapterResponse>(res: R, turnStarted: () => boolean): R {
  let refused = false;
  const wrapped = Object.create(res) as R;
  wrapped.status = (code: number) => {
    refused = code >= 500 && !turnStarted();
    return res.status(refused ? 401 : code);
  };
  wrapped.send = (body?: unknown) =>
    res.send(refused ? { error: { code: "unauthorized", message: "The Bot Connector token is not valid." } } : body);
  wrapped.header = (name: string, value: unknown) => res.header(name, value);
  wrapped.end = () => res.end();
  return wrapped;
}
