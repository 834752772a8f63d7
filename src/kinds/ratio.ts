/**
 * Ratio per size: a value per N of a size (≥ 30 m² per 100 households). Compared as
 * value ≥ figure × size ÷ N, so the shortfall reads "needs 900 m² for 3000 households". Each side
 * is a metric, or a facility kind's summed area or count (model/ratio-source.ts).
 */
import { z } from 'zod';
import type { Assessment } from '../model/assessment.js';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import type { MetricType } from '../model/figures.js';
import type { Path } from '../model/finding.js';
import {
  type RatioSource,
  RatioSourceFields,
  ratioSourceId,
  ratioSourceKey,
  ratioSourceType,
  rawRatioNames,
  readRatioSource,
} from '../model/ratio-source.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { clean, figureValue, satisfies } from './bounds.js';
import type { Piece } from './describe.js';
import { type BuildContext, type KindDef, noData } from './kind.js';
import { maskedShortfall, NUMERIC, type Read, readNumber } from './read.js';

/**
 * The value's source is written into the criterion itself (`metric`, or `facility` and `measure`),
 * so that a metric ratio keeps the shape (and the rubric its sha256) it always had.
 */
export type RatioCriterion = CriterionBase &
  RatioSource & { kind: 'ratio'; per: RatioSource & { every: number }; bound: Bound };

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('ratio'),
    ...RatioSourceFields,
    per: z.object({ ...RatioSourceFields, every: z.number().positive().default(1) }).strict(),
    ...BoundFields,
  })
  .strict();

/** A side as written, checked against the rubric's metrics and facilities. */
function buildSide(
  raw: Parameters<typeof readRatioSource>[0],
  at: Path,
  allowed: readonly MetricType[],
  ctx: BuildContext,
): RatioSource | undefined {
  const s = readRatioSource(raw, at);
  if ('code' in s) return void ctx.report(s);
  const ok =
    'metric' in s
      ? ctx.metric(s.metric, [...at, 'metric'], allowed)
      : ctx.facility(s.facility, [...at, ratioSourceKey(s)]);
  return ok ? s : undefined;
}

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

/** The value's side of a built ratio, as a source of its own. */
const sourceOf = (c: RatioCriterion): RatioSource =>
  'metric' in c ? { metric: c.metric } : { facility: c.facility, measure: c.measure };

/** A side as a piece of the description: the metric, or 活动室面积 / 健身点数量. */
const sourcePiece = (s: RatioSource): Piece =>
  'metric' in s ? { metric: s.metric } : { facility: s.facility, measure: s.measure };

// The editor schema's override fields are optional already: the ids themselves, as other kinds give them.
const optionalSourceFields = { metric: IdSchema, 'facility-area': IdSchema, 'facility-count': IdSchema };

export const ratio: KindDef<RatioCriterion, typeof schema> = {
  kind: 'ratio',
  schema,
  build(c, base, path, ctx) {
    // Each side a metric, or a facility's area or count (ratio-source.ts).
    const value = buildSide(c, path, NUMERIC, ctx);
    const per = buildSide(c.per, [...path, 'per'], ['count', 'number', 'area'], ctx);
    const type = value && ratioSourceType(value, ctx.metrics);
    const bound = type && ctx.bound(c, type === 'rate' ? 'number' : type, path);
    return value && per && bound
      ? { ...base, kind: 'ratio', ...value, per: { ...per, every: c.per.every }, bound }
      : undefined;
  },
  uses: (c) =>
    [sourceOf(c), c.per].map((s, i) =>
      'metric' in s
        ? i === 0
          ? { metric: s.metric }
          : { metric: s.metric, per: true as const }
        : { facility: s.facility, area: s.measure === 'area' },
    ),
  names: (c) => rawRatioNames(c),
  max: (c) => c.points,
  evaluate(c, a, rubric) {
    const masked = maskedShortfall(c.bound);
    if (masked) return noData([masked]);
    // The value is read first, so that its problem is the one reported (as it always was).
    const size = readSource(a, c.per);
    const rate = figureValue(c.bound.value)!;
    const known = size.ok && size.value > 0 ? size.value : undefined;
    const v = readSource(
      a,
      sourceOf(c),
      known === undefined ? undefined : () => (rate * known) / c.per.every,
    );
    if (!v.ok) return noData([v.shortfall]);
    if (!size.ok) return noData([size.shortfall]);
    const perId = ratioSourceId(c.per);
    if (size.value <= 0) return noData([{ code: 'shortfall.per-zero', params: { metric: perId } }]);
    const scale = size.value / c.per.every;
    if (satisfies(v.value, c.bound, scale)) return { status: 'met', earned: c.points, shortfalls: [] };
    // Facilities come whole: 6.5 fitness points for 6500 residents means 7.
    const value = sourceOf(c);
    const whole = 'facility' in value && value.measure === 'count';
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
      metric: ratioSourceId(value),
      actual: v.value,
      per: perId,
      size: size.value,
      every: c.per.every,
      rate,
      needed: clean(needed),
      gap: clean(Math.max(0, gap)),
    };
    const unit = ratioSourceType(value, rubric.metrics);
    return { status: 'unmet', earned: 0, shortfalls: [unit ? { code, params, unit } : { code, params }] };
  },
  describe(c, rubric) {
    const type = ratioSourceType(sourceOf(c), rubric.metrics);
    return {
      code: 'authoring.rule.ratio',
      params: {
        metric: sourcePiece(sourceOf(c)),
        per: sourcePiece(c.per),
        every: { number: c.per.every },
        // A rate per N households is a plain number per N, not a percentage.
        bound: { bound: c.bound, type: type === 'rate' ? 'number' : type },
      },
    };
  },
  lint: () => [],
  subject: () => undefined,
  listsItems: false,
  editor: {
    override: {
      ...optionalSourceFields,
      // Inside `per` nothing else makes them optional: an override may change one source, or only every.
      per: z.object({ ...RatioSourceFields, every: z.number().positive().optional() }).strict(),
      ...BoundFields,
    },
  },
};
