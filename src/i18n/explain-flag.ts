import type { Locale } from "../domain/locale.js";
import type { FlagReason } from "../domain/scoring/flag.js";
import { t } from "./translate.js";

/** A flag reason in words for mentors, e.g. "answered 2 of 5 on belonging, 1.4 below their usual level". */
export function explainReason(reason: FlagReason, locale: Locale): string {
  const dimension = reason.dimension ? t(locale, `dimension.${reason.dimension}`) : "";
  switch (reason.kind) {
    case "helpRequest":
      return t(locale, "reason.helpRequest", { target: t(locale, `helpTarget.${reason.helpTarget ?? "anyone"}`) });
    case "dropoutThoughts":
      return t(locale, "reason.dropoutThoughts", { value: reason.value ?? "?" });
    case "lowScore":
      return t(locale, "reason.lowScore", { value: reason.value ?? "?", dimension });
    case "drop": {
      const delta = reason.baseline !== undefined && reason.value !== undefined ? reason.baseline - reason.value : 0;
      return t(locale, "reason.drop", { value: reason.value ?? "?", dimension, delta: formatNumber(delta, locale) });
    }
    case "silence":
      return t(locale, "reason.silence", { count: reason.missedRounds ?? 0 });
  }
}

function formatNumber(x: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
}
