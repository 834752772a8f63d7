/**
 * Reads a self-assessment against its rubric: the shape (zod), then every value against its
 * metric's type, facility names against the rubric's catalogue, and what the rubric needs that
 * the file does not give. Pure: raw data in, an Assessment and findings out.
 */

import { usesOf } from '../kinds/registry.js';
import type { Assessment, Entity, FacilityReport } from './assessment.js';
import { COMPOUND_KEYS, ENTITY_KEYS, FACILITY_KEYS, TOP_KEYS } from './assessment-keys.js';
import {
  type AssessmentFile,
  AssessmentFileSchema,
  FacilityEntrySchema,
  periodText,
} from './assessment-schema.js';
import { parseChoice } from './choice.js';
import { type CountNoun, writtenNoun } from './count-nouns.js';
import { EVIDENCE_ENTRY_KEYS, type EvidenceLists } from './evidence.js';
import { parseArea, parseCount, parseMetricValue, type ValueProblem } from './figures.js';
import { type Finding, finding, type Params, type Path } from './finding.js';
import { buildNameIndex, type NameIndex, normalizeName, suggest } from './names.js';
import { readPlainAssessment } from './plain-assessment.js';
import { allCriteria, type Rubric } from './rubric.js';
import { pushTextLimitFindings, pushUnsafeTextFindings } from './text-limits.js';
import { zodFindings } from './zod-findings.js';

/** Keys by which a file would grant itself exemptions: only a district can. */
const SELF_EXEMPTION_KEYS = ['exemptions', 'waivers', 'exemption'];

export interface InterpretResult {
  /** undefined when the file's shape is too broken to score. */
  assessment?: Assessment;
  findings: Finding[];
  /** The evidence lists as the schema read them (the pipeline checks them against the files). */
  evidence?: EvidenceLists;
}

/** The metrics a rubric's criteria read: each must be in a self-assessment. */
export function requiredMetrics(rubric: Rubric): Set<string> {
  return new Set(facts(rubric).required);
}

export function needsFacilities(rubric: Rubric): boolean {
  return facts(rubric).needsFacilities;
}

/** What every file is checked against, worked out once per rubric (not once per file). */
interface RubricFacts {
  required: readonly string[];
  /** Metrics a ratio divides by. */
  perMetrics: readonly string[];
  needsFacilities: boolean;
}

const factsCache = new WeakMap<Rubric, RubricFacts>();
function facts(rubric: Rubric): RubricFacts {
  let f = factsCache.get(rubric);
  if (f) return f;
  const ids = new Set<string>();
  const per = new Set<string>();
  let needsFacilities = false;
  for (const c of allCriteria(rubric))
    for (const u of usesOf(c)) {
      if (!('metric' in u)) needsFacilities = true;
      else {
        ids.add(u.metric);
        if (u.per) per.add(u.metric);
      }
    }
  // A tier's earlier award is read like a criterion's metric: without it no tier is certain.
  for (const t of rubric.tiers) for (const r of t.requiresValues ?? []) ids.add(r.metric);
  f = { required: [...ids], perMetrics: [...per], needsFacilities };
  factsCache.set(rubric, f);
  return f;
}

const titleCache = new WeakMap<Rubric, Map<string, string>>();
/** The metric a title names, in any of the rubric's languages, as a Chinese user would type it. */
export function metricByTitle(rubric: Rubric, key: string): string | undefined {
  let titles = titleCache.get(rubric);
  if (!titles) {
    titles = new Map();
    for (const [id, m] of Object.entries(rubric.metrics))
      for (const t of Object.values(m.title)) if (t) titles.set(normalizeName(t), id);
    titleCache.set(rubric, titles);
  }
  return titles.get(normalizeName(key));
}

const indexCache = new WeakMap<Rubric, NameIndex>();
function nameIndex(rubric: Rubric): NameIndex {
  let idx = indexCache.get(rubric);
  if (!idx) {
    idx = buildNameIndex(rubric);
    indexCache.set(rubric, idx);
  }
  return idx;
}

function knownKeys(path: Path): string[] | undefined {
  if (path.length === 0) return TOP_KEYS;
  if (path.length === 1 && (path[0] === 'community' || path[0] === 'street')) return ENTITY_KEYS;
  if (path.length === 1 && path[0] === 'compound') return COMPOUND_KEYS;
  if (path[0] === 'facilities') return FACILITY_KEYS;
  if (path[0] === 'evidence' && path.length === 3) return EVIDENCE_ENTRY_KEYS;
  return undefined;
}

