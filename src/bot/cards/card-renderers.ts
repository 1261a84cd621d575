import type { CardRenderers } from "../../use-cases/card-renderers.js";
import { classClimateCard } from "./class-climate-card.js";
import { caseAssignedCard } from "./case-assigned-card.js";
import { digestCard, helpSeenCard } from "./digest-card.js";
import { mentorAlertCard } from "./mentor-alert-card.js";
import { surveyCard } from "./survey-card.js";

/** The cards use cases send, bound to the app's Teams id (for deep links into the tab). */
export function createCardRenderers(options: { teamsAppId: string }): CardRenderers {
  return {
    survey: surveyCard,
    mentorAlert: (view, locale) => mentorAlertCard(view, locale, options.teamsAppId),
    caseAssigned: (view, locale) => caseAssignedCard(view, locale, options.teamsAppId),
    digest: (view, locale) => digestCard(view, locale, options.teamsAppId),
    helpSeen: helpSeenCard,
    classClimate: classClimateCard,
  };
}
