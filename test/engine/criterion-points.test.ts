/**
 * Criterion points as a batch keeps them for its results file (keepPoints): every value read back
 * exactly as made, in 4 bytes where a chunk's numbers are all float32s and in 8 where one is not,
 * and a criterion with no value (NaN) read back as none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepPoints, keptPoints, pointOf } from '../../src/engine/criterion-points.js';

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

  it('keeps halves in 4 bytes and a third in 8', () => {
    expect(keptPoints([1.5, 2, 1]).block.nums).toBeInstanceOf(Float32Array);
    const third = keptPoints([1 / 3, 2, 1]);
    expect(third.block.nums).toBeInstanceOf(Float64Array);
    expect(pointOf(third, 0, 0)).toBe(1 / 3);
    expect(pointOf(keptPoints([1, 2, Number.NaN]), 2, 0)).toBeNaN();
  });
});
