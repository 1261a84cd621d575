import { randomUUID } from "node:crypto";
import { MAX_NOTE_CHARS, MAX_NOTES } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import { changeCase, type ChangeCaseDeps, type ChangeCaseResult } from "./change-case.js";

/** Adds a staff-only note to a case; notes are never shown to the student and never logged. */
export async function addCaseNote(
  deps: ChangeCaseDeps,
  actor: Actor,
  input: { studentId: string; caseId: string; etag: string; text: string },
  locale: Locale,
): Promise<ChangeCaseResult> {
  const text = input.text.trim();
  return changeCase(
    deps,
    actor,
    input,
    locale,
    ({ current, now }) => {
      const notes = current.notes ?? [];
      if (text.length === 0 || text.length > MAX_NOTE_CHARS || notes.length >= MAX_NOTES) return "invalid";
      return { ...current, notes: [...notes, { noteId: randomUUID(), authorId: actor.userId, text, at: now }] };
    },
    "caseNoteAdded",
  );
}
