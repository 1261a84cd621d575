import type { Actor } from "../domain/privacy/access.js";
import { DEFAULT_SCHOOL_SETTINGS, type SchoolSettings } from "../domain/scoring/school-settings.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Stores } from "../ports/stores.js";

/** A school's settings with the version to present when changing them ("default" before the first change). */
export interface VersionedSettings {
  settings: SchoolSettings;
  version: string;
}

export const DEFAULT_VERSION = "default";

export type SettingsResult =
  { ok: true; value: VersionedSettings } | { ok: false; reason: "forbidden" | "versionMismatch" };

/** Only the school's coordinators read and change its rule settings. */
export async function getSchoolSettings(
  deps: { stores: Pick<Stores, "schoolSettings"> },
  actor: Actor,
): Promise<SettingsResult> {
  if (!actor.isCoordinator) return { ok: false, reason: "forbidden" };
  const stored = await deps.stores.schoolSettings.get(actor.tenantId);
  return {
    ok: true,
    value: stored
      ? { settings: stored.value, version: stored.etag }
      : { settings: DEFAULT_SCHOOL_SETTINGS, version: DEFAULT_VERSION },
  };
}

/**
 * Replaces part of the school's settings, if `version` is still current (optimistic concurrency: two coordinators
 * editing at once cannot silently overwrite each other; the loser gets versionMismatch and reloads).
 */
export async function updateSchoolSettings(
  deps: { stores: Pick<Stores, "schoolSettings"> },
  actor: Actor,
  input: { change: Partial<SchoolSettings>; version: string },
): Promise<SettingsResult> {
  const current = await getSchoolSettings(deps, actor);
  if (!current.ok) return current;
  if (current.value.version !== input.version) return { ok: false, reason: "versionMismatch" };
  const settings: SchoolSettings = { ...current.value.settings, ...input.change };
  const etag = input.version === DEFAULT_VERSION ? undefined : input.version;
  try {
    await deps.stores.schoolSettings.put(actor.tenantId, settings, etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return { ok: false, reason: "versionMismatch" };
    throw error;
  }
  return getSchoolSettings(deps, actor);
}
