import type { Actor } from "../../domain/privacy/access.js";
import { ApiError } from "../errors.js";

/** Narrows the context's actor; the server guarantees it on `auth: true` routes, this makes a slip loud. */
export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new ApiError(401, "missingToken", "Sign in to continue.");
  return actor;
}
