import type { SchoolClass, ClassMember } from "../domain/school/school.js";
import type { Round } from "../domain/survey/round.js";
import type { Stores } from "../ports/stores.js";

/**
 * How long the send worker trusts a round, class or roster it read. A round's 25-30 jobs arrive together, so one
 * read serves them all; 30 s is short enough that an uninstall or roster change is seen within the same round,
 * and a round closed meanwhile is still refused by its closing time, which never changes.
 */
const TTL_MS = 30_000;

/**
 * Stores for the survey-send worker with read-through caches on the reads every job of a round repeats (its round,
 * class and roster), so a job costs a delivery read, a chat read and a delivery write on top of the send.
 * Everything else, and every write, goes straight to the real stores.
 */
export function withCachedReads(stores: Stores, now: () => number = Date.now): Stores {
  const memo = <T>() => {
    const entries = new Map<string, { at: number; value: Promise<T> }>();
    return (key: string, load: () => Promise<T>): Promise<T> => {
      const hit = entries.get(key);
      if (hit && now() - hit.at < TTL_MS) return hit.value;
      if (entries.size > 10_000) entries.clear(); // a worker's working set is a few hundred rounds at most
      const value = load();
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key)); // a failed read is not remembered
      return value;
    };
  };
  const rounds = memo<Round | undefined>();
  const classes = memo<SchoolClass | undefined>();
  const rosters = memo<ClassMember[]>();
  return {
    ...stores,
    rounds: {
      ...stores.rounds,
      create: (round) => stores.rounds.create(round),
      latest: (t, c, limit) => stores.rounds.latest(t, c, limit),
      close: (t, c, r) => stores.rounds.close(t, c, r),
      get: (t, c, r) => rounds(`${t}|${c}|${r}`, () => stores.rounds.get(t, c, r)),
    },
    classes: {
      ...stores.classes,
      save: (x) => stores.classes.save(x),
      findByTeamId: (t, team) => stores.classes.findByTeamId(t, team),
      list: (t) => stores.classes.list(t),
      markUninstalled: (t, c) => stores.classes.markUninstalled(t, c),
      get: (t, c) => classes(`${t}|${c}`, () => stores.classes.get(t, c)),
    },
    members: {
      ...stores.members,
      replaceRoster: (t, c, m) => stores.members.replaceRoster(t, c, m),
      upsert: (m) => stores.members.upsert(m),
      classesOf: (t, u) => stores.members.classesOf(t, u),
      list: (t, c) => rosters(`${t}|${c}`, () => stores.members.list(t, c)),
      get: async (t, c, u) => (await rosters(`${t}|${c}`, () => stores.members.list(t, c))).find((m) => m.userId === u),
    },
  };
}
