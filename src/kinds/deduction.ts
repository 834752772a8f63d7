/** Deductions: start from the points, take off per occurrence or by band; never below 0. */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import { type Finding, finding } from '../model/finding.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { covers, satisfies } from './bounds.js';
import type { RuleDescription } from './describe.js';
import { type KindDef, noData, statusOf } from './kind.js';
import { maskedShortfall, NUMERIC, readNumber } from './read.js';

export interface DeductionCriterion extends CriterionBase {
  kind: 'deduction';
  metric: string;
  perOccurrence?: number;
  bands?: { bound: Bound; deduct: number }[];
}

const DeductionBand = z.object({ ...BoundFields, deduct: z.number().min(0) }).strict();

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('deduction'),
    metric: IdSchema,
    'per-occurrence': z.number().positive().optional(),
    bands: z.array(DeductionBand).min(1).optional(),
  })
  .strict();

export const deduction: KindDef<DeductionCriterion, typeof schema> = {
  kind: 'deduction',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], NUMERIC);
    if (!m) return undefined;
    if ((c['per-occurrence'] === undefined) === (c.bands === undefined)) {
      ctx.report(finding('rubric.deduction-rule', 'error', {}, path));
      return undefined;
    }
    const bands = c.bands?.map((b, i) => ({
      bound: ctx.bound(b, m.type, [...path, 'bands', i]),
      deduct: b.deduct,
    }));
    if (bands?.some((b) => !b.bound)) return undefined;
    return {
      ...base,
      kind: 'deduction',
      metric: c.metric,
      ...(c['per-occurrence'] !== undefined ? { perOccurrence: c['per-occurrence'] } : {}),
      ...(bands ? { bands: bands as { bound: Bound; deduct: number }[] } : {}),
    };
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a, rubric) {
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    let deducted = 0;
    if (c.perOccurrence !== undefined) deducted = v.value * c.perOccurrence;
    else if (c.bands) {
      for (const b of c.bands) {
        const masked = maskedShortfall(b.bound);
        if (masked) return noData([masked]);
      }
      deducted = c.bands.find((b) => satisfies(v.value, b.bound))?.deduct ?? 0;
    }
    const earned = Math.max(0, c.points - deducted);
    if (deducted <= 0) return { status: 'met', earned, shortfalls: [] };
    const code = 'shortfall.deducted';
    const params = { metric: c.metric, actual: v.value, deducted: Math.min(deducted, c.points) };
    const unit = rubric.metrics[c.metric]?.type;
    return {
      status: statusOf(earned, c.points),
      earned,
      shortfalls: [unit ? { code, params, unit } : { code, params }],
    };
  },
  describe(c, rubric): RuleDescription {
    const type = rubric.metrics[c.metric]?.type;
    return c.perOccurrence !== undefined
      ? {
          code: 'authoring.rule.deduction-each',
          params: { metric: { metric: c.metric }, deduct: { number: c.perOccurrence } },
        }
      : {
          code: 'authoring.rule.deduction-bands',
          params: {
            metric: { metric: c.metric },
            bands: {
              join: (c.bands ?? []).map((b) => ({
                concat: [{ bound: b.bound, type }, ' −', { number: b.deduct }],
              })),
              sep: 'comma',
            },
          },
        };
  },
  lint(c, built, path) {
    const out: Finding[] = [];
    const each = c['per-occurrence'];
    if (each !== undefined && each > c.points)
      out.push(
        finding('lint.deduction-above-points', 'warning', { deduct: each, points: c.points }, [
          ...path,
          'per-occurrence',
        ]),
      );
    // Bands are tried in order and the first that holds counts, so a later band can overlap an
    // earlier one on purpose (at most 60%, then less than 80%); but one that lies wholly
    // inside an earlier band never applies (usually the two were written the other way round).
    if (built?.bands)
      built.bands.forEach((b, bi) => {
        const earlier = built.bands!.findIndex((o, oi) => oi < bi && covers(o.bound, b.bound));
        if (earlier >= 0)
          out.push(
            finding('lint.band-shadowed', 'warning', { first: earlier + 1, second: bi + 1 }, [
              ...path,
              'bands',
              bi,
            ]),
          );
      });
    c.bands?.forEach((b, bi) => {
      if (b.deduct > c.points)
        out.push(
          finding('lint.deduction-above-points', 'warning', { deduct: b.deduct, points: c.points }, [
            ...path,
            'bands',
            bi,
            'deduct',
          ]),
        );
    });
    return out;
  },
  subject: (c) => c.metric,
  listsItems: false,
  editor: {
    override: { metric: IdSchema, bands: { each: DeductionBand }, 'per-occurrence': z.number().positive() },
  },
};
