/**
 * JSON Schemas for editors (YAML language support reads `# yaml-language-server: $schema=…`):
 * the rubric file format, generated from the zod schemas, and one self-assessment schema per
 * rubric, built from its metrics (names, types, units) and facilities (ids, labels, aliases).
 * Pure: data in, plain JSON objects out.
 */
import { createRequire } from 'node:module';
import * as T2cn from 'opencc-js/t2cn';
import { z } from 'zod';
import type { OverrideField } from '../kinds/kind.js';
import { CRITERION_KIND_IDS, KINDS, usesOf } from '../kinds/registry.js';
import { LEVELS } from './assessment.js';
import { AssessmentFileSchema } from './assessment-schema.js';
import { type ChoiceOption, optionNames } from './choice.js';
import { CostsFileSchema, WaySchema } from './costs-schema.js';
import { EvidenceRequirementSchema } from './evidence.js';
import type { MetricType } from './figures.js';
import { InspectionsFileSchema } from './inspection-schema.js';
import { needsFacilities } from './interpret.js';
import { type Lang, LocalizedSchema, pick } from './localized.js';
import { allCriteria, type Rubric } from './rubric.js';
import {
  CriterionSchema,
  ExemptionSchema,
  FacilitySchema,
  FigureSchema,
  IdSchema,
  MetricSchema,
  QuotaSchema,
  RubricFileSchema,
  SectionSchema,
  SourceSchema,
  TierSchema,
} from './rubric-schema.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
type JsonSchema = Record<string, unknown>;

/**
 * A criterion as a rubric that extends another may write it: the id and only the fields it
 * changes (`{ id: stairwell-lights, at-least: 90% }`).
 */
export const CriterionOverrideSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema.optional(),
    points: z.number().min(0).optional(),
    veto: z.boolean().optional(),
    event: z.boolean().optional(),
    evidence: EvidenceRequirementSchema.optional(),
    source: SourceSchema.optional(),
    note: z.string().optional(),
    ...overrideFields(),
  })
  .strict();

/**
 * The fields the kinds let an override change (each kind's `editor.override`), all optional: a
 * field two kinds share is written once, and two kinds' lists (`items`, `bands`) are a list of either.
 */
function overrideFields(): Record<string, z.ZodType> {
  const byField = new Map<string, OverrideField[]>();
  for (const k of CRITERION_KIND_IDS)
    for (const [field, schema] of Object.entries(KINDS[k].editor.override)) {
      const seen = byField.get(field) ?? [];
      if (!seen.includes(schema)) seen.push(schema);
      byField.set(field, seen);
    }
  const out: Record<string, z.ZodType> = {};
  for (const [field, schemas] of byField) {
    const lists = schemas.flatMap((s) => ('each' in s ? [s.each] : []));
    const plain = schemas.filter((s): s is z.ZodType => !('each' in s));
    if (lists.length && plain.length) throw new Error(`kinds disagree on the override field ${field}`);
    const one =
      lists.length > 0
        ? z.array(lists.length === 1 ? lists[0]! : z.union(lists)).min(1)
        : plain.length === 1
          ? plain[0]!
          : z.union(plain);
    out[field] = one instanceof z.ZodOptional ? one : one.optional();
  }
  return out;
}

