/**
 * From a schema-valid rubric file to the engine's Rubric: figures read against their
 * metric types, names checked, ids unique, tiers in order. Every problem is a finding
 * with a path into the file; errors mean the rubric cannot be used.
 */
import type { z } from 'zod';
import type { BuildContext, RawBounds, RawFigure } from '../kinds/kind.js';
import { criterionMax, kindOf } from '../kinds/registry.js';
import type { ChoiceOption } from './choice.js';
import { isCalendarDate, notADate } from './dates.js';
import { buildEvidenceRequirement } from './evidence.js';
import { type MetricType, type Parsed, parseArea, parseCount, parseNumber, parseRate } from './figures.js';
import { type Finding, finding, type Path } from './finding.js';
import { toLocalized } from './localized.js';
import { normalizeName, simplify, suggest } from './names.js';
import {
  type Bound,
  type BoundOp,
  type Criterion,
  type CriterionBase,
  type Cycle,
  type Exemption,
  type FacilityDef,
  type Figure,
  type MetricDef,
  maxScore,
  type Quota,
  type Rubric,
  type Section,
  type SourceRef,
  type Tier,
  type ValueRequirement,
} from './rubric.js';
import { resolveRef, suggestionParam } from './rubric-refs.js';
import type { RawCriterion, RubricFile, SourceSchema } from './rubric-schema.js';

const BOUND_OPS: BoundOp[] = ['at-least', 'more-than', 'at-most', 'less-than', 'between'];

export interface BuildResult {
  rubric: Rubric;
  findings: Finding[];
}

/** What the parts of one build share: the findings so far, the definitions read, the ids claimed. */
interface Building {
  readonly findings: Finding[];
  readonly facilities: Record<string, FacilityDef>;
  readonly communityTypes: ChoiceOption[] | undefined;
  readonly metrics: Record<string, MetricDef>;
  /** Each id given so far, with what it named (criterion, section, tier, quota). */
  readonly seen: Map<string, string>;
  readonly file: string | undefined;
}

export function buildRubric(raw: RubricFile, file?: string): BuildResult {
  const findings: Finding[] = [];
  const communityTypes = raw['community-types']
    ? Object.entries(raw['community-types']).map(([id, t]) => optionOf(id, t))
    : undefined;
  const b: Building = {
    findings,
    facilities: facilitiesOf(raw),
    communityTypes,
    metrics: metricsOf(raw, findings),
    seen: new Map(),
    file,
  };
  const ctx = buildContext(b);
  const sections = raw.sections.map((s, si) => buildSection(b, ctx, s, si));
  const own = ownCriteria(sections);
  const max = maxScore(sections, criterionMax);
  const tiers = raw.tiers.map((t, i) => buildTier(b, raw, own, max, t, i));
  const quotas = buildQuotas(b, raw, own, tiers);
  const exemptions = raw.exemptions.map((e, i) => buildExemption(b, own, e, i));
  const cycle = raw.cycle ? buildCycle(raw.cycle, findings) : undefined;
  const rubric: Rubric = {
    id: raw.rubric,
    title: toLocalized(raw.title, raw.rubric),
    level: raw.level,
    ...(raw.year !== undefined ? { year: raw.year } : {}),
    ...(raw.description ? { description: toLocalized(raw.description, '') } : {}),
    ...(raw.source ? { source: toSourceRef(raw.source) } : {}),
    ...(raw.extends ? { extends: raw.extends } : {}),
    facilities: b.facilities,
    ...(communityTypes ? { communityTypes } : {}),
    metrics: b.metrics,
    sections,
    tiers,
    ...(raw['nested-tiers'] === false ? { nestedTiers: false as const } : {}),
    quotas,
    exemptions,
    ...(cycle ? { cycle } : {}),
    ...(raw.overstatement ? { overstatement: raw.overstatement } : {}),
    ...(file ? { file } : {}),
  };
  return { rubric, findings };
}

function facilitiesOf(raw: RubricFile): Record<string, FacilityDef> {
  const facilities: Record<string, FacilityDef> = {};
  for (const [id, f] of Object.entries(raw.facilities)) {
    const label = {
      ...(f['zh-CN'] ? { 'zh-CN': f['zh-CN'] } : {}),
      ...(f['zh-TW'] ? { 'zh-TW': f['zh-TW'] } : {}),
      ...(f.en ? { en: f.en } : {}),
    };
    facilities[id] = { id, label: Object.keys(label).length ? label : { en: id }, aliases: f.aliases };
  }
  return facilities;
}

