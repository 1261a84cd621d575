import { HELP_NOTE_MAX_LENGTH, HELP_TARGETS } from "../../domain/survey/answer.js";
import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { RenderedCard, SurveyView } from "../../use-cases/card-renderers.js";
import { adaptiveCard, executeAction, heading, paragraph, refreshDefinition, REFRESH_USER_LIMIT } from "./card-kit.js";
import type { Element } from "./card-kit.js";
import { dateAndTime } from "./format.js";
import { scaleChoices } from "./scale-labels.js";
import { QUESTION_INPUT_PREFIX, VERBS } from "./verbs.js";

/** Input ids of the "I want to talk to someone" part; the router reads the same names. */
export const HELP_INPUTS = { toggle: "help", target: "helpTarget", note: "helpNote" } as const;

/**
 * The micro-survey: each question as an expanded choice set (one tap on a phone; the chosen radio stays marked
 * until "Send"), each choice an emoji WITH its words so screen readers read words. Then the optional request to
 * talk to someone. Questions are not `isRequired`: a student asking for help may skip them (answer-validation.ts),
 * so completeness is checked on the server.
 *
 * In a channel (`audience`), every student gets their own view through a user-specific refresh; above Teams'
 * 60-user limit the channel card holds no form and points to the 1:1 chat, where each student got their own.
 */
export function surveyCard(view: SurveyView, locale: Locale): RenderedCard {
  const { round } = view;
  const ref = { roundId: round.roundId, classId: round.classId, ...(view.chat ? { chat: view.chat } : {}) };
  const { date, time } = dateAndTime(round.closesAt, locale, view.timeZone);
  const title = t(locale, view.reminder ? "card.survey.reminderTitle" : "card.survey.title");
  const header: Element[] = [
    heading(title),
    paragraph(t(locale, "card.survey.closes", { date, time }), { subtle: true, small: true }),
  ];
  const summary = title;
  if (view.audience && view.audience.length > REFRESH_USER_LIMIT) {
    const body = [...header, paragraph(t(locale, "card.survey.personalOnly"))];
    return { card: adaptiveCard(body, [], summary), summary };
  }
  const body: Element[] = [
    ...header,
    paragraph(t(locale, "card.survey.intro"), { subtle: true, small: true }),
    ...questionInputs(view, locale),
    helpInputs(view, locale),
  ];
  const actions = [executeAction(t(locale, "card.survey.submit"), VERBS.answer, ref)];
  const refresh = view.audience?.length ? refreshDefinition(VERBS.refresh, ref, view.audience) : undefined;
  return { card: adaptiveCard(body, actions, summary, refresh), summary };
}

function questionInputs(view: SurveyView, locale: Locale): Element[] {
  return view.round.questions.map((question) => {
    const value = view.previous?.values[question.id];
    return {
      type: "Input.ChoiceSet",
      id: `${QUESTION_INPUT_PREFIX}${question.id}`,
      label: question.text[locale],
      style: "expanded",
      choices: scaleChoices(question, locale),
      ...(value !== undefined ? { value: String(value) } : {}),
      spacing: "Medium",
    };
  });
}

function helpInputs(view: SurveyView, locale: Locale): Element {
  const help = view.previous?.help;
  return {
    type: "Container",
    separator: true,
    spacing: "Large",
    items: [
      {
        type: "Input.Toggle",
        id: HELP_INPUTS.toggle,
        title: t(locale, "card.survey.helpToggle"),
        valueOn: "true",
        valueOff: "false",
        value: help ? "true" : "false",
      },
      {
        type: "Input.ChoiceSet",
        id: HELP_INPUTS.target,
        label: t(locale, "card.survey.helpWho"),
        style: "compact",
        value: help?.target ?? "mentor",
        choices: HELP_TARGETS.map((target) => ({ title: t(locale, `card.helpChoice.${target}`), value: target })),
      },
      {
        type: "Input.Text",
        id: HELP_INPUTS.note,
        label: t(locale, "card.survey.helpNote"),
        placeholder: t(locale, "card.survey.helpNotePlaceholder"),
        isMultiline: true,
        // HELP_NOTE_MAX_LENGTH (answer.ts): the card stops typing there; the server re-checks.
        maxLength: HELP_NOTE_MAX_LENGTH,
        errorMessage: t(locale, "card.survey.helpNoteTooLong"),
        // An input's value is never rendered as markup, so the student's own words go back unescaped.
        ...(help?.note ? { value: help.note } : {}),
      },
      paragraph(t(locale, "card.survey.helpInfo"), { subtle: true, small: true }),
    ],
  };
}
