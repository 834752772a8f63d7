/**
 * The engine's invariants, for random self-assessments against a rubric that uses every kind
 * (test/fixtures/engine/every-kind.yaml): scores stay within bounds, more never scores less,
 * a failed veto withholds the tier, the tier follows the total, and order does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommunityResult } from '../../src/engine/result.js';
import { score } from '../../src/engine/score.js';
import { interpretAssessment } from '../../src/model/interpret.js';
import { buildNameIndex } from '../../src/model/names.js';
import { AS_OF, fixture, rubricFromYaml } from '../helpers/build.js';

const rubric = rubricFromYaml(fixture('every-kind.yaml'));
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

type Entry = { kind: string; area?: number | string; count?: number };
type Metrics = Record<string, unknown>;

/** Every way a file may name a facility, and a few names the rubric does not know. */
const kindName = fc.constantFrom(
  'police-office',
  '社区警务室',
  '社區警務室',
  '警务室',
  'reading-room',
  '阅览室',
  '社區閱覽室',
  'hotline',
  '一线通',
  '一線通',
  'swimming-pool',
);
const areaValue = fc.integer({ min: 0, max: 600 }).map((n) => n / 10);
const area = fc.oneof(
  areaValue,
  areaValue.map((n) => `${n} m2`),
  areaValue.map((n) => `${n}平方米`),
);
const entry: fc.Arbitrary<Entry> = fc.record(
  { kind: kindName, area, count: fc.integer({ min: 0, max: 3 }) },
  { requiredKeys: ['kind'] },
);
const facilities = fc.option(fc.array(entry, { maxLength: 8 }), { nil: undefined });

const percent = fc.integer({ min: 0, max: 100 });
const rate = fc.oneof(
  percent.map((p) => `${p}%`),
  percent.map((p) => p / 100),
);
const flag = fc.oneof(fc.boolean(), fc.constantFrom('是', '否', 'true', 'false'));
const smallCount = fc.integer({ min: 0, max: 8 });
const metrics: fc.Arbitrary<Metrics> = fc.record(
  {
    'service-area': fc.oneof(
      fc.integer({ min: 0, max: 20_000 }).map((n) => n / 10),
      fc.integer({ min: 0, max: 2000 }).map((n) => `${n} ㎡`),
      fc.constant('**'),
    ),
    households: fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: 1, max: 5000 }).map((n) => `${n}户`),
    ),
    'light-rate': fc.oneof(rate, fc.constant('**%')),
    volunteers: fc.integer({ min: 0, max: 40 }),
    helpers: flag,
    state: fc.constantFrom('A', 'B', 'C', 'C#', 'D'),
    violations: smallCount,
    parked: smallCount,
    feeling: rate,
    'drug-free': flag,
    'major-fire': flag,
  },
  { requiredKeys: [] },
);

function run(m: Metrics, fs: Entry[] | undefined): CommunityResult {
  const raw = {
    community: { id: 'c1', name: '测试社区', street: '五马街道' },
    period: 2024,
    metrics: m,
    ...(fs ? { facilities: fs } : {}),
  };
  const { assessment, findings } = interpretAssessment(raw, rubric);
  if (!assessment) throw new Error(`unreadable: ${JSON.stringify(findings)}`);
  return score(rubric, assessment, { asOf: AS_OF });
}

const tierRank = (tier: string | null): number =>
  tier === null ? 0 : rubric.tiers.length - rubric.tiers.findIndex((t) => t.id === tier);
const blocked = (r: CommunityResult) => r.vetoes.length + r.unresolvedVetoes.length > 0;

function checkBounds(r: CommunityResult): void {
  expect(r.possible).toBe(100);
  expect(r.total).toBeGreaterThanOrEqual(0);
  expect(r.total).toBeLessThanOrEqual(r.possible);
  for (const s of r.sections) {
    expect(s.earned).toBeGreaterThanOrEqual(0);
    expect(s.earned).toBeLessThanOrEqual(s.possible + 1e-9);
    for (const c of s.criteria) {
      expect(c.earned).toBeGreaterThanOrEqual(0);
      expect(c.earned).toBeLessThanOrEqual(c.possible);
      if (c.status === 'no-data') expect(c.earned).toBe(0);
      if (c.status === 'met' || c.status === 'exempt') expect(c.earned).toBe(c.possible);
    }
  }
  const n = r.sections.reduce((a, s) => a + s.criteria.length, 0);
  expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(n);
}

