/** Count of sub-items met, with point bands (3 met → 3 points, 2 → 2 …) or proportional points. */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, FigureSchema, IdSchema } from '../model/criterion-schema.js';
import { type Finding, finding } from '../model/finding.js';
import type { Bound, CriterionBase, Figure } from '../model/rubric.js';
import { figureValue, satisfies } from './bounds.js';
import type { Piece } from './describe.js';
import { type KindDef, noData } from './kind.js';
import { boundShortfall, facilityShortfall, maskedShortfall, readMetric } from './read.js';
import type { Shortfall } from './shortfall.js';

export type Condition =
  | { type: 'facility'; facility: string; minArea?: Figure }
  | { type: 'metric'; metric: string; bound?: Bound; expect?: boolean };

export interface CountCriterion extends CriterionBase {
  kind: 'count';
  items: Condition[];
  bands?: { met: number; points: number }[];
}

export const ConditionSchema = z.union([
  IdSchema,
  z.object({ facility: IdSchema, 'min-area': FigureSchema.optional() }).strict(),
  z.object({ metric: IdSchema, ...BoundFields, expect: z.boolean().optional() }).strict(),
]);

const CountBand = z.object({ met: z.number().int().min(0), points: z.number().min(0) }).strict();

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('count'),
    items: z.array(ConditionSchema).min(1),
    bands: z.array(CountBand).min(1).optional(),
  })
  .strict();

export const count: KindDef<CountCriterion, typeof schema> = {
  kind: 'count',
  schema,
  build(c, base, path, ctx) {
    const items: Condition[] = [];
    c.items.forEach((it, i) => {
      const ip = [...path, 'items', i];
      if (typeof it === 'string') {
        if (Object.hasOwn(ctx.metrics, it)) {
          if (ctx.metric(it, ip, ['flag'])) items.push({ type: 'metric', metric: it, expect: true });
        } else if (ctx.facility(it, ip)) items.push({ type: 'facility', facility: it });
      } else if ('facility' in it) {
        if (!ctx.facility(it.facility, ip)) return;
        const cond: Condition = { type: 'facility', facility: it.facility };
        if (it['min-area'] !== undefined) {
          const f = ctx.figure(it['min-area'], 'area', [...ip, 'min-area']);
          if (f) cond.minArea = f;
        }
        items.push(cond);
      } else {
        // A grade is no number: a bound on it could never be met.
        const m = ctx.metric(it.metric, [...ip, 'metric'], ['flag', 'area', 'count', 'rate', 'number']);
        if (!m) return;
        if (m.type === 'flag') items.push({ type: 'metric', metric: it.metric, expect: it.expect ?? true });
        else {
          const bound = ctx.bound(it, m.type, ip);
          if (bound) items.push({ type: 'metric', metric: it.metric, bound });
        }
      }
    });
    c.bands?.forEach((b, i) => {
      if (b.points > c.points)
        ctx.report(
          finding('rubric.band-above-points', 'error', { points: b.points, max: c.points }, [
            ...path,
            'bands',
            i,
            'points',
          ]),
        );
      if (b.met > c.items.length)
        ctx.report(
          finding('rubric.band-above-items', 'error', { met: b.met, items: c.items.length }, [
            ...path,
            'bands',
            i,
            'met',
          ]),
        );
    });
    return {
      ...base,
      kind: 'count',
      items,
      ...(c.bands ? { bands: [...c.bands].sort((a, b) => b.met - a.met) } : {}),
    };
  },
  uses: (c) =>
    c.items.map((i) =>
      i.type === 'facility' ? { facility: i.facility, area: i.minArea !== undefined } : { metric: i.metric },
    ),
  // A bare name may be a flag metric or a facility: it counts as naming both.
  names(c) {
    const out: { metrics: string[]; facilities: string[] } = { metrics: [], facilities: [] };
    for (const it of c.items) {
      if (typeof it === 'string') {
        out.metrics.push(it);
        out.facilities.push(it);
      } else if ('facility' in it) out.facilities.push(it.facility);
      else out.metrics.push(it.metric);
    }
    return out;
  },
  max: (c) => c.points,
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
  describe(c, rubric) {
    const type = (id: string) => rubric.metrics[id]?.type;
    const item = (it: Condition): Piece =>
      it.type === 'facility'
        ? {
            concat: [
              { facility: it.facility },
              it.minArea ? { concat: [' ≥ ', { figure: it.minArea, type: 'area' }] } : '',
            ],
          }
        : {
            concat: [
              { metric: it.metric },
              it.bound ? { concat: [' ', { bound: it.bound, type: type(it.metric) }] } : '',
            ],
          };
    return {
      code: 'authoring.rule.count',
      params: {
        count: String(c.items.length),
        items: { join: c.items.map(item), sep: 'list' },
        bands: c.bands
          ? {
              join: c.bands.map((b) => ({ concat: [String(b.met), '→', { number: b.points }] })),
              sep: 'comma',
            }
          : '',
      },
    };
  },
  lint(c, _built, path) {
    const out: Finding[] = [];
    c.bands?.forEach((b, bi) => {
      const lower = c.bands!.find((o) => o.met < b.met && o.points > b.points);
      if (lower)
        out.push(finding('lint.band-order', 'warning', { met: b.met }, [...path, 'bands', bi, 'points']));
    });
    return out;
  },
  subject: () => undefined,
  listsItems: true,
  editor: {
    override: { items: { each: ConditionSchema }, bands: { each: CountBand } },
    defs: { Condition: ConditionSchema },
  },
};
