import type { SchoolClass } from "../../domain/school/school.js";
import type { SchoolSettings } from "../../domain/scoring/school-settings.js";
import type { Round } from "../../domain/survey/round.js";
import type { Versioned } from "../../ports/case-stores.js";
import type { SchoolSettingsStore } from "../../ports/flag-settings.js";
import type { ClassStore } from "../../ports/school-directory.js";
import type { Stores } from "../../ports/stores.js";
import type { RoundStore } from "../../ports/survey-stores.js";
import { ReadCache } from "./read-cache.js";

export interface ReadCacheOptions {
  /** How long a read row is trusted; see READ_CACHE_TTL_MS in main.ts for why this is safe. */
  ttlMs: number;
  /** Rows kept per cache; a bound on memory, far above one instance's open rounds and classes. */
  maxEntries: number;
  now?: () => number;
}

/** Two faces of the same stores, sharing one set of caches. */
export interface CachingStores {
  /** For everything: reads are fresh, and a write of a round, class or the school settings forgets the cached row. */
  stores: Stores;
  /**
   * For the survey verbs (answer, change, refresh), which only display or check these rows: round, class and school
   * settings reads come from the cache. Roster, erasure tombstone, answers and student state are never cached.
   */
  surveyStores: Stores;
}

const key = (...parts: string[]) => JSON.stringify(parts);

/** Wraps `inner` with short-lived read caches for rows that rarely change and are not privacy-critical. */
export function withReadCaches(inner: Stores, options: ReadCacheOptions): CachingStores {
  const { ttlMs, maxEntries, now } = options;
  // A round id nobody has created is a tampered or stale card: asked again each time, never remembered as absent.
  const rounds = new ReadCache<Round>(ttlMs, maxEntries, false, now);
  // No class row means the default time zone, no settings row the default thresholds: "absent" is an answer too.
  const classes = new ReadCache<SchoolClass>(ttlMs, maxEntries, true, now);
  const settings = new ReadCache<Versioned<SchoolSettings>>(ttlMs, maxEntries, true, now);

  const roundWrites: Pick<RoundStore, "create" | "close" | "latest"> = {
    create: async (round) => {
      try {
        return await inner.rounds.create(round);
      } finally {
        rounds.invalidate(key(round.tenantId, round.classId, round.roundId));
      }
    },
    close: async (tenantId, classId, roundId) => {
      try {
        await inner.rounds.close(tenantId, classId, roundId);
      } finally {
        rounds.invalidate(key(tenantId, classId, roundId)); // this process sees a close at once
      }
    },
    latest: (tenantId, classId, limit) => inner.rounds.latest(tenantId, classId, limit),
  };
  const classWrites: Omit<ClassStore, "get"> = {
    save: async (schoolClass) => {
      try {
        await inner.classes.save(schoolClass);
      } finally {
        classes.invalidate(key(schoolClass.tenantId, schoolClass.classId));
      }
    },
    markUninstalled: async (tenantId, classId) => {
      try {
        await inner.classes.markUninstalled(tenantId, classId);
      } finally {
        classes.invalidate(key(tenantId, classId));
      }
    },
    findByTeamId: (tenantId, teamId) => inner.classes.findByTeamId(tenantId, teamId),
    list: (tenantId) => inner.classes.list(tenantId),
  };
  const settingsWrites: Omit<SchoolSettingsStore, "get"> = {
    put: async (tenantId, value, etag) => {
      try {
        await inner.schoolSettings.put(tenantId, value, etag);
      } finally {
        settings.invalidate(key(tenantId));
      }
    },
  };

  const fresh: Pick<Stores, "rounds" | "classes" | "schoolSettings"> = {
    rounds: { ...roundWrites, get: (t, c, r) => inner.rounds.get(t, c, r) },
    classes: { ...classWrites, get: (t, c) => inner.classes.get(t, c) },
    schoolSettings: { ...settingsWrites, get: (t) => inner.schoolSettings.get(t) },
  };
  const cached: Pick<Stores, "rounds" | "classes" | "schoolSettings"> = {
    rounds: { ...roundWrites, get: (t, c, r) => rounds.get(key(t, c, r), () => inner.rounds.get(t, c, r)) },
    classes: { ...classWrites, get: (t, c) => classes.get(key(t, c), () => inner.classes.get(t, c)) },
    schoolSettings: { ...settingsWrites, get: (t) => settings.get(key(t), () => inner.schoolSettings.get(t)) },
  };
  return { stores: { ...inner, ...fresh }, surveyStores: { ...inner, ...cached } };
}
