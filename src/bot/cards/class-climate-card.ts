import type { Locale } from "../../domain/locale.js";
import { explainClimateSignal } from "../../i18n/explain-class-climate.js";
import { t } from "../../i18n/translate.js";
import type { ClassClimateView, RenderedCard } from "../../use-cases/card-renderers.js";
import { adaptiveCard, heading, paragraph, type Element } from "./card-kit.js";

/**
 * The 1:1 card each teacher of a class gets once when the class's climate falls against its own baseline. It holds
 * class aggregates only (rounds with at least 5 respondents): no student is named and no answer shown. The preview
 * names the class but carries no scores or dimensions, as it shows on lock screens (DESIGN §6).
 */
export function classClimateCard(view: ClassClimateView, locale: Locale): RenderedCard {
  const summary = t(locale, "card.climate.preview", { class: view.className });
  const body: Element[] = [
    heading(t(locale, "card.climate.title", { class: view.className })),
    paragraph(t(locale, "card.climate.intro")),
    ...view.signals.map((s) => ({ ...paragraph(`• ${explainClimateSignal(s, locale)}`), spacing: "Small" })),
    paragraph(t(locale, "card.climate.footer"), { subtle: true, small: true }),
  ];
  return { card: adaptiveCard(body, [], summary), summary };
}
