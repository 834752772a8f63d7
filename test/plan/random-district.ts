/** Random small districts scored by the 2005 rubric with random prices, for the plan's property tests. */
import fc from 'fast-check';
import { candidates } from '../../src/engine/plan/candidates.js';
import { communityOptions } from '../../src/engine/plan/community.js';
import type { PlanCommunity, PlanProblem } from '../../src/engine/plan/problem.js';
import { loadRubric } from '../../src/load/rubrics.js';
import type { CostModel } from '../../src/model/costs.js';
import { interpretAssessment } from '../../src/model/interpret.js';

export const rubric = loadRubric('district-2005-community').rubric!;

const arbCommunity = fc.record({
  service: fc.integer({ min: 60, max: 360 }),
  officeExtra: fc.integer({ min: 0, max: 400 }),
  households: fc.integer({ min: 1500, max: 3400 }),
  seats: fc.integer({ min: 20, max: 70 }),
  police: fc.integer({ min: 0, max: 2 }),
  health: fc.boolean(),
  patrol: fc.boolean(),
  open: fc.boolean(),
  cadre: fc.integer({ min: 60, max: 100 }),
  incident: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  facilities: fc.subarray(['社区服务站', '文化室', '社区教育活动站', '警务室', '求助站']),
});

const arbPrices = fc.record({
  build: fc.integer({ min: 1000, max: 5000 }),
  rent: fc.integer({ min: 500, max: 3000 }),
  seat: fc.integer({ min: 500, max: 3000 }),
  officer: fc.integer({ min: 20000, max: 90000 }),
  flag: fc.integer({ min: 1000, max: 900000 }),
  facility: fc.integer({ min: 10000, max: 400000 }),
  train: fc.integer({ min: 500, max: 5000 }),
});

export const arbDistrict = fc.record({
  streets: fc.array(fc.array(arbCommunity, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
  prices: arbPrices,
  modern: fc.integer({ min: 20, max: 80 }),
  safe: fc.integer({ min: 50, max: 100 }),
  // Where the quotas are judged (the 2005 rubric's are the district's), and how: a share, or a
  // count (at-least-count for the higher tier, between-count for the lower: an upper end).
  scope: fc.constantFrom('street', 'district'),
  counts: fc.option(
    fc.record({
      modern: fc.integer({ min: 0, max: 4 }),
      low: fc.integer({ min: 0, max: 6 }),
      span: fc.integer({ min: 0, max: 6 }),
    }),
    { nil: undefined },
  ),
});

export type District = typeof arbDistrict extends fc.Arbitrary<infer T> ? T : never;

function costModel(p: District['prices']): CostModel {
  const way = (fixed: number, perUnit: number, months: number, also: string[] = []) => ({
    way: 'build' as const,
    fixed,
    perUnit,
    months,
    also,
  });
  return {
    rubric: rubric.id,
    unit: false,
    quotes: 'forbid',
    communities: {},
    metrics: {
      'service-area': [
        way(0, p.build, 6, ['office-service-area']),
        { ...way(0, p.rent, 2, ['office-service-area']), way: 'rent' },
      ],
      'office-service-area': [way(0, p.rent, 2)],
      'culture-room-seats': [way(0, p.seat, 3)],
      'community-police-officers': [way(0, p.officer, 4)],
      'health-station-coverage': [way(p.flag, 0, 8)],
      'patrol-team': [way(Math.round(p.flag / 10), 0, 1)],
      'open-affairs': [way(Math.round(p.flag / 20), 0, 1)],
      'cadre-education-rate': [way(0, p.train, 6)],
    },
    facilities: Object.fromEntries(
      Object.keys(rubric.facilities).map((f, i) => [f, [way(p.facility + i * 1000, 0, 3)]]),
    ),
  };
}

export function problemOf(d: District): PlanProblem {
  const costs = costModel(d.prices);
  const communities: PlanCommunity[] = [];
  d.streets.forEach((list, s) =>
    list.forEach((c, i) => {
      const id = `s${s}c${i}`;
      const raw = {
        rubric: rubric.id,
        community: { id, name: id, street: `street${s}` },
        period: '2005',
        metrics: {
          'service-area': c.service,
          'office-service-area': c.service + c.officeExtra,
          households: c.households,
          'culture-room-seats': c.seats,
          'community-police-officers': c.police,
          'health-station-coverage': c.health,
          'patrol-team': c.patrol,
          'open-affairs': c.open,
          'cadre-education-rate': `${c.cadre}%`,
          'major-incident': c.incident,
        },
        facilities: c.facilities.map((kind) => ({ kind })),
      };
      const assessment = interpretAssessment(raw, rubric, `${id}.yaml`).assessment!;
      const options = communityOptions({
        rubric,
        assessment,
        options: candidates(rubric, assessment, costs),
        score: {},
      });
      const tier = options.tier;
      communities.push({
        id,
        name: id,
        file: `${id}.yaml`,
        groups: { all: null, street: `street${s}`, district: 'district' },
        tier,
        assessment,
        options,
      });
    }),
  );
  const groups =
    d.scope === 'district'
      ? [{ key: 'district', members: communities.map((c) => c.id) }]
      : d.streets.map((list, s) => ({ key: `street${s}`, members: list.map((_, i) => `s${s}c${i}`) }));
  const c = d.counts;
  const quotas = groups.flatMap(({ key, members }) =>
    [
      {
        quota: 'modern-share',
        tier: 'modern',
        bound: c
          ? { op: 'at-least' as const, value: { value: c.modern } }
          : { op: 'at-least' as const, value: { value: d.modern / 100 } },
      },
      {
        quota: 'safe-civilized-share',
        tier: 'safe-civilized',
        bound: c
          ? { op: 'between' as const, value: { value: c.low }, upper: { value: c.low + c.span } }
          : { op: 'at-least' as const, value: { value: d.safe / 100 } },
      },
    ].map((q) => ({
      ...q,
      by: d.scope as 'street' | 'district',
      key,
      n: members.length,
      ...(c ? { measure: 'count' as const } : {}),
      members,
      doubts: [],
    })),
  );
  return { rubric, score: {}, communities, quotas };
}
