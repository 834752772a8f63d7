/**
 * One self-assessment as convert carries it between formats: the data a YAML file or a sheet row
 * holds (metrics by id, facilities by catalogue id), read against its rubric, with what has no
 * place in a workbook of that rubric listed as dropped, each at its path, so that nothing is lost
 * without a finding. Pure.
 */
import { TOP_KEYS } from '../../model/assessment-keys.js';
import type { Path } from '../../model/finding.js';
import { buildNameIndex } from '../../model/names.js';
import type { Rubric } from '../../model/rubric.js';
import type { RowField } from '../../sheets/header.js';
import type { Measure } from './columns.js';
import type { YamlValue } from './value-types.js';

export type DropReason =
  | 'unknown-metric'
  | 'unknown-facility'
  | 'repeated-facility'
  | 'note'
  | 'evidence'
  | 'unknown-key';

export interface Dropped {
  path: Path;
  /** What is left out, as written (`servce-area`, `活动室`). */
  what: string;
  why: DropReason;
}

export interface FacilityValues {
  area?: YamlValue;
  count?: YamlValue;
}

export interface Community {
  /** id, name, community (a compound's), street, district, city, as text. */
  entity: Partial<Record<RowField, string>>;
  period?: YamlValue;
  /** The rubric as the input named it (relative to the input's folder when a path). */
  rubric?: string;
  metrics: Map<string, YamlValue>;
  /** By catalogue id, in the order listed. */
  facilities: Map<string, FacilityValues>;
  notes?: string;
  dropped: Dropped[];
}

/** A compound's `community` is its parent community's name. */
const ENTITY_FIELDS = ['id', 'name', 'community', 'street', 'district', 'city', 'type'] as const;
/** The keys a self-assessment has (assessment-keys.ts); convert carries all but `evidence`. */
const FILE_KEYS = new Set(TOP_KEYS);

/**
 * What a file holds that no column carries: its evidence (台账), per criterion, and keys the
 * schema does not have (at the top, or in the community's own mapping).
 */
function droppedKeys(data: Record<string, unknown>, entityKey: string | undefined): Dropped[] {
  const out: Dropped[] = [];
  for (const k of Object.keys(data))
    if (!FILE_KEYS.has(k)) out.push({ path: [k], what: k, why: 'unknown-key' });
  const entity = entityKey !== undefined ? data[entityKey] : undefined;
  if (entity && typeof entity === 'object' && !Array.isArray(entity))
    for (const k of Object.keys(entity))
      if (!(ENTITY_FIELDS as readonly string[]).includes(k))
        out.push({ path: [entityKey!, k], what: `${entityKey}.${k}`, why: 'unknown-key' });
  const evidence = data.evidence;
  if (evidence && typeof evidence === 'object' && !Array.isArray(evidence))
    for (const k of Object.keys(evidence)) out.push({ path: ['evidence', k], what: k, why: 'evidence' });
  return out;
}

/** One name index per rubric: convert reads thousands of communities of the same few rubrics. */
const indexes = new WeakMap<Rubric, ReturnType<typeof buildNameIndex>>();
function namesOf(rubric: Rubric): ReturnType<typeof buildNameIndex> {
  let idx = indexes.get(rubric);
  if (!idx) indexes.set(rubric, (idx = buildNameIndex(rubric)));
  return idx;
}

function scalarOf(v: unknown): YamlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** `data` is what the YAML loader or a sheet row gives: { community|street, period, rubric, metrics, facilities, notes }. */
export function communityOf(data: Record<string, unknown>, rubric: Rubric): Community {
  const level = rubric.level;
  const entityKey = [level, 'community', 'street'].find((k) => data[k] !== undefined && data[k] !== null);
  const e = (entityKey !== undefined ? data[entityKey] : {}) as Record<string, unknown>;
  const entity: Community['entity'] = {};
  for (const f of ENTITY_FIELDS) {
    const v = e[f];
    if (v !== undefined && v !== null) entity[f] = String(v);
  }
  const dropped: Dropped[] = droppedKeys(data, entityKey);
  const metrics = new Map<string, YamlValue>();
  const rawMetrics = data.metrics;
  if (rawMetrics && typeof rawMetrics === 'object' && !Array.isArray(rawMetrics))
    for (const [k, v] of Object.entries(rawMetrics)) {
      if (rubric.metrics[k]) metrics.set(k, scalarOf(v));
      else dropped.push({ path: ['metrics', k], what: k, why: 'unknown-metric' });
    }
  const facilities = new Map<string, FacilityValues>();
  const names = namesOf(rubric);
  const list = Array.isArray(data.facilities) ? data.facilities : [];
  list.forEach((raw: unknown, i) => {
    if (!raw || typeof raw !== 'object') return;
    const entry = raw as Record<string, unknown>;
    const kind = String(entry.kind ?? '');
    const id = names.resolve(kind);
    if (!id) {
      dropped.push({ path: ['facilities', i, 'kind'], what: kind, why: 'unknown-facility' });
      return;
    }
    if (facilities.has(id)) {
      dropped.push({ path: ['facilities', i], what: kind, why: 'repeated-facility' });
      return;
    }
    const values: FacilityValues = {};
    if (entry.area !== undefined && entry.area !== null) values.area = scalarOf(entry.area);
    if (entry.count !== undefined && entry.count !== null) values.count = scalarOf(entry.count);
    if (entry.note !== undefined) dropped.push({ path: ['facilities', i, 'note'], what: kind, why: 'note' });
    // `{ kind: 文化室, area: ~ }`: a template line nobody filled in, not a facility.
    if (('area' in entry || 'count' in entry) && values.area === undefined && values.count === undefined)
      return;
    facilities.set(id, values);
  });
  return {
    entity,
    ...(data.period !== undefined && data.period !== null ? { period: scalarOf(data.period) } : {}),
    ...(typeof data.rubric === 'string' ? { rubric: data.rubric } : {}),
    metrics,
    facilities,
    ...(typeof data.notes === 'string' ? { notes: data.notes } : {}),
    dropped,
  };
}

/** The columns beyond the template's a community needs: other metrics and facilities, a city, notes. */
export function neededExtras(
  c: Community,
  into: {
    metrics: Set<string>;
    facilities: Map<string, Set<Measure>>;
    fields: Set<RowField>;
  },
): void {
  for (const k of c.metrics.keys()) into.metrics.add(k);
  for (const [id, v] of c.facilities) {
    const s = into.facilities.get(id) ?? new Set<Measure>();
    if (v.area !== undefined) s.add('area');
    if (v.count !== undefined) s.add('count');
    into.facilities.set(id, s);
  }
  if (c.entity.city !== undefined) into.fields.add('city');
  if (c.notes !== undefined) into.fields.add('notes');
}
