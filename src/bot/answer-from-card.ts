import { z } from "zod";
import type { SubmittedAnswer } from "../domain/survey/answer-validation.js";
import { HELP_INPUTS } from "./cards/survey-card.js";
import { QUESTION_INPUT_PREFIX } from "./cards/verbs.js";
import { idField } from "./card-action.js";

const roundRef = z.object({ roundId: idField, classId: idField });

export type ParsedAnswer = { ok: true; roundId: string; classId: string; submitted: SubmittedAnswer } | { ok: false };

/**
 * Reads a survey card's data: which round (ids we put in the card), the `q.<questionId>` inputs and the
 * "talk to someone" inputs. Values are passed on unchecked: the domain validates them against the round.
 */
export function answerFromCard(data: Record<string, unknown>): ParsedAnswer {
  const ref = roundRef.safeParse(data);
  if (!ref.success) return { ok: false };
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith(QUESTION_INPUT_PREFIX)) values[key.slice(QUESTION_INPUT_PREFIX.length)] = value;
  }
  const wantsHelp = data[HELP_INPUTS.toggle] === "true" || data[HELP_INPUTS.toggle] === true;
  const note = data[HELP_INPUTS.note];
  const submitted: SubmittedAnswer = {
    values,
    ...(wantsHelp ? { help: { target: data[HELP_INPUTS.target], ...(note !== "" ? { note } : {}) } } : {}),
  };
  return { ok: true, roundId: ref.data.roundId, classId: ref.data.classId, submitted };
}

export function roundRefFromCard(data: Record<string, unknown>): { roundId: string; classId: string } | undefined {
  const ref = roundRef.safeParse(data);
  return ref.success ? ref.data : undefined;
}