function metricsOf(raw: RubricFile, findings: Finding[]): Record<string, MetricDef> {
  const metrics: Record<string, MetricDef> = {};
  for (const [id, m] of Object.entries(raw.metrics)) {
    const options = choiceOptions(id, m, findings);
    metrics[id] = {
      id,
      type: m.type,
      ...(m.unit ? { unit: m.unit } : {}),
      title: toLocalized(m.title, id),
      ...(m.description ? { description: toLocalized(m.description, '') } : {}),
      ...(options ? { options } : {}),
      ...(m['distinct-within'] && (m.type === 'choice' || m.type === 'text')
        ? { distinctWithin: m['distinct-within'] }
        : {}),
    };
  }
  return metrics;
}

/** What a kind's build may ask of the rubric (src/kinds/kind.ts), each answer's problem a finding. */
function buildContext(b: Building): BuildContext {
  return {
    metrics: b.metrics,
    figure: (raw, type, path) => readFigure(b.findings, raw, type, path),
    bound: (raw, type, path) => readBound(b.findings, raw, type, path, true),
    metric: (id, path, allowed) => metricOf(b, id, path, allowed),
    facility: (id, path) => facilityOf(b, id, path),
    report: (f) => b.findings.push(f),
    options: (metric, ids, path) => checkOptions(b.findings, metric, ids, path),
    communityType: (id, path) => communityTypeOf(b, id, path),
  };
}

/** Option ids that a choice metric does not define: each an error with the nearest id. */
function checkOptions(findings: Finding[], metric: MetricDef, ids: readonly string[], path: Path): boolean {
  const known = (metric.options ?? []).map((o) => o.id);
  ids.forEach((o, k) => {
    if (known.includes(o)) return;
    const s = suggest(o, known);
    findings.push(
      finding(
        'rubric.unknown-option',
        'error',
        { metric: metric.id, option: o, ...(s ? { suggestion: s } : {}) },
        [...path, k],
      ),
    );
  });
  return ids.every((o) => known.includes(o));
}

function readFigure(
  findings: Finding[],
  rawFig: RawFigure,
  type: MetricType,
  path: Path,
): Figure | undefined {
  const parsed: Parsed<number> =
    type === 'area'
      ? parseArea(rawFig)
      : type === 'rate'
        ? parseRate(rawFig)
        : type === 'count' && typeof rawFig === 'string'
          ? parseCount(rawFig)
          : parseNumber(rawFig);
  if (parsed.ok) return { value: parsed.value };
  if (parsed.code === 'value.masked') {
    findings.push(finding('rubric.figure-masked', 'warning', { raw: String(rawFig) }, path));
    return { masked: String(rawFig) };
  }
  findings.push(
    finding('rubric.figure-invalid', 'error', { raw: String(rawFig), problem: parsed.code }, path),
  );
  return undefined;
}

function readBound(
  findings: Finding[],
  b: RawBounds,
  type: MetricType,
  path: Path,
  required: boolean,
): Bound | undefined {
  const present = BOUND_OPS.filter((op) => b[op] !== undefined);
  if (present.length === 0) {
    if (required) findings.push(finding('rubric.bound-missing', 'error', {}, path));
    return undefined;
  }
  if (present.length > 1) {
    findings.push(finding('rubric.bound-multiple', 'error', { ops: present }, path));
    return undefined;
  }
  const op = present[0]!;
  if (op === 'between') {
    const [lo, hi] = b.between!;
    const value = readFigure(findings, lo, type, [...path, 'between', 0]);
    const upper = readFigure(findings, hi, type, [...path, 'between', 1]);
    if (!value || !upper) return undefined;
    if ('value' in value && 'value' in upper && value.value > upper.value) {
      findings.push(finding('rubric.bound-reversed', 'error', {}, [...path, 'between']));
    }
    return { op, value, upper };
  }
  const value = readFigure(findings, b[op]!, type, [...path, op]);
  return value ? { op, value } : undefined;
}