/** `source`: the file the data came from, kept on the assessment (and so on its result). */
export function interpretAssessment(raw: unknown, rubric: Rubric, source?: string): InterpretResult {
  const findings: Finding[] = [];
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const k of SELF_EXEMPTION_KEYS) {
      if (Object.hasOwn(raw, k))
        findings.push(finding('assessment.self-exemption', 'error', { key: k }, [k]));
    }
  }
  // A plainly well-formed file is read without zod (the same data); anything else, by the schema.
  // A file plain but for its self-exemption keys is read without them, as the schema path below
  // reads it: those keys are its only unknown keys, and their findings are said above.
  const plainFile =
    readPlainAssessment(raw) ??
    (findings.length
      ? readPlainAssessment(
          withoutPaths(
            raw,
            findings.map((f) => f.path!),
          ),
        )
      : undefined);
  let parsed = plainFile
    ? ({ success: true, data: plainFile } as const)
    : AssessmentFileSchema.safeParse(raw);
  if (!parsed.success) {
    const fs = zodFindings(parsed.error, raw, knownKeys)
      .filter((f) => !(f.code === 'schema.unknown-key' && findings.some((g) => g.path?.[0] === f.path?.[0])))
      .map(refineShapeFinding);
    findings.push(...fs);
    // Unknown keys are warnings (`validate --strict` makes them errors): read the file without them.
    const unknown = fs.filter((f) => f.code === 'schema.unknown-key').map((f) => f.path ?? []);
    const selfExempt = findings.filter((f) => f.code === 'assessment.self-exemption').map((f) => f.path!);
    if (unknown.length + selfExempt.length > 0 && fs.every((f) => f.code === 'schema.unknown-key'))
      parsed = AssessmentFileSchema.safeParse(withoutPaths(raw, [...unknown, ...selfExempt]));
    if (!parsed.success) {
      readWellFormedParts(raw, rubric, findings);
      return { findings };
    }
  }
  const file = parsed.data;
  const entityRaw = file.compound ?? file.community ?? file.street!;
  const level = file.compound ? 'compound' : file.community ? 'community' : 'street';
  if (level !== rubric.level) {
    findings.push(
      finding('assessment.level-mismatch', 'error', { level, rubricLevel: rubric.level, rubric: rubric.id }, [
        level,
      ]),
    );
  }
  if (level === 'community' && !file.community?.street)
    findings.push(finding('assessment.street-missing', 'warning', {}, ['community']));
  if (level === 'compound' && !file.compound?.community)
    findings.push(finding('assessment.community-missing', 'warning', {}, ['compound']));
  pushTextLimitFindings(entityRaw, level, findings);
  pushUnsafeTextFindings(entityRaw, level, findings);

  const { metrics, unreadable } = readMetrics(file.metrics, rubric, findings);
  const facilities = readFacilities(file.facilities, rubric, findings);

  // Built field by field (no spreads): a batch builds 100,000 of them.
  const entity: Entity = { id: entityRaw.id, name: entityRaw.name, level };
  if (file.compound?.community) entity.community = file.compound.community;
  if (level !== 'street' && entityRaw.street) entity.street = entityRaw.street;
  if (entityRaw.district) entity.district = entityRaw.district;
  if (entityRaw.type !== undefined) {
    const type = readCommunityType(entityRaw.type, rubric, [level, 'type'], findings);
    if (type !== undefined) entity.type = type;
  }
  const assessment: Assessment = { entity, period: periodText(file.period), metrics, unreadable };
  if (file.rubric) assessment.rubric = file.rubric;
  if (facilities) assessment.facilities = facilities;
  if (source !== undefined) assessment.file = source;
  return file.evidence ? { assessment, findings, evidence: file.evidence } : { assessment, findings };
}

/**
 * The kind of community a file gives, as the rubric's type id: by id, label or alias in either
 * script (老城区, 老城區, old-town). A rubric without types ignores it; one that does not know it
 * says so, with the nearest type.
 */
function readCommunityType(raw: string, rubric: Rubric, path: Path, findings: Finding[]): string | undefined {
  const types = rubric.communityTypes;
  if (!types?.length) return undefined;
  const parsed = parseChoice(raw, types);
  if (parsed.ok) return parsed.value;
  const near = typeof parsed.params.option === 'string' ? parsed.params.option : undefined;
  // Ids: the report layer words them as the types' labels in the reader's language.
  const ids = types.map((t) => t.id).join('|');
  findings.push(
    finding(
      'assessment.community-type-unknown',
      'error',
      { raw, ...(near ? { type: near } : {}), types: ids },
      path,
    ),
  );
  return undefined;
}

