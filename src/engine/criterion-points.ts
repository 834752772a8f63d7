/**
 * Each criterion's points and status for one community, kept small for a batch's results file
 * (`rank --results-out`): one array of numbers per community (an ordinary array: a typed array
 * of a few hundred bytes is a buffer of its own outside the heap, which costs more to make and to
 * collect than its numbers), in the rubric's criterion order
 * (`criterionOrder`), so the ids are the rubric's and are never copied per community.
 * Layout, for n criteria: earned[0..n), possible[n..2n), status index [2n..3n) into STATUSES.
 */
import { allCriteria, type Rubric } from '../model/rubric.js';
import { HALVES_MAX, NO_HALF, NO_STATUS, type PointsBlock, pointAt } from './points-block.js';
import { type CommunityResult, STATUSES, type Status } from './result.js';

export type CriterionPoints = number[];

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
  const out: number[] = [];
  for (let i = 0; i < 3 * n; i++) out.push(Number.NaN);
  // The result lists the criteria in the rubric's order: each is where the count says, or found.
  let k = 0;
  for (const s of result.sections)
    for (const c of s.criteria) {
      const i = ids[k] === c.id ? k : at.get(c.id);
      k++;
      if (i === undefined) continue;
      out[i] = c.earned;
      out[n + i] = c.possible;
      out[2 * n + i] = STATUS_INDEX.get(c.status)!;
    }
  return out;
}

/**
 * A chunk of communities' points as a batch keeps them until its results file is written:
 * earned and possible of each community in turn (`2n` numbers each), doubled in a byte when every
 * one of the chunk's is a whole number or a half up to 127 (points nearly always are), else in 4
 * bytes when each is a float32 exactly, else in 8; each status in a byte (NO_STATUS: none), as
 * points-block.ts reads them. A hundred thousand communities of 19 criteria keep some 6 MB so,
 * not the 17 MB of float32s or the 45 MB of their Float64Arrays (and a view object each). One community's points are `n` criteria from `at` in its chunk's block.
 */
export interface KeptPoints {
  readonly block: PointsBlock;
  readonly at: number;
  readonly n: number;
}

/**
 * The points of a chunk's communities, kept: `values` holds them one after another, each a
 * CriterionPoints at `spans` (start, length, start, length, …); one KeptPoints per span, in order.
 */
export function keepPoints(values: ArrayLike<number>, spans: readonly number[]): KeptPoints[] {
  let total = 0;
  for (let k = 0; k < spans.length; k += 2) total += spans[k + 1]! / 3;
  const fit = numbersFit(values, spans);
  const block: PointsBlock = {
    nums:
      fit === 'halves'
        ? new Uint8Array(2 * total)
        : fit === 'float32'
          ? new Float32Array(2 * total)
          : new Float64Array(2 * total),
    statuses: new Uint8Array(total),
    ...(fit === 'halves' ? { halves: true as const } : {}),
  };
  const out: KeptPoints[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const n = spans[k + 1]! / 3;
    for (let i = 0; i < 2 * n; i++) {
      const v = values[start + i]!;
      block.nums[2 * at + i] = fit !== 'halves' ? v : Number.isNaN(v) ? NO_HALF : 2 * v;
    }
    for (let i = 0; i < n; i++) {
      const s = values[start + 2 * n + i]!;
      block.statuses[at + i] = Number.isNaN(s) ? NO_STATUS : s;
    }
    out.push({ block, at, n });
    at += n;
  }
  return out;
}

/**
 * The smallest way to keep a chunk's earned and possible numbers exactly: doubled in a byte when
 * each is a whole number or a half from 0 to HALVES_MAX (not -0), else 4 bytes when each is a
 * float32 exactly, else 8. NaN (none) fits all three.
 */
function numbersFit(values: ArrayLike<number>, spans: readonly number[]): 'halves' | 'float32' | 'float64' {
  let halves = true;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = start + (2 * spans[k + 1]!) / 3;
    for (let i = start; i < end; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      if (Math.fround(v) !== v) return 'float64';
      if (halves && !(v >= 0 && v <= HALVES_MAX && Number.isInteger(2 * v) && !Object.is(v, -0)))
        halves = false;
    }
  }
  return halves ? 'halves' : 'float32';
}

/** One community's points, kept (a block of its own). */
export const keptPoints = (p: CriterionPoints | KeptPoints): KeptPoints =>
  Array.isArray(p) ? keepPoints(p, [0, p.length])[0]! : p;

/**
 * A kept value, at the criterion's place `i` in the rubric's order: `part` 0 earned, 1 possible,
 * 2 status (an index into STATUSES); NaN for none.
 */
export const pointOf = (p: KeptPoints, part: 0 | 1 | 2, i: number): number =>
  pointAt(p.block, p.at, p.n, part, i);
