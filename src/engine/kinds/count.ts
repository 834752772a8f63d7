/** Count of sub-items met, with point bands (3 met → 3 points, 2 → 2 …) or proportional points. */
import { figureValue, satisfies } from '../bounds.js';
import type { Shortfall } from '../result.js';
import { defineKind, noData } from './kind.js';
import { boundShortfall, facilityShortfall, maskedShortfall, readMetric } from './read.js';

export const count = defineKind({
  kind: 'count',
  uses: (c) =>
    c.items.map((i) =>
      i.type === 'facility' ? { facility: i.facility, area: i.minArea !== undefined } : { metric: i.metric },
    ),
  evaluate(c, a, rubric) {
    const missing: Shortfall[] = [];
    const unmet: Shortfall[] = [];
    let met = 0;
    for (const item of c.items) {
      if (item.type === 'facility') {
        if (!a.facilities) {
          missing.push({ code: 'shortfall.no-facilities', params: {} });
          continue;
        }
        if (item.minArea && 'masked' in item.minArea) {
          missing.push({ code: 'shortfall.figure-masked', params: { raw: item.minArea.masked } });
          continue;
        }
        const s = facilityShortfall(a, item.facility, item.minArea && figureValue(item.minArea));
        if (s) unmet.push(s);
        else met++;
        continue;
      }
      const r = readMetric(a, item.metric);
      if (!r.ok) {
        missing.push(r.shortfall);
        continue;
      }
      if (item.bound) {
        const masked = maskedShortfall(item.bound);
        if (masked) {
          missing.push(masked);
          continue;
        }
        if (typeof r.value === 'number' && satisfies(r.value, item.bound)) met++;
        else if (typeof r.value === 'number')
          unmet.push(boundShortfall(item.metric, r.value, item.bound, rubric));
      } else if (r.value === (item.expect ?? true)) met++;
      else
        unmet.push({
          code: item.expect === false ? 'shortfall.flag-present' : 'shortfall.flag-missing',
          params: { metric: item.metric },
        });
    }
    if (missing.length) return noData(missing);
    const n = c.items.length;
    const earned = c.bands
      ? (c.bands.find((b) => b.met <= met)?.points ?? 0)
      : n === 0
        ? 0
        : (c.points * met) / n;
    const shortfalls: Shortfall[] = [{ code: 'shortfall.items-met', params: { met, total: n } }, ...unmet];
    // Status follows the items (2 of 3 is partial whatever a band pays); points follow the bands.
    return {
      status: met === n ? 'met' : met === 0 ? 'unmet' : 'partial',
      earned,
      shortfalls: met === n ? [] : shortfalls,
    };
  },
});
