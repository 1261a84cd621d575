import { TurnContext } from "botbuilder";
import { MessageFactory } from "botbuilder";
import { t } from "../i18n/translate.js";
import { openCheckIn, type OpenCheckInResult } from "../use-cases/open-check-in.js";
import type { BotDeps } from "./bot-deps.js";
import { fromSubmitValue } from "./card-action.js";
import { routeCardAction } from "./card-action-routes.js";
import { isCheckInCommand } from "./check-in-command.js";
import { ADAPTIVE_CARD } from "./invoke-response.js";
import { dateAndTime } from "./cards/format.js";
import type { TurnFacts } from "./turn-facts.js";
import type { Locale } from "../domain/locale.js";

/**
 * A message: an Action.Submit from a card (clients without Universal Actions), a teacher's "check in", or
 * anything else, which gets a short localized help text.
 */
export async function onMessage(deps: BotDeps, context: TurnContext, facts: TurnFacts): Promise<void> {
  const submitted = context.activity.value === undefined ? undefined : fromSubmitValue(context.activity.value);
  if (submitted) {
    const card = await routeCardAction(deps, facts, submitted);
    await context.sendActivity(MessageFactory.attachment({ contentType: ADAPTIVE_CARD, content: card }));
    return;
  }
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  if (!isCheckInCommand(text)) {
    await context.sendActivity(t(facts.locale, "bot.help"));
    return;
  }
  if (!facts.team || !facts.userId) {
    await context.sendActivity(t(facts.locale, "bot.checkIn.inChannel"));
    return;
  }
  const schoolClass = await deps.stores.classes.findByTeamId(facts.tenantId, facts.team.teamId);
  if (!schoolClass) {
    await context.sendActivity(t(facts.locale, "bot.checkIn.unknownClass"));
    return;
  }
  const result = await openCheckIn(deps, {
    tenantId: facts.tenantId,
    classId: schoolClass.classId,
    actorId: facts.userId,
    locale: facts.locale,
    requestId: context.activity.id,
  });
  deps.logger.info(
    {
      tenantId: facts.tenantId,
      classId: schoolClass.classId,
      outcome: result.ok ? "opened" : result.reason,
      ...(result.ok ? { roundId: result.round.roundId, ...result.tally, replayed: result.replayed } : {}),
    },
    "check-in",
  );
  await context.sendActivity(checkInReply(result, facts.locale));
}

function checkInReply(result: OpenCheckInResult, locale: Locale): string {
  if (!result.ok) {
    if (result.reason === "alreadyOpen") {
      return t(locale, "bot.checkIn.alreadyOpen", {
        closes: closesText(result.round.closesAt, locale, result.timeZone),
      });
    }
    return t(locale, result.reason === "notTeacher" ? "bot.checkIn.notTeacher" : "bot.checkIn.unknownClass");
  }
  const { tally } = result;
  const closes = closesText(result.round.closesAt, locale, result.timeZone);
  // Sends run in the survey-send worker: queued students count as on their way.
  const opened = t(locale, "bot.checkIn.opened", { count: tally.sent + tally.queued, closes });
  const unreached = tally.students - tally.sent - tally.queued;
  return unreached > 0 ? `${opened} ${t(locale, "bot.checkIn.unreached", { count: unreached })}` : opened;
}

function closesText(iso: string, locale: Locale, timeZone: string): string {
  const { date, time } = dateAndTime(iso, locale, timeZone);
  return `${date} ${time}`;
}