/**
 * Every metric value against its definition, and the metrics the rubric needs that are missing.
 * Keyed by names from the file and the rubric: no prototype, so `toString` or `constructor`
 * is an unknown metric, never an inherited function.
 */
function readMetrics(
  given: Record<string, unknown>,
  rubric: Rubric,
  findings: Finding[],
): Pick<Assessment, 'metrics' | 'unreadable'> {
  const metrics: Assessment['metrics'] = Object.create(null);
  const unreadable: Assessment['unreadable'] = Object.create(null);
  /** Metrics given under their title (社区户数: 2100) rather than their id. */
  const byTitle = new Set<string>();
  for (const key of Object.keys(given)) {
    const value = given[key];
    const id = Object.hasOwn(rubric.metrics, key) ? key : metricByTitle(rubric, key);
    const def = id === undefined ? undefined : rubric.metrics[id];
    if (id !== undefined && id !== key) byTitle.add(id);
    if (!def || id === undefined) {
      const s = suggest(key, Object.keys(rubric.metrics));
      findings.push(
        finding(
          'assessment.unknown-metric',
          'warning',
          s ? { metric: key, suggestion: s } : { metric: key },
          ['metrics', key],
        ),
      );
      continue;
    }
    if (value === null || value === undefined) {
      unreadable[id] = 'value.not-a-number';
      findings.push(finding('assessment.value-empty', 'error', { metric: id }, ['metrics', key]));
      continue;
    }
    const v = parseMetricValue(def.type, value, def.options);
    const clash = v.ok && def.unit !== undefined ? nounClash(def.unit, value) : undefined;
    if (clash) {
      unreadable[id] = 'value.unit';
      findings.push(
        finding(
          'assessment.count-noun',
          'error',
          { metric: id, raw: String(value), unit: clash, expected: def.unit! },
          ['metrics', key],
        ),
      );
    } else if (v.ok) metrics[id] = v.value;
    else {
      unreadable[id] = v.code;
      const f = valueFinding(v, id, ['metrics', key]);
      if (def.options) f.params = { ...f.params, options: def.options.map((o) => o.id).join('|') };
      findings.push(f);
    }
  }
  const known = facts(rubric);
  for (const id of known.required) {
    if (!Object.hasOwn(given, id) && !byTitle.has(id))
      findings.push(finding('assessment.metric-missing', 'error', { metric: id }, ['metrics']));
  }

  // A ratio "per N households" needs a size above zero, or it divides by nothing.
  for (const id of known.perMetrics) {
    const v = metrics[id];
    if (typeof v === 'number' && v <= 0)
      findings.push(
        finding('assessment.ratio-base-zero', 'error', { metric: id, raw: String(v) }, ['metrics', id]),
      );
  }

  return { metrics, unreadable };
}

type FacilityEntry = NonNullable<AssessmentFile['facilities']>[number];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * A file the schema refused (an id left as ~, a misspelt key): its metrics and the well-formed
 * facility entries are read all the same, so that one run shows every problem, not the shape's
 * first and the values' on the next run. Nothing is scored.
 */
function readWellFormedParts(raw: unknown, rubric: Rubric, findings: Finding[]): void {
  if (!isRecord(raw)) return;
  const shapeAt = (path: Path) =>
    findings.some((f) => path.every((k, i) => f.path?.[i] === k) && f.code !== 'schema.unknown-key');
  const metrics = raw.metrics === undefined ? {} : raw.metrics;
  if (isRecord(metrics) && !shapeAt(['metrics'])) readMetrics(metrics, rubric, findings);
  if (raw.facilities === undefined) readFacilities(undefined, rubric, findings);
  else if (Array.isArray(raw.facilities)) {
    const entries = raw.facilities.map((e, i) => {
      const ok = FacilityEntrySchema.safeParse(e);
      return ok.success && !shapeAt(['facilities', i]) ? ok.data : undefined;
    });
    readFacilities(entries, rubric, findings);
  }
}

