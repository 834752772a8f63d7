/**
 * Each criterion's points and status for one community, kept small for a batch's results file
 * (`rank --results-out`): one Float64Array per community, in the rubric's criterion order
 * (`criterionOrder`), so the ids are the rubric's and are never copied per community.
 * Layout, for n criteria: earned[0..n), possible[n..2n), status index [2n..3n) into STATUSES.
 */
import { allCriteria, type Rubric } from '../model/rubric.js';
import { type CommunityResult, STATUSES, type Status } from './result.js';

export type CriterionPoints = Float64Array;

interface Order {
  ids: readonly string[];
  at: ReadonlyMap<string, number>;
}
const orders = new WeakMap<Rubric, Order>();

function orderOf(rubric: Rubric): Order {
  let o = orders.get(rubric);
  if (!o) {
    const ids = allCriteria(rubric).map((c) => c.id);
    o = { ids, at: new Map(ids.map((id, i) => [id, i])) };
    orders.set(rubric, o);
  }
  return o;
}

/** The rubric's criterion ids in its own order (sections, then criteria). */
export const criterionOrder = (rubric: Rubric): readonly string[] => orderOf(rubric).ids;

const STATUS_INDEX = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

/** A criterion the result does not list (none today) is NaN: the results file leaves it empty. */
export function criterionPoints(rubric: Rubric, result: CommunityResult): CriterionPoints {
  const { ids, at } = orderOf(rubric);
  const n = ids.length;
  const out = new Float64Array(3 * n).fill(Number.NaN);
  for (const s of result.sections)
    for (const c of s.criteria) {
      const i = at.get(c.id);
      if (i === undefined) continue;
      out[i] = c.earned;
      out[n + i] = c.possible;
      out[2 * n + i] = STATUS_INDEX.get(c.status)!;
    }
  return out;
}
