/**
 * A rubric file the schema refused, with each refused part taken out, so that `rubric lint` can
 * still check the rest in the same run (issue 12: one schema error must not hide the names, ids,
 * tiers, weights and quotas findings). The unit taken out is the smallest that stands alone: an
 * unknown key, a criterion, a section, a metric, a facility, a tier, a quota, an exemption, the
 * cycle; a required top-level field gets a stand-in. What was taken out is remembered, so that
 * the findings it would cause elsewhere (a tier requiring a dropped criterion, a metric only a
 * dropped criterion used) are not reported as if they were mistakes of their own. Pure.
 */
import type { z } from 'zod';
import type { Finding, Path } from './finding.js';
import { type RubricFile, RubricFileSchema } from './rubric-schema.js';

/** What was taken out, by id: the echoes of these are not findings of their own. */
export interface Dropped {
  criteria: Set<string>;
  sections: Set<string>;
  metrics: Set<string>;
  facilities: Set<string>;
  tiers: Set<string>;
  /** Every id a dropped part named (metrics, facilities it used). */
  named: Set<string>;
  /** Points changed (a criterion or section dropped): totals and reachability cannot be judged. */
  points: boolean;
}

export interface Salvaged {
  raw: RubricFile;
  dropped: Dropped;
  /**
   * Findings about `raw` as findings about the file: echoes of what was taken out left out, and
   * list indexes put back as they are in the file (criterion 3 is still 3 when 2 was taken out).
   */
  restore(findings: Finding[]): Finding[];
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Standing in for a required field the schema refused, so the rest can be built. */
const STAND_IN: Record<string, unknown> = { rubric: 'rubric', title: { en: 'rubric' } };
const LISTS = ['sections', 'tiers', 'quotas', 'exemptions', 'drop'];
const RECORDS = ['metrics', 'facilities'];

/** The rubric with the parts `error` refused taken out, or undefined when nothing usable is left. */
export function salvageRubric(data: unknown, error: z.ZodError): Salvaged | undefined {
  if (!isRecord(data)) return undefined;
  const doc = structuredClone(data) as Raw;
  // Each list's items by their index in the file, kept in step as items are taken out.
  const indexes = new WeakMap<unknown[], number[]>();
  const tag = (v: unknown): void => {
    if (Array.isArray(v)) {
      indexes.set(
        v,
        v.map((_, i) => i),
      );
      v.forEach(tag);
    } else if (isRecord(v)) Object.values(v).forEach(tag);
  };
  tag(doc);
  const dropped: Dropped = {
    criteria: new Set(),
    sections: new Set(),
    metrics: new Set(),
    facilities: new Set(),
    tiers: new Set(),
    named: new Set(),
    points: false,
  };
  let issues = error.issues;
  // Each round takes out what the last refused; a part taken out cannot be refused again.
  for (let round = 0; round < 8; round++) {
    const removals: Path[] = [];
    for (const issue of issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') for (const k of issue.keys) removals.push([...path, k]);
      else removals.push(unitOf(path));
    }
    removeAll(doc, removals, dropped, indexes);
    const parsed = RubricFileSchema.safeParse(doc);
    if (parsed.success) {
      const original = (path: Path): Path => {
        let node: unknown = doc;
        return path.map((k) => {
          const at = Array.isArray(node) && typeof k === 'number' ? (indexes.get(node)?.[k] ?? k) : k;
          node =
            node !== null && typeof node === 'object'
              ? (node as Record<string | number, unknown>)[k]
              : undefined;
          return at;
        });
      };
      const restore = (fs: Finding[]) =>
        withoutEchoes(fs, dropped).map((f) => (f.path ? { ...f, path: original(f.path) } : f));
      return { raw: parsed.data, dropped, restore };
    }
    issues = parsed.error.issues;
  }
  return undefined;
}

/** The part to take out for a problem at `path`. */
function unitOf(path: Path): Path {
  const [top, a, b, c] = path;
  if (top === 'sections' && typeof a === 'number') {
    if (b === 'criteria' && typeof c === 'number') return ['sections', a, 'criteria', c];
    return ['sections', a];
  }
  if (typeof top === 'string' && LISTS.includes(top) && typeof a === 'number') return [top, a];
  if (typeof top === 'string' && RECORDS.includes(top) && typeof a === 'string') return [top, a];
  return top === undefined ? [] : [top];
}

/** Removes every path (list items from the last, so that indexes stay true), noting what went. */
function removeAll(doc: Raw, paths: Path[], dropped: Dropped, indexes: WeakMap<unknown[], number[]>): void {
  const unique = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()];
  // Deeper and later first: a criterion before its section, item 3 before item 1.
  unique.sort((x, y) => compareDesc(x, y));
  for (const path of unique) remove(doc, path, dropped, indexes);
}

