import type { SchoolClass } from "../../domain/school/school.js";
import type { SchoolSettings } from "../../domain/scoring/school-settings.js";
import type { StudentState } from "../../domain/scoring/student-state.js";
import type { Round } from "../../domain/survey/round.js";
import type { StudentStateStore, Versioned } from "../../ports/case-stores.js";
import type { SchoolSettingsStore } from "../../ports/flag-settings.js";
import type { PrivacyStore } from "../../ports/privacy-store.js";
import type { ClassStore } from "../../ports/school-directory.js";
import type { Stores } from "../../ports/stores.js";
import type { RoundStore } from "../../ports/survey-stores.js";
import { PartitionSnapshots } from "./partition-snapshots.js";
import { ReadCache } from "./read-cache.js";

/**
 * Class state partitions held at once: a school's burst of answers after a survey goes out touches a
 * few hundred classes within the TTL. Bounds memory: 500 classes x 28 rows x a few KiB of state is tens of MiB.
 */
const MAX_CLASS_SNAPSHOTS = 500;

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
   * For the survey verbs (answer, change, refresh): round, class and school settings reads come from the cache; a
   * student's state row comes from a snapshot of their class's state partition (one query per class per TTL instead
   * of a point read per answer; its ETag keeps that safe). Roster rows, the erasure tombstone and answers are never
   * cached: a student who left the class or was erased or protected is refused at once (trust.md P15/P18).
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
  const snapshotLimit = Math.min(maxEntries, MAX_CLASS_SNAPSHOTS);
  // A state row's age never matters: it is written back with its ETag, so an older copy costs one retry (412 or 409,
  // then a point read), never a lost update.
  const states = new PartitionSnapshots<Versioned<StudentState>>(ttlMs, snapshotLimit, true, now);

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

  const stateWrites: Omit<StudentStateStore, "get"> = {
    put: (state, etag) => {
      states.forgetRow(key(state.tenantId, state.classId), state.studentId); // before: a racing read asks storage
      return inner.studentStates.put(state, etag);
    },
    listClass: (tenantId, classId) => inner.studentStates.listClass(tenantId, classId),
    listClassVersioned: (tenantId, classId) => inner.studentStates.listClassVersioned(tenantId, classId),
  };
  // An erasure deletes rows in every table without the stores above: every snapshot goes.
  const privacy = inner.privacy && withSnapshotsCleared(inner.privacy, () => states.clear());

  const fresh: Pick<Stores, "rounds" | "classes" | "schoolSettings" | "studentStates"> = {
    rounds: { ...roundWrites, get: (t, c, r) => inner.rounds.get(t, c, r) },
    classes: { ...classWrites, get: (t, c) => inner.classes.get(t, c) },
    schoolSettings: { ...settingsWrites, get: (t) => inner.schoolSettings.get(t) },
    studentStates: { ...stateWrites, get: (t, c, s) => inner.studentStates.get(t, c, s) },
  };
  const cached: Pick<Stores, "rounds" | "classes" | "schoolSettings" | "studentStates"> = {
    rounds: { ...roundWrites, get: (t, c, r) => rounds.get(key(t, c, r), () => inner.rounds.get(t, c, r)) },
    classes: { ...classWrites, get: (t, c) => classes.get(key(t, c), () => inner.classes.get(t, c)) },
    schoolSettings: { ...settingsWrites, get: (t) => settings.get(key(t), () => inner.schoolSettings.get(t)) },
    studentStates: {
      ...stateWrites,
      get: (t, c, s) =>
        states.get(
          key(t, c),
          s,
          async () => (await inner.studentStates.listClassVersioned(t, c)).map((v) => [v.value.studentId, v]),
          () => inner.studentStates.get(t, c, s),
        ),
    },
  };
  const shared = privacy ? { privacy } : {};
  return { stores: { ...inner, ...fresh, ...shared }, surveyStores: { ...inner, ...cached, ...shared } };
}

/** The privacy store, calling `clear` after every erasure write (whether or not it got through). */
function withSnapshotsCleared(inner: PrivacyStore, clear: () => void): PrivacyStore {
  return {
    rowsAbout: (tenantId, userId) => inner.rowsAbout(tenantId, userId),
    isExcluded: (tenantId, userId) => inner.isExcluded(tenantId, userId),
    deleteOlderThan: (tenantId, cutoff) => inner.deleteOlderThan(tenantId, cutoff),
    deleteRowsAbout: (tenantId, userId) => inner.deleteRowsAbout(tenantId, userId).finally(clear),
    exclude: (tenantId, userId, reason, at) => inner.exclude(tenantId, userId, reason, at).finally(clear),
  };
}
