/** Checklist: named facilities present, each optionally at least so large; proportional or all-or-nothing. */
import { z } from 'zod';
import { CriterionBaseFields, FigureSchema, IdSchema } from '../model/criterion-schema.js';
import type { CriterionBase, Figure } from '../model/rubric.js';
import { figureValue } from './bounds.js';
import { type KindDef, noData } from './kind.js';
import { facilityShortfall } from './read.js';
import type { Shortfall } from './shortfall.js';

export interface ChecklistItem {
  facility: string;
  minArea?: Figure;
  minCount?: number;
}

export interface ChecklistCriterion extends CriterionBase {
  kind: 'checklist';
  items: ChecklistItem[];
  scoring: 'proportional' | 'all';
}

export const ChecklistItemSchema = z.union([
  IdSchema,
  z
    .object({
      facility: IdSchema,
      'min-area': FigureSchema.optional(),
      'min-count': z.number().int().min(1).optional(),
    })
    .strict(),
]);

const scoring = z.enum(['proportional', 'all']);

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('checklist'),
    items: z.array(ChecklistItemSchema).min(1),
    scoring: scoring.default('proportional'),
  })
  .strict();

export const checklist: KindDef<ChecklistCriterion, typeof schema> = {
  kind: 'checklist',
  schema,
  build(c, base, path, ctx) {
    const items: ChecklistItem[] = [];
    c.items.forEach((it, i) => {
      const ip = [...path, 'items', i];
      const item = typeof it === 'string' ? { facility: it } : it;
      if (!ctx.facility(item.facility, ip)) return;
      const out: ChecklistItem = { facility: item.facility };
      if ('min-area' in item && item['min-area'] !== undefined) {
        const f = ctx.figure(item['min-area'], 'area', [...ip, 'min-area']);
        if (f) out.minArea = f;
      }
      if ('min-count' in item && item['min-count'] !== undefined) out.minCount = item['min-count'];
      items.push(out);
    });
    return { ...base, kind: 'checklist', items, scoring: c.scoring };
  },
  uses: (c) => c.items.map((i) => ({ facility: i.facility, area: i.minArea !== undefined })),
  // A bare name is a facility; lint has always counted it against the metrics too.
  names: (c) => {
    const ids = c.items.map((it) => (typeof it === 'string' ? it : it.facility));
    return { metrics: c.items.filter((it) => typeof it === 'string'), facilities: ids };
  },
  max: (c) => c.points,
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
  describe: (c) => ({
    code: 'authoring.rule.checklist',
    params: {
      count: String(c.items.length),
      scoring: { word: `authoring.scoring.${c.scoring}` },
      items: {
        join: c.items.map((it) =>
          it.minArea
            ? {
                rule: {
                  code: 'authoring.rule.min-area',
                  params: { facility: { facility: it.facility }, area: { figure: it.minArea, type: 'area' } },
                },
              }
            : { concat: [{ facility: it.facility }, it.minCount ? ` ×${it.minCount}` : ''] },
        ),
        sep: 'list',
      },
    },
  }),
  lint: () => [],
  subject: () => undefined,
  listsItems: true,
  editor: {
    override: { items: { each: ChecklistItemSchema }, scoring },
    defs: { ChecklistItem: ChecklistItemSchema },
  },
};
