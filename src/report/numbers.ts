/** Numbers as people write them on scoring sheets: at most two decimals, units attached. */
import type { MetricType } from '../model/figures.js';

export function num(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

export function withUnit(x: number, unit: MetricType | undefined): string {
  switch (unit) {
    case 'area':
      return `${num(x)} m²`;
    case 'rate':
      return `${num(x * 100)}%`;
    case 'count':
      return num(x, 0) === String(x) ? String(x) : num(x);
    default:
      return num(x);
  }
}
