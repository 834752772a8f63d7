/**
 * How a chunk's kept criterion points are laid out (criterion-points.ts keeps them so), read
 * without the rest of the engine: the Parquet results are written from these blocks on a thread
 * of their own (src/report/results/encode-parquet.ts), which loads only what it reads.
 *
 * A block holds its communities one after another: for a community of `n` criteria at `at`,
 * earned at nums[2·at .. 2·at + n), possible at nums[2·at + n .. 2·at + 2n), and each status, an
 * index into STATUSES, at statuses[at .. at + n) (NO_STATUS: none).
 */
export interface PointsBlock {
  nums: Float32Array | Float64Array;
  statuses: Uint8Array;
}

export const NO_STATUS = 255;

/**
 * A kept value of the community at `at` (of `n` criteria), at the criterion's place `i` in the
 * rubric's order: `part` 0 earned, 1 possible, 2 status (an index into STATUSES); NaN for none.
 */
export function pointAt(block: PointsBlock, at: number, n: number, part: 0 | 1 | 2, i: number): number {
  if (part === 2) {
    const s = block.statuses[at + i]!;
    return s === NO_STATUS ? Number.NaN : s;
  }
  return block.nums[2 * at + part * n + i]!;
}
