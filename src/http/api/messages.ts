import type { Localized } from "../../domain/locale.js";
import { MIN_RESPONDENTS } from "../../domain/privacy/k-anonymity.js";

/**
 * The few words the API itself puts in responses (the tab has its own strings). Kept here rather than in the
 * bot's catalog because only the API says them.
 */
export const HIDDEN_TOO_FEW_RESPONDENTS: Localized = {
  en: `Hidden: fewer than ${MIN_RESPONDENTS} answered`,
  da: `Skjult: færre end ${MIN_RESPONDENTS} har svaret`,
  sv: `Dolt: färre än ${MIN_RESPONDENTS} har svarat`,
  fi: `Piilotettu: alle ${MIN_RESPONDENTS} vastaajaa`,
};

/** An open round's means wait for it to close (differencing over time, see get-class-overview.ts). */
export const HIDDEN_ROUND_OPEN: Localized = {
  en: "Shown when the check-in closes",
  da: "Vises, når tjek-ind lukker",
  sv: "Visas när incheckningen stänger",
  fi: "Näytetään, kun kysely sulkeutuu",
};