/** The facilities listed, by catalogue id, with their counts and areas. */
function readFacilities(
  entries: readonly (FacilityEntry | undefined)[] | undefined,
  rubric: Rubric,
  findings: Finding[],
): Record<string, FacilityReport> | undefined {
  const known = facts(rubric);
  let facilities: Record<string, FacilityReport> | undefined;
  if (entries) {
    facilities = Object.create(null) as Record<string, FacilityReport>;
    const idx = nameIndex(rubric);
    const missingArea = new Set<string>();
    entries.forEach((entry, i) => {
      if (!entry) return;
      const id = idx.resolve(entry.kind);
      if (!id) {
        const s = suggest(entry.kind, idx.names());
        findings.push(
          finding(
            'assessment.unknown-facility',
            'warning',
            s ? { kind: entry.kind, suggestion: s } : { kind: entry.kind },
            ['facilities', i, 'kind'],
          ),
        );
        return;
      }
      let count = 1;
      if (entry.count !== undefined) {
        const c = parseCount(entry.count);
        if (!c.ok) {
          findings.push(valueFinding(c, entry.kind, ['facilities', i, 'count']));
          return;
        }
        count = c.value;
      }
      const a = entry.area === undefined ? undefined : parseArea(entry.area);
      // An area of 0 is "we have none", not a facility: it is not counted as present.
      if (a?.ok && a.value === 0) {
        findings.push(
          finding('assessment.facility-area-zero', 'warning', { kind: entry.kind }, [
            'facilities',
            i,
            'area',
          ]),
        );
        return;
      }
      const rep = (facilities![id] ??= { count: 0 });
      rep.count += count;
      if (a === undefined) missingArea.add(id);
      else if (a.ok) rep.area = (rep.area ?? 0) + a.value;
      else {
        findings.push(valueFinding(a, entry.kind, ['facilities', i, 'area']));
        missingArea.add(id);
      }
    });
    // An area is only known when every entry of that kind gave one.
    for (const id of missingArea) if (facilities[id]) delete facilities[id].area;
  } else if (known.needsFacilities) {
    findings.push(finding('assessment.facilities-missing', 'error', {}, []));
  }
  return facilities;
}

/**
 * A schema finding on one of the assessment's own keys (`period`, `community.id`) names the key's
 * path as `field`, so the message can say what the key means (社区编号（id）) and not only its name.
 */
function withField(f: Finding): Finding {
  const p = f.path ?? [];
  if (!f.code.startsWith('schema.') || typeof f.params.key !== 'string') return f;
  if (
    p.length === 1 ||
    (p.length === 2 && (p[0] === 'community' || p[0] === 'street' || p[0] === 'compound'))
  )
    return { ...f, params: { ...f.params, field: p.join('.') } };
  return f;
}

/** Clearer findings for the two formats a writer most often gets wrong: the period and the id. */
function refineShapeFinding(found: Finding): Finding {
  if (found.code === 'schema.unknown-key') return { ...found, severity: 'warning' };
  const f = withField(found);
  const p = f.path ?? [];
  const actual = String(f.params.actual ?? '');
  // No period at all is a missing key, never a period written "undefined".
  if (p.length === 1 && p[0] === 'period' && (f.params.actual === undefined || actual === 'undefined'))
    if (f.code !== 'schema.required' && f.code !== 'schema.unfilled')
      return { ...f, code: 'schema.required', params: { key: 'period', field: 'period' } };
  if (p.length === 1 && p[0] === 'period' && f.code !== 'schema.required' && f.code !== 'schema.unfilled')
    // No period at all is a missing key (zod reports a union's absent value as its shape).
    return f.params.actual === 'undefined'
      ? { ...f, code: 'schema.required', params: { key: 'period', field: 'period' } }
      : { ...f, code: 'assessment.period-format', params: { actual } };
  if (
    p.length === 2 &&
    (p[0] === 'community' || p[0] === 'street' || p[0] === 'compound') &&
    p[1] === 'id' &&
    (f.code === 'schema.format' || f.code === 'schema.type')
  )
    return { ...f, code: 'assessment.id-format', params: { actual } };
  return f;
}

/** A copy of the data without the given keys (only the containers on the way are copied). */
function withoutPaths(raw: unknown, paths: Path[]): unknown {
  const root = copy(raw);
  for (const path of paths) {
    let node = root;
    for (let i = 0; i < path.length - 1 && node !== null && typeof node === 'object'; i++) {
      const k = path[i]!;
      const container = node as Record<string | number, unknown>;
      container[k] = copy(container[k]);
      node = container[k];
    }
    if (node !== null && typeof node === 'object')
      delete (node as Record<string, unknown>)[String(path.at(-1))];
  }
  return root;
}

function copy(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object') return { ...v };
  return v;
}

/** The noun a value is written in when it is not the one its metric counts (`2400人` for households). */
function nounClash(expected: CountNoun, raw: unknown): CountNoun | undefined {
  const noun = writtenNoun(raw);
  return noun !== undefined && noun !== expected ? noun : undefined;
}

/** A value that could not be read: the reader's problem code and parameters, and what it was for. */
function valueFinding(p: { code: ValueProblem; params: Params }, metric: string, path: Path): Finding {
  return { code: p.code, severity: 'error', params: { ...p.params, metric }, path };
}