function metricOf(
  b: Building,
  id: string,
  path: Path,
  allowed?: readonly MetricType[],
): MetricDef | undefined {
  const m = Object.hasOwn(b.metrics, id) ? b.metrics[id] : undefined;
  if (!m) {
    const near = resolveRef(id, Object.values(b.metrics));
    b.findings.push(
      finding('rubric.unknown-metric', 'error', { metric: id, ...suggestionParam(near) }, path),
    );
    return undefined;
  }
  if (allowed && !allowed.includes(m.type)) {
    b.findings.push(
      finding('rubric.metric-type', 'error', { metric: id, type: m.type, expected: allowed.join('|') }, path),
    );
    return undefined;
  }
  return m;
}

function facilityOf(b: Building, id: string, path: Path): boolean {
  if (Object.hasOwn(b.facilities, id)) return true;
  const near = resolveRef(
    id,
    Object.values(b.facilities).map((f) => ({ id: f.id, title: f.label })),
  );
  b.findings.push(
    finding('rubric.unknown-facility', 'error', { facility: id, ...suggestionParam(near) }, path),
  );
  return false;
}

function communityTypeOf(b: Building, id: string, path: Path): boolean {
  const known = (b.communityTypes ?? []).map((t) => t.id);
  if (known.includes(id)) return true;
  const s = suggest(id, known);
  b.findings.push(
    finding('rubric.unknown-community-type', 'error', { type: id, ...(s ? { suggestion: s } : {}) }, path),
  );
  return false;
}

/** An id given once: a second criterion, section, tier or quota of the same id is an error. */
function claim(b: Building, id: string, what: string, path: Path): void {
  const prev = b.seen.get(id);
  if (prev) b.findings.push(finding('rubric.duplicate-id', 'error', { id, first: prev }, path));
  else b.seen.set(id, what);
}

function buildSection(
  b: Building,
  ctx: BuildContext,
  s: RubricFile['sections'][number],
  si: number,
): Section {
  claim(b, s.id, 'section', ['sections', si, 'id']);
  const criteria: Criterion[] = [];
  s.criteria.forEach((c, ci) => {
    const built = buildCriterion(b, ctx, c, s.id, ['sections', si, 'criteria', ci]);
    if (built) criteria.push(built);
  });
  return {
    id: s.id,
    title: toLocalized(s.title, s.id),
    ...(s.weight !== undefined ? { weight: s.weight } : {}),
    criteria,
  };
}

function buildCriterion(
  b: Building,
  ctx: BuildContext,
  c: RawCriterion,
  section: string,
  path: Path,
): Criterion | undefined {
  claim(b, c.id, 'criterion', [...path, 'id']);
  const base: CriterionBase = {
    id: c.id,
    title: toLocalized(c.title, c.id),
    points: c.points,
    veto: c.veto,
    ...(c.event ? { event: true } : {}),
    ...(c.evidence ? { evidence: buildEvidenceRequirement(c.evidence)! } : {}),
    section,
    path,
    ...(c.source ? { source: toSourceRef(c.source) } : {}),
    ...(b.file ? { file: b.file } : {}),
  };
  // The kind builds the rest (src/kinds/<kind>.ts).
  return kindOf(c.kind).build(c, base, path, ctx);
}

/** The rubric's own criteria, for references by id or by title. */
interface OwnCriteria {
  ids: Set<string>;
  all: Criterion[];
}

function ownCriteria(sections: readonly Section[]): OwnCriteria {
  return {
    ids: new Set(sections.flatMap((s) => s.criteria.map((c) => c.id))),
    all: sections.flatMap((s) => s.criteria),
  };
}

function buildTier(
  b: Building,
  raw: RubricFile,
  own: OwnCriteria,
  max: number,
  t: RubricFile['tiers'][number],
  i: number,
): Tier {
  claim(b, t.id, 'tier', ['tiers', i, 'id']);
  const { requires, requiresValues } = tierRequires(b, own, t, i);
  if (t['min-score'] > max + 1e-9) {
    b.findings.push(
      finding('rubric.tier-unreachable', 'error', { tier: t.id, min: t['min-score'], max }, [
        'tiers',
        i,
        'min-score',
      ]),
    );
  }
  const prev = raw.tiers[i - 1];
  if (prev && prev['min-score'] <= t['min-score']) {
    b.findings.push(
      finding('rubric.tier-order', 'error', { tier: t.id, previous: prev.id }, ['tiers', i, 'min-score']),
    );
  }
  return {
    id: t.id,
    title: toLocalized(t.title, t.id),
    minScore: t['min-score'],
    requires,
    ...(requiresValues.length ? { requiresValues } : {}),
    ...(t.source ? { source: toSourceRef(t.source) } : {}),
    ...(t.conferred ? { conferred: true as const } : {}),
  };
}

