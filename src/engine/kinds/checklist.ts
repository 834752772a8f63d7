/** Checklist: named facilities present, each optionally at least so large; proportional or all-or-nothing. */
import { figureValue } from '../bounds.js';
import type { Shortfall } from '../result.js';
import { defineKind, noData } from './kind.js';
import { facilityShortfall } from './read.js';

export const checklist = defineKind({
  kind: 'checklist',
  uses: (c) => c.items.map((i) => ({ facility: i.facility, area: i.minArea !== undefined })),
  evaluate(c, a) {
    if (!a.facilities) return noData([{ code: 'shortfall.no-facilities', params: {} }]);
    const masked = c.items.find((i) => i.minArea && 'masked' in i.minArea);
    if (masked?.minArea && 'masked' in masked.minArea)
      return noData([{ code: 'shortfall.figure-masked', params: { raw: masked.minArea.masked } }]);
    const shortfalls: Shortfall[] = [];
    let met = 0;
    for (const item of c.items) {
      const s = facilityShortfall(a, item.facility, item.minArea && figureValue(item.minArea), item.minCount);
      if (s) shortfalls.push(s);
      else met++;
    }
    const n = c.items.length;
    const earned = c.scoring === 'all' ? (met === n ? c.points : 0) : n === 0 ? 0 : (c.points * met) / n;
    const status = met === n ? 'met' : c.scoring === 'all' || met === 0 ? 'unmet' : 'partial';
    return { status, earned, shortfalls };
  },
});
