/**
 * A well-formed self-assessment read without zod, for the batch's sake: AssessmentFileSchema
 * (assessment-schema.ts) stays the one definition of the format. This gives exactly the data
 * the schema's parse would, for the files whose every key and value is plainly right, and
 * undefined for anything else, which then goes to the schema: an unknown key, a null, a wrong
 * type, an id or period that does not match, two or none of community, street and compound, a
 * `__proto__` key, an object that is not plain. So it can only be faster, never different.
 * test/model/plain-assessment.test.ts checks that against the schema on the examples, generated
 * files and random documents, and fails when the schema changes without this.
 *
 * zod checks and copies a file in about 3.5 µs, a tenth of a batch's time per file; this in
 * well under 1 µs.
 */
import { COMPOUND_KEYS, ENTITY_KEYS, FACILITY_KEYS, TOP_KEYS } from './assessment-keys.js';
import { type AssessmentFile, ENTITY_ID_RE, PERIOD_RE } from './assessment-schema.js';
import { EVIDENCE_ENTRY_KEYS, EVIDENCE_KIND_NAMES, type EvidenceLists, SHA256_RE } from './evidence.js';

type Plain = Record<string, unknown>;

/** An object a YAML parser makes: no prototype but Object's (or none), not a list. */
function plain(x: unknown): x is Plain {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const numberOrText = (x: unknown) => (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'string';

const TOP = new Set(TOP_KEYS);
const ENTITY = new Set(ENTITY_KEYS);
const COMPOUND = new Set(COMPOUND_KEYS);
const FACILITY = new Set(FACILITY_KEYS);
const EVIDENCE_ENTRY = new Set(EVIDENCE_ENTRY_KEYS);
const EVIDENCE_KIND = new Set(EVIDENCE_KIND_NAMES);

/** Every own key one of `known`, and no value undefined. */
function onlyKnown(o: Plain, known: ReadonlySet<string>): boolean {
  for (const k of Object.keys(o)) if (!known.has(k) || o[k] === undefined) return false;
  return true;
}

type Entity = NonNullable<AssessmentFile['compound']>;

function entity(x: unknown, compound = false): Entity | undefined {
  if (!plain(x) || !onlyKnown(x, compound ? COMPOUND : ENTITY)) return undefined;
  const { id, name, community, street, district, city, type } = x;
  if (typeof id !== 'string' || !ENTITY_ID_RE.test(id) || !nonEmpty(name)) return undefined;
  if ((street !== undefined && !nonEmpty(street)) || (district !== undefined && !nonEmpty(district)))
    return undefined;
  if ((city !== undefined && !nonEmpty(city)) || (community !== undefined && !nonEmpty(community)))
    return undefined;
  if (type !== undefined && !nonEmpty(type)) return undefined;
  const e: Entity = { id, name };
  if (street !== undefined) e.street = street;
  if (district !== undefined) e.district = district;
  if (city !== undefined) e.city = city;
  if (community !== undefined) e.community = community;
  if (type !== undefined) e.type = type;
  return e;
}

type Facility = NonNullable<AssessmentFile['facilities']>[number];

function facilities(x: unknown): Facility[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: Facility[] = [];
  for (const f of x) {
    if (!plain(f) || !onlyKnown(f, FACILITY)) return undefined;
    const { kind, area, count, note } = f;
    if (!nonEmpty(kind)) return undefined;
    if ((area !== undefined && !numberOrText(area)) || (count !== undefined && !numberOrText(count)))
      return undefined;
    if (note !== undefined && typeof note !== 'string') return undefined;
    const o: Facility = { kind };
    if (area !== undefined) o.area = area as number | string;
    if (count !== undefined) o.count = count as number | string;
    if (note !== undefined) o.note = note;
    out.push(o);
  }
  return out;
}

/** The evidence lists as the schema's record of lists gives them: fresh objects, keys in order. */
function evidence(x: unknown): EvidenceLists | undefined {
  if (!plain(x) || Object.hasOwn(x, '__proto__')) return undefined;
  const out: EvidenceLists = {};
  for (const criterion of Object.keys(x)) {
    const list = x[criterion];
    if (!Array.isArray(list)) return undefined;
    const entries: EvidenceLists[string] = [];
    for (const e of list) {
      if (!plain(e) || !onlyKnown(e, EVIDENCE_ENTRY)) return undefined;
      const { path, sha256, kind, note } = e;
      if (!nonEmpty(path)) return undefined;
      if (sha256 !== undefined && (typeof sha256 !== 'string' || !SHA256_RE.test(sha256))) return undefined;
      if (kind !== undefined && (typeof kind !== 'string' || !EVIDENCE_KIND.has(kind))) return undefined;
      if (note !== undefined && typeof note !== 'string') return undefined;
      const o: EvidenceLists[string][number] = { path };
      if (sha256 !== undefined) o.sha256 = sha256;
      if (kind !== undefined) o.kind = kind;
      if (note !== undefined) o.note = note;
      entries.push(o);
    }
    out[criterion] = entries;
  }
  return out;
}

function period(x: unknown): boolean {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 1949 && x <= 2100;
  return typeof x === 'string' && PERIOD_RE.test(x);
}

/** The metrics as the schema's record gives them: a fresh object, keys in order. */
function metrics(x: unknown): Record<string, unknown> | undefined {
  if (x === undefined) return {};
  if (!plain(x) || Object.hasOwn(x, '__proto__')) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = x[k];
  return out;
}

export function readPlainAssessment(raw: unknown): AssessmentFile | undefined {
  if (!plain(raw) || !onlyKnown(raw, TOP)) return undefined;
  const { $schema, rubric, notes } = raw;
  if ($schema !== undefined && typeof $schema !== 'string') return undefined;
  if (rubric !== undefined && !nonEmpty(rubric)) return undefined;
  if (notes !== undefined && typeof notes !== 'string') return undefined;
  if (!period(raw.period)) return undefined;
  // Exactly one of community, street and compound.
  const given =
    Number(raw.community !== undefined) +
    Number(raw.street !== undefined) +
    Number(raw.compound !== undefined);
  if (given !== 1) return undefined;
  const community = raw.community === undefined ? undefined : entity(raw.community);
  const street = raw.street === undefined ? undefined : entity(raw.street);
  const compound = raw.compound === undefined ? undefined : entity(raw.compound, true);
  if (!community && !street && !compound) return undefined;
  const m = metrics(raw.metrics);
  if (!m) return undefined;
  const f = raw.facilities === undefined ? undefined : facilities(raw.facilities);
  if (raw.facilities !== undefined && !f) return undefined;
  const ev = raw.evidence === undefined ? undefined : evidence(raw.evidence);
  if (raw.evidence !== undefined && !ev) return undefined;
  // The schema's key order.
  const out = {} as AssessmentFile;
  if ($schema !== undefined) out.$schema = $schema;
  if (rubric !== undefined) out.rubric = rubric;
  if (community) out.community = community;
  if (street) out.street = street;
  if (compound) out.compound = compound;
  out.period = raw.period as AssessmentFile['period'];
  out.metrics = m;
  if (f) out.facilities = f;
  if (ev) out.evidence = ev;
  if (notes !== undefined) out.notes = notes;
  return out;
}
