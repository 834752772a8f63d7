/** Comparisons with the legal wording's bounds: 以上/不低于 include the figure, 超过/低于 exclude it. */
import type { Bound, Figure } from '../model/rubric.js';

/** Tolerance for comparing decimals, so that 0.85 reads as exactly 85%. */
export const EPS = 1e-9;

export function figureValue(f: Figure): number | undefined {
  return 'value' in f ? f.value : undefined;
}

export function boundIsMasked(b: Bound): string | undefined {
  if ('masked' in b.value) return b.value.masked;
  if (b.upper && 'masked' in b.upper) return b.upper.masked;
  return undefined;
}

const tol = (x: number) => EPS * Math.max(1, Math.abs(x));

/** `v` ≥ `x`, within the tolerance: the `at-least` bound (以上, 不低于). */
export function atLeast(v: number, x: number): boolean {
  return v >= x - tol(x);
}

/** Whether `v` satisfies a bound whose figures are set (call boundIsMasked first). */
export function satisfies(v: number, b: Bound, scale = 1): boolean {
  const x = figureValue(b.value)! * scale;
  switch (b.op) {
    case 'at-least':
      return atLeast(v, x);
    case 'more-than':
      return v > x + tol(x);
    case 'at-most':
      return v <= x + tol(x);
    case 'less-than':
      return v < x - tol(x);
    case 'between': {
      const hi = figureValue(b.upper!)! * scale;
      return v >= x - tol(x) && v <= hi + tol(hi);
    }
  }
}

/** Rounds away binary noise (0.1 + 0.2) without hiding any real difference in points. */
export function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The numbers a bound admits, as an interval with its ends included or not; none if masked. */
function interval(b: Bound): { lo: number; loIn: boolean; hi: number; hiIn: boolean } | undefined {
  if (!('value' in b.value)) return undefined;
  const v = b.value.value;
  switch (b.op) {
    case 'at-least':
      return { lo: v, loIn: true, hi: Number.POSITIVE_INFINITY, hiIn: false };
    case 'more-than':
      return { lo: v, loIn: false, hi: Number.POSITIVE_INFINITY, hiIn: false };
    case 'at-most':
      return { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: v, hiIn: true };
    case 'less-than':
      return { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: v, hiIn: false };
    case 'between':
      return b.upper && 'value' in b.upper ? { lo: v, loIn: true, hi: b.upper.value, hiIn: true } : undefined;
  }
}

/** Whether every figure that satisfies `inner` satisfies `outer` too. */
export function covers(outer: Bound, inner: Bound): boolean {
  const x = interval(outer);
  const y = interval(inner);
  if (!x || !y) return false;
  const fromBelow = x.lo < y.lo || (x.lo === y.lo && (x.loIn || !y.loIn));
  const toAbove = y.hi < x.hi || (y.hi === x.hi && (x.hiIn || !y.hiIn));
  return fromBelow && toAbove;
}