/**
 * What a tier requires: a criterion by its id, or by its title (社区基本设施) when one criterion
 * has it; or a choice metric's value (an earlier award).
 */
function tierRequires(
  b: Building,
  own: OwnCriteria,
  t: RubricFile['tiers'][number],
  i: number,
): { requires: string[]; requiresValues: ValueRequirement[] } {
  const requires: string[] = [];
  const requiresValues: ValueRequirement[] = [];
  t.requires.forEach((r, j) => {
    const rp: Path = ['tiers', i, 'requires', j];
    if (typeof r !== 'string') {
      const m = metricOf(b, r.metric, [...rp, 'metric'], ['choice']);
      if (m && checkOptions(b.findings, m, r['one-of'], [...rp, 'one-of']))
        requiresValues.push({ metric: r.metric, oneOf: r['one-of'] });
      return;
    }
    if (own.ids.has(r)) return void requires.push(r);
    const found = resolveRef(r, own.all);
    if ('id' in found) return void requires.push(found.id);
    b.findings.push(
      finding('rubric.unknown-criterion', 'error', { criterion: r, ...suggestionParam(found) }, rp),
    );
    requires.push(r);
  });
  return { requires, requiresValues };
}

function buildQuotas(b: Building, raw: RubricFile, own: OwnCriteria, tiers: readonly Tier[]): Quota[] {
  const tierIds = new Set(tiers.map((t) => t.id));
  const quotas: Quota[] = [];
  raw.quotas.forEach((q, i) => {
    const path: Path = ['quotas', i];
    claim(b, q.id, 'quota', [...path, 'id']);
    const counted = quotaCounted(b, own, tiers, tierIds, q, path);
    if (!counted) return;
    const read = quotaBound(q);
    if ('ops' in read) {
      b.findings.push(finding('rubric.bound-multiple', 'error', { ops: read.ops }, path));
      return;
    }
    const bound = quotaTarget(b, raw, q, read, path);
    if (!bound) return;
    quotas.push({
      id: q.id,
      title: toLocalized(q.title, q.id),
      group: q.group,
      ...counted,
      bound,
      ...(read.measure === 'count' ? { measure: 'count' as const } : {}),
      ...(q.source ? { source: toSourceRef(q.source) } : {}),
    });
  });
  return quotas;
}

/** The tier (or criterion) a quota counts, by its id or by its title when one has it. */
function quotaCounted(
  b: Building,
  own: OwnCriteria,
  tiers: readonly Tier[],
  tierIds: ReadonlySet<string>,
  q: RawQuota,
  path: Path,
): { tier: string } | { tier: ''; criterion: string } | undefined {
  if ('criterion' in q.share) {
    const want = q.share.criterion;
    const ref = own.ids.has(want) ? { id: want } : resolveRef(want, own.all);
    if (!('id' in ref)) {
      b.findings.push(
        finding('rubric.unknown-criterion', 'error', { criterion: want, ...suggestionParam(ref) }, [
          ...path,
          'share',
          'criterion',
        ]),
      );
      return undefined;
    }
    return { tier: '', criterion: ref.id };
  }
  const tierRef = tierIds.has(q.share.tier) ? { id: q.share.tier } : resolveRef(q.share.tier, tiers);
  if (!('id' in tierRef)) {
    b.findings.push(
      finding('rubric.unknown-tier', 'error', { tier: q.share.tier, ...suggestionParam(tierRef) }, [
        ...path,
        'share',
        'tier',
      ]),
    );
    return undefined;
  }
  return { tier: tierRef.id };
}