describe('engine properties (every kind)', () => {
  it('0 ≤ earned ≤ possible, for every criterion and the total', () => {
    fc.assert(
      fc.property(metrics, facilities, (m, fs) => checkBounds(run(m, fs))),
      RUNS,
    );
  });

  it('adding a facility never lowers the score or the tier', () => {
    fc.assert(
      fc.property(metrics, facilities, kindName, areaValue, (m, fs, kind, a) => {
        const before = run(m, fs);
        const after = run(m, [...(fs ?? []), { kind, area: a }]);
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
        expect(tierRank(after.tier)).toBeGreaterThanOrEqual(tierRank(before.tier));
      }),
      RUNS,
    );
  });

  it('adding a kind not yet reported, even without an area, never lowers the score', () => {
    const idx = buildNameIndex(rubric);
    fc.assert(
      fc.property(metrics, facilities, kindName, (m, fs, kind) => {
        const id = idx.resolve(kind);
        fc.pre(id !== undefined && !(fs ?? []).some((e) => idx.resolve(e.kind) === id));
        const before = run(m, fs);
        const after = run(m, [...(fs ?? []), { kind }]);
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
      }),
      RUNS,
    );
  });

  it('enlarging an area never lowers the score', () => {
    fc.assert(
      fc.property(
        metrics,
        fc.array(entry, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        areaValue,
        (m, fs, i, more) => {
          const at = i % fs.length;
          const old = fs[at]!;
          fc.pre(typeof old.area === 'number');
          const bigger = fs.map((e, j) => (j === at ? { ...e, area: (old.area as number) + more } : e));
          expect(run(m, bigger).total).toBeGreaterThanOrEqual(run(m, fs).total - 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('raising an at-least metric never lowers the score', () => {
    fc.assert(
      fc.property(
        metrics,
        facilities,
        fc.integer({ min: 0, max: 20_000 }).map((n) => n / 10),
        percent,
        fc.integer({ min: 0, max: 40 }),
        (m, fs, moreArea, p, v) => {
          const before = run(m, fs);
          const raised: Metrics = { ...m };
          const sa = m['service-area'];
          if (typeof sa === 'number') raised['service-area'] = sa + moreArea;
          const lr = m['light-rate'];
          // A bare 1 is an ambiguous rate (1% or 100%?) and is refused: a full rate is written 100%.
          if (typeof lr === 'number') {
            const up = Math.max(lr, p / 100);
            raised['light-rate'] = up === 1 ? '100%' : up;
          }
          if (typeof m.volunteers === 'number') raised.volunteers = m.volunteers + v;
          expect(run(raised, fs).total).toBeGreaterThanOrEqual(before.total - 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('a failed veto always means no tier', () => {
    fc.assert(
      fc.property(metrics, facilities, (m, fs) => {
        const r = run(m, fs);
        const all = r.sections.flatMap((s) => s.criteria);
        if (all.some((c) => c.veto && c.status !== 'met' && c.status !== 'exempt')) expect(r.tier).toBeNull();
        if (r.vetoes.length) {
          expect(r.tier).toBeNull();
          for (const v of r.vetoes)
            expect(r.nextTier?.fixes).toContainEqual(
              expect.objectContaining({ criterion: v, required: true }),
            );
        }
      }),
      RUNS,
    );
  });

  it('the tier follows the total', () => {
    fc.assert(
      fc.property(metrics, facilities, metrics, facilities, (m1, f1, m2, f2) => {
        const [a, b] = [run(m1, f1), run(m2, f2)];
        for (const r of [a, b]) {
          if (blocked(r)) continue;
          const expected = rubric.tiers.find((t) => r.total >= t.minScore)?.id ?? null;
          expect(r.tier).toBe(expected);
        }
        if (!blocked(a) && !blocked(b) && a.total <= b.total)
          expect(tierRank(a.tier)).toBeLessThanOrEqual(tierRank(b.tier));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of facilities', () => {
    const withOrder = fc
      .array(entry, { maxLength: 8 })
      .chain((fs) =>
        fc.tuple(fc.constant(fs), fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length })),
      );
    fc.assert(
      fc.property(metrics, withOrder, (m, [fs, shuffled]) => {
        expect(run(m, shuffled)).toEqual(run(m, fs));
      }),
      RUNS,
    );
  });

  it('bad input never throws, and whatever is read scores within bounds', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { assessment } = interpretAssessment(raw, rubric);
        if (assessment) checkBounds(score(rubric, assessment, { asOf: AS_OF }));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(rubric.metrics)), fc.anything()), (m) => {
        checkBounds(run(m as Metrics, []));
      }),
      RUNS,
    );
  });
});
