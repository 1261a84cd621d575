import { HELP_NOTE_MAX_LENGTH, HELP_TARGETS } from "../../domain/survey/answer.js";
import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { RenderedCard, SurveyView } from "../../use-cases/card-renderers.js";
import { adaptiveCard, executeAction, heading, paragraph, type Element } from "./card-kit.js";
import { dateAndTime } from "./format.js";
import { scaleChoices } from "./scale-labels.js";
import { QUESTION_INPUT_PREFIX, VERBS } from "./verbs.js";

/** Input ids of the "I want to talk to someone" part; the router reads the same names. */
export const HELP_INPUTS = { toggle: "help", target: "helpTarget", note: "helpNote" } as const;

/**
 * The micro-survey: each question as an expanded choice set (one tap on a phone), then the optional request to
 * talk to someone. Questions are not `isRequired`: a student asking for help may skip them (answer-validation.ts),
 * so completeness is checked on the server.
 */
export function surveyCard(view: SurveyView, locale: Locale): RenderedCard {
  const { round, previous } = view;
  const { date, time } = dateAndTime(round.closesAt, locale, view.timeZone);
  const questions: Element[] = round.questions.map((question) => {
    const value = previous?.values[question.id];
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
  const help = previous?.help;
  const body: Element[] = [
    heading(t(locale, "card.survey.title")),
    paragraph(t(locale, "card.survey.intro"), { subtle: true, small: true }),
    paragraph(t(locale, "card.survey.closes", { date, time }), { subtle: true, small: true }),
    ...questions,
    {
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
          ...(help?.note ? { value: help.note } : {}),
        },
        paragraph(t(locale, "card.survey.helpInfo"), { subtle: true, small: true }),
      ],
    },
  ];
  const actions = [
    executeAction(t(locale, "card.survey.submit"), VERBS.answer, { roundId: round.roundId, classId: round.classId }),
  ];
  const summary = t(locale, "card.survey.title");
  return { card: adaptiveCard(body, actions, summary), summary };
}
