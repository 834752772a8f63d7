/**
 * How a chunk's kept criterion points are laid out (criterion-points.ts keeps them so), read
 * without the rest of the engine: the Parquet results are written from these blocks on a thread
 * of their own (src/report/results/encode-parquet.ts), which loads only what it reads.
 *
 * A block holds its communities one after another: for a community of `n` criteria at `at`,
 * earned at nums[2·at .. 2·at + n), possible at nums[2·at + n .. 2·at + 2n), and each status, an
 * index into STATUSES, at statuses[at .. at + n) (NO_STATUS: none). With `halves`, each number is
 * kept doubled in a byte (NO_HALF: none): points are whole or halves, and small, nearly always.
 */
export interface PointsBlock {
  nums: Uint8Array | Float32Array | Float64Array;
  statuses: Uint8Array;
  halves?: true;
}

export const NO_STATUS = 255;
export const NO_HALF = 255;
/** The greatest number a block of halves keeps (doubled, 254: one byte, and NO_HALF free). */
export const HALVES_MAX = 127;

/**
 * A kept value of the community at `at` (of `n` criteria), at the criterion's place `i` in the
 * rubric's order: `part` 0 earned, 1 possible, 2 status (an index into STATUSES); NaN for none.
 */
export function pointAt(block: PointsBlock, at: number, n: number, part: 0 | 1 | 2, i: number): number {
  if (part === 2) {
    const s = block.statuses[at + i]!;
    return s === NO_STATUS ? Number.NaN : s;
  }
  const v = block.nums[2 * at + part * n + i]!;
  if (!block.halves) return v;
  return v === NO_HALF ? Number.NaN : v / 2;
}
