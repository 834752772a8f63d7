/**
 * Ratio per size: a value per N of a size (≥ 30 m² per 100 households). Compared as
 * value ≥ figure × size ÷ N, so the shortfall reads "needs 900 m² for 3000 households". Each side
 * is a metric, or a facility kind's summed area or count (model/ratio-source.ts).
 */
import type { Assessment } from '../../model/assessment.js';
import { type RatioSource, ratioSourceId, ratioSourceType } from '../../model/ratio-source.js';
import { clean, figureValue, satisfies } from '../bounds.js';
import { defineKind, noData } from './kind.js';
import { maskedShortfall, type Read, readNumber } from './read.js';

/** A side of the ratio: the metric's value, or the facility's count or summed area (none is 0). */
function readSource(a: Assessment, s: RatioSource, needed?: () => number): Read<number> {
  if ('metric' in s) return readNumber(a, s.metric);
  if (!a.facilities) return { ok: false, shortfall: { code: 'shortfall.no-facilities', params: {} } };
  const rep = Object.hasOwn(a.facilities, s.facility) ? a.facilities[s.facility] : undefined;
  if (!rep || rep.count === 0) return { ok: true, value: 0 };
  if (s.measure === 'count') return { ok: true, value: rep.count };
  if (rep.area !== undefined) return { ok: true, value: clean(rep.area) };
  if (!needed)
    return {
      ok: false,
      shortfall: { code: 'shortfall.facility-area-none', params: { facility: s.facility } },
    };
  return {
    ok: false,
    shortfall: {
      code: 'shortfall.facility-area-unknown',
      params: { facility: s.facility, needed: clean(needed()) },
      unit: 'area',
    },
  };
}

export const ratio = defineKind({
  kind: 'ratio',
  uses: (c) =>
    [c as RatioSource, c.per].map((s, i) =>
      'metric' in s
        ? i === 0
          ? { metric: s.metric }
          : { metric: s.metric, per: true as const }
        : { facility: s.facility, area: s.measure === 'area' },
    ),
  evaluate(c, a, rubric) {
    const masked = maskedShortfall(c.bound);
    if (masked) return noData([masked]);
    // The value is read first, so that its problem is the one reported (as it always was).
    const size = readSource(a, c.per);
    const rate = figureValue(c.bound.value)!;
    const known = size.ok && size.value > 0 ? size.value : undefined;
    const v = readSource(a, c, known === undefined ? undefined : () => (rate * known) / c.per.every);
    if (!v.ok) return noData([v.shortfall]);
    if (!size.ok) return noData([size.shortfall]);
    const perId = ratioSourceId(c.per);
    if (size.value <= 0) return noData([{ code: 'shortfall.per-zero', params: { metric: perId } }]);
    const scale = size.value / c.per.every;
    if (satisfies(v.value, c.bound, scale)) return { status: 'met', earned: c.points, shortfalls: [] };
    // Facilities come whole: 6.5 fitness points for 6500 residents means 7.
    const whole = 'facility' in c && c.measure === 'count';
    const needed = !whole
      ? rate * scale
      : c.bound.op === 'at-least'
        ? Math.ceil(rate * scale - 1e-9)
        : c.bound.op === 'more-than'
          ? Math.floor(rate * scale + 1e-9) + 1
          : rate * scale;
    const code =
      c.bound.op === 'at-least' || c.bound.op === 'more-than'
        ? 'shortfall.ratio-below'
        : c.bound.op === 'between'
          ? 'shortfall.ratio-outside'
          : 'shortfall.ratio-above';
    const gap = code === 'shortfall.ratio-above' ? v.value - needed : needed - v.value;
    const params = {
      metric: ratioSourceId(c),
      actual: v.value,
      per: perId,
      size: size.value,
      every: c.per.every,
      rate,
      needed: clean(needed),
      gap: clean(Math.max(0, gap)),
    };
    const unit = ratioSourceType(c, rubric.metrics);
    return { status: 'unmet', earned: 0, shortfalls: [unit ? { code, params, unit } : { code, params }] };
  },
});
