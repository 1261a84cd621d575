import type { Actor } from "../domain/privacy/access.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { eraseStudent, type EraseResult } from "./erase-student.js";

/**
 * A student with protected identity (skyddad identitet, turvakielto, navne- og adressebeskyttelse; trust.md P18)
 * is kept out of everything: no surveys, no rows, not in rosters or aggregates. Any rows already stored go, like
 * an erasure, and the marker keeps roster refreshes from adding them again.
 */
export function excludeProtectedStudent(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  studentId: string,
): Promise<EraseResult> {
  return eraseStudent(deps, actor, studentId, "protectedIdentity");
}