/** A quota's target: a count of whole communities or a share; a masked one said as the quota's. */
function quotaTarget(
  b: Building,
  raw: RubricFile,
  q: RawQuota,
  read: Exclude<ReturnType<typeof quotaBound>, { ops: unknown }>,
  path: Path,
): Bound | undefined {
  const findings = b.findings;
  const before = findings.length;
  const bound = readBound(findings, read.raw, read.measure === 'count' ? 'count' : 'rate', path, true);
  if (!bound) return undefined;
  // A count is of whole communities.
  const fractional = [bound.value, bound.upper].some((f) => f && 'value' in f && !Number.isInteger(f.value));
  if (read.measure === 'count' && fractional) {
    findings.push(
      finding(
        'rubric.figure-invalid',
        'error',
        { raw: JSON.stringify(q[read.key as keyof RawQuota]), problem: 'value.not-integer' },
        [...path, read.key],
      ),
    );
    return undefined;
  }
  // A masked target: said as the quota's, with the override that sets it.
  const masked = [bound.value, bound.upper].find((f) => f && 'masked' in f);
  if (masked && 'masked' in masked) {
    // Said once, as the quota's target, not as a figure of a criterion.
    for (let at = findings.length - 1; at >= before; at--)
      if (findings[at]!.code === 'rubric.figure-masked') findings.splice(at, 1);
    findings.push(
      finding(
        'rubric.quota-masked',
        'warning',
        {
          quota: q.id,
          raw: bound.upper ? `${figureText(bound.value)}-${figureText(bound.upper)}` : masked.masked,
          rubric: raw.rubric,
          op: read.key,
        },
        [...path, read.key],
      ),
    );
  }
  return bound;
}

function buildExemption(
  b: Building,
  own: OwnCriteria,
  e: RubricFile['exemptions'][number],
  i: number,
): Exemption {
  if (!own.ids.has(e.criterion)) {
    const near = resolveRef(e.criterion, own.all);
    b.findings.push(
      finding('rubric.unknown-criterion', 'error', { criterion: e.criterion, ...suggestionParam(near) }, [
        'exemptions',
        i,
        'criterion',
      ]),
    );
  }
  if (typeof e.expires === 'string' && !isCalendarDate(e.expires))
    b.findings.push(notADate(e.expires, ['exemptions', i, 'expires']));
  return toExemption(e, b.file);
}

/**
 * A cycle's weights as fractions: "15%" is 0.15; plain numbers are fractions when all are at most
 * 1 and percentages otherwise (15, 25, 60). One weight per year; lint checks they sum to 100%.
 */
function buildCycle(raw: NonNullable<RubricFile['cycle']>, findings: Finding[]): Cycle | undefined {
  const read = raw.weights.map((w) =>
    typeof w === 'number' ? w : /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(w),
  );
  const bad = read.findIndex((w) => w === null);
  if (bad >= 0) {
    findings.push(
      finding('rubric.cycle-weight', 'error', { value: String(raw.weights[bad]) }, ['cycle', 'weights', bad]),
    );
    return undefined;
  }
  if (raw.weights.length !== raw.years) {
    findings.push(
      finding('rubric.cycle-weights-count', 'error', { years: raw.years, count: raw.weights.length }, [
        'cycle',
        'weights',
      ]),
    );
    return undefined;
  }
  const percent =
    raw.weights.some((w) => typeof w === 'string') || read.some((w) => typeof w === 'number' && w > 1);
  const weights = read.map((w) => (typeof w === 'number' ? w : Number(w![1])) / (percent ? 100 : 1));
  return {
    years: raw.years,
    weights,
    tiers: raw.tiers.map((t) => ({ id: t.id, title: toLocalized(t.title, t.id), minScore: t['min-score'] })),
    ...(raw.source ? { source: toSourceRef(raw.source) } : {}),
  };
}

export function toExemption(
  e: {
    community: string;
    criterion: string;
    reason: string;
    expires: string | Date;
    'granted-by'?: string | undefined;
    veto?: boolean | undefined;
  },
  file?: string,
  where?: { line: number; column: number; rubric?: string | undefined },
): Exemption {
  const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
  return {
    community: e.community,
    criterion: e.criterion,
    reason: e.reason,
    expires,
    ...(e['granted-by'] ? { grantedBy: e['granted-by'] } : {}),
    ...(file ? { file } : {}),
    ...(where ? { line: where.line, column: where.column } : {}),
    ...(where?.rubric ? { rubric: where.rubric } : {}),
    ...(e.veto ? { veto: true } : {}),
  };
}

/**
 * A choice metric's options as the engine keeps them. A choice needs options and only a choice
 * has them; two options answering to one name (学习型 as one's label and another's alias) could
 * never be told apart in a file.
 */
