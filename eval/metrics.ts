import type { StudentOutcome } from "./run-rules.js";

/** Students per mentor in the measure ("false alarms per mentor (25 students) per week"). */
const MENTOR_CASELOAD = 25;
/** How early a catch must be to count (issue 5: "at least 2 weeks early"). */
export const REQUIRED_WARNING_WEEKS = 2;

export interface FlagMetrics {
  declines: number;
  recall: number;
  medianWarningWeeks: number;
  falseAlarmsPerMentorWeek: number;
}

export function measure(outcomes: readonly StudentOutcome[], weeks: number): FlagMetrics {
  const declining = outcomes.filter((o) => o.student.crisisWeek !== undefined);
  const warnings: number[] = [];
  let caught = 0;
  for (const o of declining) {
    const crisis = o.student.crisisWeek!;
    // Caught when a flag is open at some point between the start of the decline and the crisis.
    const first = o.flaggedWeeks.find((w) => w >= o.student.onset && w <= crisis);
    if (first === undefined) continue;
    warnings.push(crisis - first);
    if (crisis - first >= REQUIRED_WARNING_WEEKS) caught++;
  }
  // A false alarm: a flag opening for a student who is not in a decline (stable, or before their decline began).
  let falseAlarms = 0;
  let quietStudentWeeks = 0;
  for (const o of outcomes) {
    const goodUntil = o.student.trajectory === "stable" ? weeks : o.student.onset;
    quietStudentWeeks += goodUntil;
    falseAlarms += o.flagOpenWeeks.filter((w) => w < goodUntil).length;
  }
  return {
    declines: declining.length,
    recall: declining.length ? caught / declining.length : 0,
    medianWarningWeeks: median(warnings),
    falseAlarmsPerMentorWeek: quietStudentWeeks ? (falseAlarms / quietStudentWeeks) * MENTOR_CASELOAD : 0,
  };
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
