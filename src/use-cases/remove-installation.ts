import type { Stores } from "../ports/stores.js";

export type RemoveInstallationInput =
  | { scope: "team"; tenantId: string; teamId: string; classId?: string | undefined }
  | { scope: "personal"; tenantId: string; userId: string };

/**
 * The app was removed from a team or by a user: mark it so nothing is sent there again (sends check `installed`).
 * Answers, flags and cases stay: they belong to the school, and erasure is a separate, deliberate job (DESIGN §6).
 */
export async function removeInstallation(
  deps: { stores: Pick<Stores, "classes" | "conversations"> },
  input: RemoveInstallationInput,
): Promise<boolean> {
  const { stores } = deps;
  if (input.scope === "personal") {
    const existing = await stores.conversations.get(input.tenantId, input.userId);
    if (!existing) return false;
    await stores.conversations.markUninstalled(input.tenantId, input.userId);
    return true;
  }
  const byGroup = input.classId ? await stores.classes.get(input.tenantId, input.classId) : undefined;
  const schoolClass = byGroup ?? (await stores.classes.findByTeamId(input.tenantId, input.teamId));
  if (!schoolClass) return false;
  await stores.classes.markUninstalled(input.tenantId, schoolClass.classId);
  return true;
}