/** A rubric that extends another: everything may be inherited, and sections, criteria, tiers and quotas may be partial. */
export const ExtendingRubricFileSchema = RubricFileSchema.extend({
  extends: z.string().min(1),
  title: LocalizedSchema.optional(),
  sections: z
    .array(
      z
        .object({
          id: IdSchema,
          title: LocalizedSchema.optional(),
          weight: z.number().positive().optional(),
          criteria: z.array(z.union([CriterionSchema, CriterionOverrideSchema])).optional(),
        })
        .strict(),
    )
    .optional(),
  tiers: z
    .array(
      z.union([
        TierSchema,
        TierSchema.partial()
          .required({ id: true })
          .extend({ 'min-score': z.number().min(0).optional() }),
      ]),
    )
    .optional(),
  quotas: z
    .array(
      z.union([
        QuotaSchema,
        z
          .object({
            id: IdSchema,
            title: LocalizedSchema.optional(),
            group: QuotaSchema.shape.group.optional(),
            share: QuotaSchema.shape.share.optional(),
            'at-least': FigureSchema.optional(),
            'more-than': FigureSchema.optional(),
            between: QuotaSchema.shape.between,
            'at-least-count': FigureSchema.optional(),
            'at-most-count': FigureSchema.optional(),
            'between-count': QuotaSchema.shape['between-count'],
            source: SourceSchema.optional(),
          })
          .strict(),
      ]),
    )
    .optional(),
});

const DATE_SCHEMA = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

function toJson(
  schema: z.ZodType,
  reused: 'ref' | 'inline' = 'ref',
  metadata?: z.core.$ZodRegistry<{ id: string }>,
): JsonSchema {
  return z.toJSONSchema(schema, {
    ...(metadata ? { metadata } : {}),
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused,
    // YAML dates arrive as strings; a JS Date cannot occur in a parsed file.
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
      if (def?.type === 'date') {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as JsonSchema)[k];
        Object.assign(ctx.jsonSchema, DATE_SCHEMA);
      }
    },
  }) as JsonSchema;
}

/**
 * The parts of a rubric an author looks up by name in an editor: `$defs/Criterion`, not
 * `$defs/__schema14`. Everything else is written in place.
 */
function rubricDefinitions(): z.core.$ZodRegistry<{ id: string }> {
  const names: [z.ZodType, string][] = [
    [IdSchema, 'Id'],
    [LocalizedSchema, 'LocalizedText'],
    [FigureSchema, 'Figure'],
    [SourceSchema, 'Source'],
    [EvidenceRequirementSchema, 'EvidenceRequirement'],
    [FacilitySchema, 'Facility'],
    [MetricSchema, 'Metric'],
    // Named parts of the kinds (ChecklistItem, Condition), in registry order.
    ...CRITERION_KIND_IDS.flatMap((k) =>
      Object.entries(KINDS[k].editor.defs ?? {}).map(([id, schema]): [z.ZodType, string] => [schema, id]),
    ),
    [CriterionSchema, 'Criterion'],
    [CriterionOverrideSchema, 'CriterionOverride'],
    [SectionSchema, 'Section'],
    [TierSchema, 'Tier'],
    [QuotaSchema, 'Quota'],
    [ExemptionSchema, 'Exemption'],
  ];
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  return registry;
}

/** The schema of a rubric file: a complete rubric, or one that extends another. */
export function rubricJsonSchema(): JsonSchema {
  const both = toJson(z.union([ExtendingRubricFileSchema, RubricFileSchema]), 'inline', rubricDefinitions());
  delete both.$schema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: 'https://civscore.invalid/schemas/rubric.schema.json',
    title: 'civscore rubric (评分细则)',
    description:
      'A creation rubric: facilities, metrics, sections of criteria, tiers and quotas. With `extends`, only what changes.',
    ...both,
  };
}

// Value schemas by metric type, matching figures.ts's readers as closely as a pattern can:
// full-width digits, thousands separators (2,400), Chinese numerals (一百五十), 百分之, and a
// full stop typed after the figure.
const DIGIT = '[0-9０-９]';
const NUM = `${DIGIT}[0-9０-９,，]*(?:[.．]${DIGIT}*)?|[.．]${DIGIT}+`;
const CN_NUM = '[零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點]+';
const STOP = '[。．，、；;,]*';
const AREA_UNIT = '(?:[mMｍ](?:2|²|\\^2|２)|sqm|sq\\.?m|平方米|平米|平方|㎡|square met(?:re|er)s)';
const COUNT_UNIT =
  '(?:户|戶|人|个|個|名|处|處|项|項|次|辆|輛|起|间|間|座|支|households?|people|persons?|items?)';
