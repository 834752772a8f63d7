/**
 * What the community planner's tests share (community.test.ts, community-parts.test.ts): a priced
 * way, the planner run on a community's metrics, and each package in short.
 */
import { candidates } from '../../src/engine/plan/candidates.js';
import { type CommunityInput, communityOptions } from '../../src/engine/plan/community.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { Prices, Way } from '../../src/model/costs.js';
import type { Rubric } from '../../src/model/rubric.js';
import { AS_OF, assessmentOf } from '../helpers/build.js';

/** A way to build: a fixed cost, a cost per unit, its months. */
export const way = (fixed: number, perUnit: number, months = 1, extra: Partial<Way> = {}): Way => ({
  way: 'build',
  fixed,
  perUnit,
  months,
  also: [],
  ...extra,
});

/** a at 10 a ㎡, b at 100 a person, f at 1000. */
export const PRICES: Prices = {
  metrics: { a: [way(0, 10)], b: [way(0, 100)], f: [way(1000, 0)] },
  facilities: {},
};

/** The planner's packages for a community of the rubric with these metrics (facilities, evidence). */
export function packagesFor(
  r: Rubric,
  metrics: Record<string, unknown>,
  prices: Prices = PRICES,
  extra: Partial<CommunityInput> = {},
  facilities?: { kind: string; area?: number; count?: number }[],
  evidence?: Assessment['evidence'],
) {
  const read = assessmentOf(r, metrics, facilities);
  const assessment = evidence ? { ...read, evidence } : read;
  return communityOptions({
    rubric: r,
    assessment,
    options: candidates(r, assessment, prices),
    score: { asOf: AS_OF },
    ...extra,
  });
}

/** Each package as [cost, months, the keys it fixes, shared keys]. */
export const brief = (
  ps: { cost: number; months: number; fixes: { key: string }[]; shared: string[] }[] | undefined,
) => ps?.map((p) => [p.cost, p.months, p.fixes.map((f) => f.key).sort(), p.shared]);
