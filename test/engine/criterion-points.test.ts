/**
 * Criterion points as a batch keeps them for its results file (keepPoints): every value read back
 * exactly as made, doubled in a byte where a chunk's numbers are all whole or halves up to 127,
 * in 4 bytes where they are all float32s and in 8 where one is not, and a criterion with no value
 * (NaN) read back as none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criterionOrder,
  criterionPoints,
  keepPoints,
  keptPoints,
  pointOf,
} from '../../src/engine/criterion-points.js';
import type { CommunityResult } from '../../src/engine/result.js';
import { rubricFromYaml, scoreOf } from '../helpers/build.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** One community's points as criterionPoints makes them: earned[n], possible[n], status[n]. */
const community = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.tuple(
    fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 20 }).map((x) => x / 2),
        fc.double(),
        fc.constant(Number.NaN),
      ),
      {
        minLength: 2 * n,
        maxLength: 2 * n,
      },
    ),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.NaN)), {
      minLength: n,
      maxLength: n,
    }),
  ),
);

describe('keepPoints', () => {
  it('reads back every value of every community of a chunk', () => {
    fc.assert(
      fc.property(
        fc.array(community, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        (cs, gap) => {
          // The chunk's one array, with a gap before each community (the wire's offsets are free).
          const parts: number[] = [];
          const spans: number[] = [];
          for (const [nums, statuses] of cs) {
            for (let i = 0; i < gap; i++) parts.push(-1);
            spans.push(parts.length, nums.length + statuses.length);
            parts.push(...nums, ...statuses);
          }
          const kept = keepPoints(Float64Array.from(parts), spans);
          expect(kept).toHaveLength(cs.length);
          cs.forEach(([nums, statuses], k) => {
            const n = statuses.length;
            for (let i = 0; i < n; i++) {
              expect(pointOf(kept[k]!, 0, i)).toBe(nums[i]);
              expect(pointOf(kept[k]!, 1, i)).toBe(nums[n + i]);
              expect(pointOf(kept[k]!, 2, i)).toBe(statuses[i]);
            }
          });
        },
      ),
      RUNS,
    );
  });

  it('keeps halves up to 127 in a byte, other float32s in 4 bytes and a third in 8', () => {
    const halves = keptPoints([1.5, 127, 1]);
    expect(halves.block.nums).toEqual(Uint8Array.from([3, 254]));
    expect([pointOf(halves, 0, 0), pointOf(halves, 1, 0)]).toEqual([1.5, 127]);
    expect(pointOf(keptPoints([Number.NaN, 2, 1]), 0, 0)).toBeNaN();
    for (const big of [127.5, 128, -1, 0.25]) {
      const p = keptPoints([big, 2, 1]);
      expect(p.block.nums, String(big)).toBeInstanceOf(Float32Array);
      expect(pointOf(p, 0, 0)).toBe(big);
    }
    // -0 is a value of its own (the file's bytes differ): never kept as a byte's 0.
    expect(Object.is(pointOf(keptPoints([-0, 2, 1]), 0, 0), -0)).toBe(true);
    expect(keptPoints([1.5, 2, 1]).block.nums).toBeInstanceOf(Uint8Array);
    const third = keptPoints([1 / 3, 2, 1]);
    expect(third.block.nums).toBeInstanceOf(Float64Array);
    expect(pointOf(third, 0, 0)).toBe(1 / 3);
    expect(pointOf(keptPoints([1, 2, Number.NaN]), 2, 0)).toBeNaN();
    // Two criteria, halves: 4 numbers, doubled, in 4 bytes.
    const two = keptPoints([1.5, 0, 2, 3, 0, 2]);
    expect(two.block.nums).toEqual(Uint8Array.from([3, 0, 4, 6]));
    expect([0, 1].map((i) => [pointOf(two, 0, i), pointOf(two, 1, i), pointOf(two, 2, i)])).toEqual([
      [1.5, 2, 0],
      [0, 3, 2],
    ]);
  });
});

describe('criterionPoints', () => {
  const r = rubricFromYaml(`
rubric: p
title: p
metrics: { a: { type: flag }, n: { type: count } }
sections:
  - id: s1
    criteria:
      - { id: x, kind: flag, metric: a, points: 4 }
      - { id: y, kind: count, points: 6, items: [{ metric: n, at-least: 1 }, { metric: n, at-least: 2 }, { metric: n, at-least: 3 }] }
  - id: s2
    criteria: [{ id: z, kind: flag, metric: a, points: 2, veto: true }]
`);

  it('the rubric’s order, sections then criteria', () => {
    expect(criterionOrder(r)).toEqual(['x', 'y', 'z']);
    expect(criterionOrder(r)).toBe(criterionOrder(r));
  });

  it('earned, then possible, then the status’s place in STATUSES', () => {
    // n = 1: one item of three, 6 × 1/3 = 2 points, partial; a false flag vetoes z.
    expect(criterionPoints(r, scoreOf(r, { a: false, n: 1 }))).toEqual([0, 2, 0, 4, 6, 2, 2, 1, 3]);
    expect(criterionPoints(r, scoreOf(r, { a: true, n: 3 }))).toEqual([4, 6, 2, 4, 6, 2, 0, 0, 0]);
    expect(criterionPoints(r, scoreOf(r, { a: true }))).toEqual([4, 0, 2, 4, 6, 2, 0, 5, 0]);
  });

  it('finds a criterion listed out of order by its id; one it does not list stays NaN', () => {
    const res = scoreOf(r, { a: true, n: 2 });
    const [cx, cy] = res.sections[0]!.criteria;
    const shuffled: CommunityResult = {
      ...res,
      sections: [
        { ...res.sections[0]!, criteria: [cy!, cx!] },
        { ...res.sections[1]!, criteria: [{ ...res.sections[1]!.criteria[0]!, id: 'gone' }] },
      ],
    };
    expect(criterionPoints(r, shuffled)).toEqual([4, 4, Number.NaN, 4, 6, Number.NaN, 0, 1, Number.NaN]);
  });
});
