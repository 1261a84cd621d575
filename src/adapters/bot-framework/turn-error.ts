import type { TurnContext } from "botbuilder";
import { errorCard } from "../../bot/cards/error-card.js";
import { cardInvokeResponse } from "../../bot/invoke-response.js";
import { toLocale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { Logger } from "../../observability/logger.js";

/**
 * Last resort for a failed turn: log ids and the error's kind (never activity text or card data), and tell the
 * user in their language instead of leaving a spinner or a raw 500. Handlers are idempotent, so "try again" is safe.
 */
export async function handleTurnError(context: TurnContext, error: Error, logger: Logger): Promise<void> {
  const activity = context.activity;
  const e = error as Error & { code?: unknown; statusCode?: unknown };
  logger.error(
    {
      err: { name: e.name, code: e.code, statusCode: e.statusCode, message: String(e.message).slice(0, 200) },
      activityType: activity.type,
      tenantId: activity.conversation?.tenantId,
    },
    "bot turn failed",
  );
  const locale = toLocale(activity.locale);
  try {
    if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
      await context.sendActivity({
        type: "invokeResponse",
        value: cardInvokeResponse(errorCard({ reason: "unexpected" }, locale)),
      });
    } else if (activity.type === "message") {
      await context.sendActivity(t(locale, "error.unexpected"));
    }
  } catch {
    // The connector itself may be what failed; the error is already logged.
  }
}