function choiceOptions(
  id: string,
  m: RubricFile['metrics'][string],
  findings: Finding[],
): ChoiceOption[] | undefined {
  const path: Path = ['metrics', id];
  if (m.type !== 'choice') {
    if (m.options)
      findings.push(
        finding('rubric.options-not-choice', 'error', { metric: id, type: m.type }, [...path, 'options']),
      );
    if (m['distinct-within'] && m.type !== 'text')
      findings.push(
        finding('rubric.options-not-choice', 'error', { metric: id, type: m.type }, [
          ...path,
          'distinct-within',
        ]),
      );
    return undefined;
  }
  if (!m.options || Object.keys(m.options).length === 0) {
    findings.push(finding('rubric.options-missing', 'error', { metric: id }, path));
    return [];
  }
  const owner = new Map<string, string>();
  const options: ChoiceOption[] = [];
  for (const [oid, o] of Object.entries(m.options)) {
    const option = optionOf(oid, o);
    for (const name of [oid, ...Object.values(option.label), ...o.aliases]) {
      const n = normalizeName(name);
      const key = /[\u3400-\u9fff]/.test(n) ? simplify(n) : n;
      const prev = owner.get(key);
      if (prev !== undefined && prev !== oid)
        findings.push(
          finding('rubric.option-name-clash', 'error', { metric: id, name, option: oid, other: prev }, [
            ...path,
            'options',
            oid,
          ]),
        );
      else owner.set(key, oid);
    }
    options.push(option);
  }
  return options;
}

/** An option (of a choice metric, or a community type) as the engine keeps it: labels and aliases. */
function optionOf(
  id: string,
  o: RubricFile['facilities'][string] & { source?: z.infer<typeof SourceSchema> | undefined },
): ChoiceOption {
  const label = {
    ...(o['zh-CN'] ? { 'zh-CN': o['zh-CN'] } : {}),
    ...(o['zh-TW'] ? { 'zh-TW': o['zh-TW'] } : {}),
    ...(o.en ? { en: o.en } : {}),
  };
  return {
    id,
    label: Object.keys(label).length ? label : { en: id },
    aliases: o.aliases,
    ...(o.source ? { source: toSourceRef(o.source) } : {}),
  };
}

/** A source as the engine keeps it: its title read like every label. */
function toSourceRef(raw: z.infer<typeof SourceSchema>): SourceRef {
  const { title, ...rest } = raw;
  return title === undefined ? rest : { ...rest, title: toLocalized(title, '') };
}

type RawQuota = RubricFile['quotas'][number];
const COUNT_KEYS = {
  'at-least-count': 'at-least',
  'at-most-count': 'at-most',
  'between-count': 'between',
} as const;

/**
 * Whether `between: [1, 2]` is a count (1-2个试点): both ends written as whole numbers of 1 or more
 * (or masked) with no %. `[40%, 60%]` or `[0.4, 0.6]` is a share.
 */
function betweenIsCount(pair: readonly (string | number)[]): boolean {
  return pair.every((f) =>
    typeof f === 'number' ? Number.isInteger(f) && f >= 1 : !f.includes('%') && !/^\s*0?\.\d/.test(f),
  );
}

/**
 * A quota's bound as written: the key it is under, the bound as readBound takes it, and whether
 * it is a share or a count; or the keys, when more than one is given.
 */
function quotaBound(
  q: RawQuota,
): { raw: RawBounds; key: string; measure: 'share' | 'count' } | { ops: string[] } {
  const keys = [
    'at-least',
    'more-than',
    'between',
    'at-least-count',
    'at-most-count',
    'between-count',
  ] as const;
  const given = keys.filter((k) => q[k] !== undefined);
  if (given.length > 1) return { ops: [...given] };
  const key = given[0];
  if (key === undefined) return { raw: {}, key: 'at-least', measure: 'share' };
  if (key === 'at-least-count' || key === 'at-most-count' || key === 'between-count')
    return { raw: { [COUNT_KEYS[key]]: q[key] }, key, measure: 'count' };
  const measure = key === 'between' && betweenIsCount(q.between!) ? 'count' : 'share';
  return { raw: { [key]: q[key] }, key, measure };
}

/** A figure as written: the masked text, or the number. */
const figureText = (f: Figure): string => ('masked' in f ? f.masked : String(f.value));
