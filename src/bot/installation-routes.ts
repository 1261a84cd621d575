import type { TurnContext } from "botbuilder";
import { t } from "../i18n/translate.js";
import { addTeamMembers } from "../use-cases/add-team-members.js";
import { installInTeam } from "../use-cases/install-in-team.js";
import { registerPersonalChat } from "../use-cases/register-personal-chat.js";
import { removeInstallation } from "../use-cases/remove-installation.js";
import type { BotDeps } from "./bot-deps.js";
import { turnFacts, type TurnFacts } from "./turn-facts.js";

/** installationUpdate: "add"/"add-upgrade" install or refresh; "remove" uninstalls ("remove-upgrade" is not one). */
export async function onInstallationUpdate(deps: BotDeps, context: TurnContext): Promise<void> {
  const facts = turnFacts(context.activity);
  const action = context.activity.action ?? "";
  if (action === "add" || action === "add-upgrade") await installHere(deps, context, facts);
  else if (action === "remove") await uninstallHere(deps, facts);
}

/** conversationUpdate: the bot or people joined or left a team or a 1:1 chat. */
export async function onConversationUpdate(deps: BotDeps, context: TurnContext): Promise<void> {
  const facts = turnFacts(context.activity);
  const botId = context.activity.recipient.id;
  const added = context.activity.membersAdded ?? [];
  const removed = context.activity.membersRemoved ?? [];
  if (removed.some((m) => m.id === botId)) return uninstallHere(deps, facts);
  if (added.some((m) => m.id === botId)) return installHere(deps, context, facts);
  const people = added.filter((m) => m.id !== botId).map((m) => m.id);
  if (facts.team && people.length > 0) {
    const count = await addTeamMembers(deps, {
      tenantId: facts.tenantId,
      teamId: facts.team.teamId,
      serviceUrl: facts.serviceUrl,
      teamsUserIds: people,
    });
    deps.logger.info({ tenantId: facts.tenantId, classId: facts.team.classId, count }, "team members added");
  }
}

async function installHere(deps: BotDeps, context: TurnContext, facts: TurnFacts): Promise<void> {
  if (facts.team) {
    const result = await installInTeam(deps, {
      tenantId: facts.tenantId,
      classId: facts.team.classId,
      teamId: facts.team.teamId,
      teamName: facts.team.name,
      serviceUrl: facts.serviceUrl,
      installerUserId: facts.userId,
    });
    const { classId } = result.schoolClass;
    deps.logger.info(
      { tenantId: facts.tenantId, classId, students: result.students, teachers: result.teachers },
      "installed in team",
    );
    return;
  }
  if (facts.scope === "personal" && facts.userId) {
    const isNew = await registerPersonalChat(deps, personalReference(facts, facts.userId));
    if (isNew) await context.sendActivity(t(facts.locale, "bot.welcome.personal"));
    deps.logger.info({ tenantId: facts.tenantId, userId: facts.userId, isNew }, "personal chat registered");
  }
}

async function uninstallHere(deps: BotDeps, facts: TurnFacts): Promise<void> {
  if (facts.team) {
    await removeInstallation(deps, {
      scope: "team",
      tenantId: facts.tenantId,
      teamId: facts.team.teamId,
      classId: facts.team.classId,
    });
    deps.logger.info({ tenantId: facts.tenantId, classId: facts.team.classId }, "uninstalled from team");
  } else if (facts.scope === "personal" && facts.userId) {
    await removeInstallation(deps, { scope: "personal", tenantId: facts.tenantId, userId: facts.userId });
    deps.logger.info({ tenantId: facts.tenantId, userId: facts.userId }, "uninstalled from personal scope");
  }
}

export function personalReference(facts: TurnFacts, userId: string) {
  return {
    tenantId: facts.tenantId,
    userId,
    teamsUserId: facts.teamsUserId,
    serviceUrl: facts.serviceUrl,
    conversationId: facts.conversationId,
    locale: facts.localeTag,
  };
}