const FLAG_WORDS = [
  'true',
  'yes',
  'y',
  '是',
  '有',
  '达到',
  '達到',
  '已',
  '√',
  '✓',
  'false',
  'no',
  'n',
  '否',
  '无',
  '無',
  '未',
  '没有',
  '沒有',
  '×',
  '✗',
];
/** parseFlag reads words in any case: `Y`, `Yes`, `TRUE`. */
const FLAG_SPELLINGS = [
  ...new Set(FLAG_WORDS.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)])),
];

/** A string of a figure with an optional unit: Arabic or Chinese numerals. */
const figure = (unit: string) => ({
  type: 'string',
  pattern: `^\\s*(?:\\+?(?:${NUM})|${CN_NUM})\\s*${unit}?\\s*${STOP}\\s*$`,
});

/** A metric's value; a choice's, any name of its options (`options`), as choice.ts reads them. */
export function valueSchema(type: MetricType, options: readonly ChoiceOption[] = []): JsonSchema {
  switch (type) {
    case 'choice': {
      const names = options.flatMap(optionNames);
      return { type: 'string', anyOf: [{ enum: names }, { pattern: looseNamePattern(names) }] };
    }
    case 'text':
      return { anyOf: [{ type: 'string', minLength: 1, pattern: '\\S' }, { type: 'number' }] };
    case 'area':
      return { anyOf: [{ type: 'number', minimum: 0 }, figure(AREA_UNIT)] };
    case 'count':
      return { anyOf: [{ type: 'integer', minimum: 0 }, figure(COUNT_UNIT)] };
    case 'rate':
      return {
        anyOf: [
          { type: 'number', minimum: 0, maximum: 1 },
          {
            type: 'string',
            pattern: `^\\s*(?:(?:(?:100|１００)(?:[.．][0０]*)?|${DIGIT}{1,2}(?:[.．]${DIGIT}*)?)\\s*[%％]|[0０]?[.．]${DIGIT}+|[01０１](?:[.．][0０]*)?|百分之(?:${DIGIT}+(?:[.．]${DIGIT}+)?|${CN_NUM}))\\s*${STOP}\\s*$`,
          },
        ],
      };
    case 'flag':
      return { anyOf: [{ type: 'boolean' }, { type: 'string', enum: FLAG_SPELLINGS }] };
    case 'number':
      return { anyOf: [{ type: 'number' }, { type: 'string', pattern: `^\\s*[+-]?(?:${NUM})\\s*$` }] };
    case 'grade':
      return { type: 'string', enum: ['A', 'B', 'C', 'C#', 'a', 'b', 'c', 'c#'] };
  }
}

/**
 * A facility name as names.ts resolves it: any case, spaces or separators between its
 * characters (`社区 警务室`, `Police Office`), simplified or traditional.
 */
function looseNamePattern(names: readonly string[]): string {
  const SEP = '[\\s\\-_·・.]*';
  const one = (n: string) =>
    [...n.normalize('NFKC').replace(/[\s\-_·・.]+/g, '')]
      .map((c) => {
        const lower = c.toLowerCase();
        const upper = c.toUpperCase();
        if (lower !== upper) return `[${lower}${upper}]`;
        return c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
      })
      .join(SEP);
  return `^\\s*(?:${[...new Set(names.map(one))].join('|')})\\s*$`;
}

let cn2t: ((s: string) => string) | undefined;
let t2cn: ((s: string) => string) | undefined;

/**
 * The simplified → traditional dictionary is 1 MB of source: loaded from node_modules when a
 * schema first needs it (init, schema), never bundled, so check, validate and rank do not parse it
 * at every start. A plain require keeps this function synchronous; esbuild leaves it alone.
 */
