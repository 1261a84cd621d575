import type { SchoolOverviewResponse } from "../../../http/api/schemas/school.js";

/** Quotes a cell when it holds a comma, quote or newline (RFC 4180); leading =+-@ are defused for spreadsheets. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The school overview as CSV: only the figures the API already shows, hidden ones left empty, so an export never
 * carries more than the screen (k >= 5 and the differencing guard are applied on the server).
 */
export function aggregatesCsv(overview: SchoolOverviewResponse): string {
  const lines: Array<Array<string | number | null>> = [
    ["kind", "id", "name", "level", "students", "respondents", "participation", "mean"],
  ];
  const groups = [
    ...overview.classes.map((g) => ["class", g] as const),
    ...overview.levels.map((g) => ["level", g] as const),
    ["school", overview.school] as const,
  ];
  for (const [kind, g] of groups) {
    lines.push([kind, g.id, g.name, g.level, g.students, g.respondents, g.participation, g.mean]);
  }
  for (const f of overview.flagsByReason) lines.push(["flags", f.reason, "", "", f.students, null, null, null]);
  for (const c of overview.cards) lines.push(["card", c.cardId, c.title, "", c.uses, c.n, null, c.meanChange]);
  return lines.map((line) => line.map(cell).join(",")).join("\r\n") + "\r\n";
}