function compareDesc(x: Path, y: Path): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') return b - a;
    return String(a) < String(b) ? -1 : 1;
  }
  return y.length - x.length;
}

function remove(doc: Raw, path: Path, dropped: Dropped, indexes: WeakMap<unknown[], number[]>): void {
  if (path.length === 0) return;
  let parent: unknown = doc;
  for (const k of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[k];
  }
  const key = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object') return;
  const value = (parent as Record<string | number, unknown>)[key];
  if (value === undefined && !Object.hasOwn(parent, key)) return;
  note(path, value, dropped);
  if (Array.isArray(parent) && typeof key === 'number') {
    parent.splice(key, 1);
    indexes.get(parent)?.splice(key, 1);
  } else if (path.length === 1 && Object.hasOwn(STAND_IN, key)) (parent as Raw)[key] = STAND_IN[key];
  else delete (parent as Raw)[key];
}

function note(path: Path, value: unknown, dropped: Dropped): void {
  const id = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
  const [top] = path;
  const isCriterion = top === 'sections' && path[2] === 'criteria' && path.length === 4;
  if (isCriterion || (top === 'sections' && path.length <= 2)) {
    dropped.points = true;
    const criteria = isCriterion ? [value] : isRecord(value) ? asList(value.criteria) : asList(value);
    if (!isCriterion && id) dropped.sections.add(id);
    for (const c of criteria) {
      if (isRecord(c) && typeof c.id === 'string') dropped.criteria.add(c.id);
      collectNames(c, dropped.named);
    }
  } else if (top === 'metrics' && path.length === 2) dropped.metrics.add(String(path[1]));
  else if (top === 'facilities' && path.length === 2) dropped.facilities.add(String(path[1]));
  else if (top === 'metrics' || top === 'facilities') {
    for (const k of isRecord(value) ? Object.keys(value) : [])
      (top === 'metrics' ? dropped.metrics : dropped.facilities).add(k);
  } else if (top === 'tiers') {
    if (id) dropped.tiers.add(id);
    else for (const t of asList(value)) if (isRecord(t) && typeof t.id === 'string') dropped.tiers.add(t.id);
  }
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every string a dropped part holds: the ids of what it used are among them. */
function collectNames(v: unknown, into: Set<string>): void {
  if (typeof v === 'string') into.add(v);
  else if (Array.isArray(v)) for (const x of v) collectNames(x, into);
  else if (isRecord(v)) for (const x of Object.values(v)) collectNames(x, into);
}

/** Findings that only echo a part taken out (see the module comment). */
function withoutEchoes(findings: Finding[], dropped: Dropped): Finding[] {
  const has = (set: Set<string>, v: unknown) => typeof v === 'string' && set.has(v);
  return findings.filter((f) => {
    const p = f.params;
    switch (f.code) {
      case 'rubric.unknown-criterion':
        return !has(dropped.criteria, p.criterion);
      case 'rubric.unknown-metric':
        return !has(dropped.metrics, p.metric);
      case 'rubric.unknown-facility':
        // A count item names a metric or a facility: a dropped metric reads as an unknown facility.
        return !has(dropped.facilities, p.facility) && !has(dropped.metrics, p.facility);
      case 'rubric.unknown-tier':
        return !has(dropped.tiers, p.tier);
      case 'lint.unused-metric':
        return !has(dropped.named, p.metric);
      case 'lint.unused-facility':
        return !has(dropped.named, p.facility);
      case 'rubric.tier-unreachable':
      case 'lint.total-points':
      case 'lint.weight-no-points':
      case 'lint.weights-mixed':
        return !dropped.points;
      default:
        return true;
    }
  });
}
