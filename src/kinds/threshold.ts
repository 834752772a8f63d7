/**
 * Threshold: one metric against a bound (at-least, more-than, at-most, less-than, between); all or
 * nothing. With `by-type`, each kind of community has its own bound (004: 老城区 2000–2500户,
 * 新村小区 2500–3000户), read against the type the self-assessment gives (`community.type`).
 */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { satisfies } from './bounds.js';
import type { Piece } from './describe.js';
import { type KindDef, noData } from './kind.js';
import { boundShortfall, maskedShortfall, NUMERIC, readNumber } from './read.js';
import type { Shortfall } from './shortfall.js';

export type ThresholdCriterion = CriterionBase & {
  kind: 'threshold';
  metric: string;
} & ({ bound: Bound; byType?: undefined } | { bound?: undefined; byType: Record<string, Bound> });

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('threshold'),
    metric: IdSchema,
    ...BoundFields,
    /** A bound per community type (the rubric's `community-types`), instead of one for all. */
    'by-type': z.record(IdSchema, z.object(BoundFields).strict()).optional(),
  })
  .strict();

const BOUND_KEYS = ['at-least', 'more-than', 'at-most', 'less-than', 'between'] as const;

/** The bound a community is held to: the criterion's, or its type's; else why there is none. */
function boundFor(
  c: ThresholdCriterion,
  type: string | undefined,
): { ok: true; bound: Bound } | { ok: false; shortfall: Shortfall } {
  if (c.bound) return { ok: true, bound: c.bound };
  if (type === undefined)
    return { ok: false, shortfall: { code: 'shortfall.community-type-missing', params: {} } };
  const b = Object.hasOwn(c.byType, type) ? c.byType[type] : undefined;
  return b
    ? { ok: true, bound: b }
    : { ok: false, shortfall: { code: 'shortfall.community-type-no-bound', params: { type } } };
}

export const threshold: KindDef<ThresholdCriterion, typeof schema> = {
  kind: 'threshold',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], NUMERIC);
    const byType = c['by-type'];
    if (!byType) {
      const bound = m && ctx.bound(c, m.type, path);
      return m && bound ? { ...base, kind: 'threshold', metric: c.metric, bound } : undefined;
    }
    if (BOUND_KEYS.some((k) => c[k] !== undefined)) {
      ctx.report({
        code: 'rubric.by-type-and-bound',
        severity: 'error',
        params: {},
        path: [...path, 'by-type'],
      });
      return undefined;
    }
    if (!m) return undefined;
    const bounds: Record<string, Bound> = {};
    let ok = true;
    for (const [type, raw] of Object.entries(byType)) {
      const at = [...path, 'by-type', type];
      const known = ctx.communityType(type, at);
      const bound = ctx.bound(raw, m.type, at);
      if (known && bound) bounds[type] = bound;
      else ok = false;
    }
    return ok ? { ...base, kind: 'threshold', metric: c.metric, byType: bounds } : undefined;
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a, rubric) {
    const b = boundFor(c, a.entity.type);
    if (!b.ok) return noData([b.shortfall]);
    const masked = maskedShortfall(b.bound);
    if (masked) return noData([masked]);
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    if (satisfies(v.value, b.bound)) return { status: 'met', earned: c.points, shortfalls: [] };
    return { status: 'unmet', earned: 0, shortfalls: [boundShortfall(c.metric, v.value, b.bound, rubric)] };
  },
  describe: (c, rubric) => {
    const type = rubric.metrics[c.metric]?.type;
    const bound: Piece = c.bound
      ? { bound: c.bound, type }
      : {
          join: Object.entries(c.byType).map(([t, b]) => ({
            concat: [{ communityType: t }, ' ', { bound: b, type }],
          })),
          sep: 'list',
        };
    return { code: 'authoring.rule.threshold', params: { metric: { metric: c.metric }, bound } };
  },
  lint: () => [],
  subject: (c) => c.metric,
  listsItems: false,
  editor: {
    override: {
      metric: IdSchema,
      ...BoundFields,
      'by-type': z.record(IdSchema, z.object(BoundFields).strict()),
    },
  },
};