function toTraditional(): (s: string) => string {
  if (cn2t) return cn2t;
  const Cn2t = createRequire(import.meta.url)('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
  const convert = Cn2t.Converter({ from: 'cn', to: 'tw' });
  cn2t = convert;
  return convert;
}

/** Every spelling of a facility a self-assessment may use: id, labels, aliases, both scripts, with and without 社区. */
export function facilityNames(rubric: Pick<Rubric, 'facilities'>): string[] {
  const toTW = toTraditional();
  const toCN = (t2cn ??= T2cn.Converter({ from: 'tw', to: 'cn' }));
  const out = new Set<string>();
  for (const f of Object.values(rubric.facilities)) {
    const names = [f.id, ...Object.values(f.label).filter((x): x is string => !!x), ...f.aliases];
    for (const n of names) {
      for (const v of [n, toTW(n), toCN(n)]) {
        out.add(v);
        for (const p of ['社区', '社區'])
          if (v.startsWith(p) && v.length > p.length) out.add(v.slice(p.length));
      }
    }
  }
  return [...out];
}

export interface MetricUse {
  criteria: string[];
  sources: string[];
}

/** Which criteria read each metric, with their source quotes: what a metric is for, and where it comes from. */
export function metricUses(rubric: Rubric, lang: Lang): Record<string, MetricUse> {
  const uses: Record<string, MetricUse> = {};
  const add = (metric: string, c: ReturnType<typeof allCriteria>[number]) => {
    const u = (uses[metric] ??= { criteria: [], sources: [] });
    const title = pick(c.title, lang) || c.id;
    if (!u.criteria.includes(title)) u.criteria.push(title);
    const q = c.source?.quote;
    if (q && !u.sources.includes(q)) u.sources.push(q);
  };
  for (const c of allCriteria(rubric)) for (const u of usesOf(c)) if ('metric' in u) add(u.metric, c);
  // A tier that needs an earlier award reads its metric too (named by the tier).
  for (const t of rubric.tiers)
    for (const r of t.requiresValues ?? []) {
      const u = (uses[r.metric] ??= { criteria: [], sources: [] });
      const title = pick(t.title, lang) || t.id;
      if (!u.criteria.includes(title)) u.criteria.push(title);
    }
  return uses;
}

/**
 * The facilities the criteria name, in the order they are first named: whether a criterion needs
 * the area (else a self-assessment gives a count), and the titles of the criteria that use it.
 */
export function facilityUses(rubric: Rubric, lang: Lang): Map<string, { area: boolean; criteria: string[] }> {
  const named = new Map<string, { area: boolean; criteria: string[] }>();
  for (const c of allCriteria(rubric)) {
    const items = usesOf(c).flatMap((u) => ('facility' in u ? [{ id: u.facility, area: u.area }] : []));
    for (const it of items) {
      const e = named.get(it.id) ?? { area: false, criteria: [] };
      e.area ||= it.area;
      const title = pick(c.title, lang) || c.id;
      if (!e.criteria.includes(title)) e.criteria.push(title);
      named.set(it.id, e);
    }
  }
  return named;
}

/** The metrics a self-assessment must give: every one a criterion reads (interpret.ts's rule). */
export function neededMetrics(rubric: Rubric): string[] {
  return Object.keys(metricUses(rubric, 'en')).filter((id) => rubric.metrics[id]);
}

/**
 * The schema of a self-assessment under one rubric: every metric with its type and unit
 * (those the criteria read required), facility kinds as the names the rubric knows, the
 * rubric's level (compound, community or street).
 */
export function assessmentJsonSchema(
  rubric: Rubric,
  lang: Lang,
  describeUnit: (type: MetricType) => string,
): JsonSchema {
  // Inline, so that the metric and facility parts can be specialised in place.
  const base = toJson(AssessmentFileSchema, 'inline');
  delete base.$schema;
  const props = base.properties as Record<string, JsonSchema>;
  const uses = metricUses(rubric, lang);
  const metricProps: Record<string, JsonSchema> = {};
  for (const [id, m] of Object.entries(rubric.metrics)) {
    const desc = [
      m.description ? pick(m.description, lang) : '',
      describeUnit(m.type),
      m.options?.map((o) => `${pick(o.label, lang) || o.id} (${o.id})`).join(', ') ?? '',
      uses[id]?.criteria.join('; ') ?? '',
    ].filter(Boolean);
    metricProps[id] = {
      title: pick(m.title, lang) || id,
      description: desc.join(' · '),
      ...valueSchema(m.type, m.options),
    };
  }
  props.metrics = {
    type: 'object',
    properties: metricProps,
    required: neededMetrics(rubric),
    // An unknown metric (a typo) is marked at its key; what it should be is in the description.
    additionalProperties: false,
    description: Object.entries(rubric.metrics)
      .map(([id, m]) => `${id} (${pick(m.title, lang) || id})`)
      .join(', '),
  };
  const facilities = props.facilities as { items?: { properties?: Record<string, JsonSchema> } };
  const fp = facilities.items?.properties;
  if (fp) {
    const names = facilityNames(rubric);
    // Editors flag a name the rubric does not know (civscore warns); with no catalogue, any name goes.
    fp.kind = names.length
      ? { type: 'string', anyOf: [{ enum: names }, { pattern: looseNamePattern(names) }] }
      : { type: 'string', minLength: 1 };
    fp.area = { ...valueSchema('area'), description: describeUnit('area') };
    fp.count = valueSchema('count');
  }
  // 台账 by criterion: the rubric's criterion ids, those that require evidence first.
  const ev = props.evidence as { propertyNames?: JsonSchema; description?: string } | undefined;
  if (ev) {
    const criteria = allCriteria(rubric);
    const required = criteria.filter((c) => c.evidence);
    ev.propertyNames = { enum: criteria.map((c) => c.id) };
    ev.description = [
      'evidence (台账) per criterion: { path, sha256, kind }; civscore evidence add fills the sha256 in',
      required.length
        ? `required by: ${required.map((c) => `${c.id} (${pick(c.title, lang) || c.id})`).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join(' · ');
  }
  props.rubric = { type: 'string', minLength: 1, default: rubric.id, examples: [rubric.id] };
  const level = rubric.level;
  // A community rubric scores communities only, a street rubric streets only, a compound rubric compounds.
  for (const other of LEVELS) if (other !== level) props[other] = false as unknown as JsonSchema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${pick(rubric.title, lang) || rubric.id} (${rubric.id})`,
    ...base,
    required: [
      ...new Set([
        ...((base.required as string[] | undefined) ?? []),
        level,
        ...(needsFacilities(rubric) ? ['facilities'] : []),
      ]),
    ],
  };
}

/** The schema of a cost file (costs.yaml) and of a community's own quote (the same, with `community:`). */
export function costsJsonSchema(): JsonSchema {
  const registry = z.registry<{ id: string }>();
  registry.add(IdSchema, { id: 'Id' });
  registry.add(LocalizedSchema, { id: 'LocalizedText' });
  registry.add(WaySchema, { id: 'Way' });
  const body = toJson(CostsFileSchema, 'inline', registry);
  delete body.$schema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: 'https://civscore.invalid/schemas/costs.schema.json',
    title: 'civscore cost file (整改成本)',
    description:
      'What each fix costs for one rubric: per metric (元 per ㎡, per person, per percentage point) or per facility, with months and the responsible unit (责任单位).',
    ...body,
  };
}

/** The schema of an inspections file (督查记录): records per community and metric. */
export function inspectionsJsonSchema(): JsonSchema {
  const body = toJson(InspectionsFileSchema, 'inline');
  delete body.$schema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: 'https://civscore.invalid/schemas/inspections.schema.json',
    title: 'civscore inspections file (督查记录)',
    description:
      'What inspectors found on site, per community and metric: the value found or a finding, the day, the inspector, the kind (明查/暗访/复查), any deduction and the deadline for rectification (整改时限). Passed with --inspections.',
    ...body,
  };
}
