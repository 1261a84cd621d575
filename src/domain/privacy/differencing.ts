import { MIN_RESPONDENTS } from "./k-anonymity.js";

/** An aggregate over a set of people (respondent ids), named by `id`. */
export interface AggregateGroup {
  id: string;
  members: readonly string[];
}

/**
 * Which aggregates of one quantity may be shown together without letting anyone work out a small group's answers
 * by subtraction (a differencing attack, trust.md §1.5). A group is shown only when:
 *  1. it has at least `k` members;
 *  2. no shown group's member set differs from it by fewer than `k` people (|A Δ B| < k, but not equal sets);
 *  3. taking away the shown groups nested inside it leaves either nobody or at least `k` people.
 * Groups earlier in the input win: when two collide, the later one is hidden. Pure; quadratic in the number of
 * groups, which is small (classes + levels + 1 for a school).
 */
export function visibleAggregates(groups: readonly AggregateGroup[], k = MIN_RESPONDENTS): Set<string> {
  const sets = groups.map((g) => ({ id: g.id, members: new Set(g.members) }));
  const visible = sets.filter((g) => g.members.size >= k);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < visible.length && !changed; i++) {
      const group = visible[i];
      if (!group) continue;
      const clash = visible.slice(0, i).some((earlier) => {
        const diff = symmetricDifference(earlier.members, group.members);
        return diff > 0 && diff < k;
      });
      if (clash || leavesSmallRemainder(group, visible, k)) {
        visible.splice(i, 1);
        changed = true;
      }
    }
  }
  return new Set(visible.map((g) => g.id));
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size - 2 * shared;
}

/** Rule 3: the shown, disjoint groups inside `outer` must not leave 1..k-1 people uncovered. */
function leavesSmallRemainder(
  outer: { id: string; members: ReadonlySet<string> },
  visible: ReadonlyArray<{ id: string; members: ReadonlySet<string> }>,
  k: number,
): boolean {
  const covered = new Set<string>();
  for (const inner of visible) {
    if (inner === outer || inner.members.size >= outer.members.size) continue;
    const nested = [...inner.members].every((m) => outer.members.has(m));
    const disjoint = [...inner.members].every((m) => !covered.has(m));
    if (nested && disjoint) for (const m of inner.members) covered.add(m);
  }
  if (covered.size === 0) return false;
  const rest = outer.members.size - covered.size;
  return rest > 0 && rest < k;
}
