/**
 * `extends`: a rubric inherits a built-in id or a relative path inside its own folder tree
 * (never a URL, an absolute path or a `..` escape) and overrides by id. Runs on the raw
 * parsed YAML, before the schema: the merged data is then validated as one rubric.
 *
 * Merging, child over parent:
 * - top-level fields (title, level, year, description, source): the child's when given;
 * - facilities and metrics: by id, field by field;
 * - sections by id; criteria by id (wherever the inherited one stands), field by field,
 *   except that any bound key in the child (at-least, more-than, at-most, less-than,
 *   between) replaces all of the parent's bound keys, and a different `kind` replaces the
 *   criterion whole; new sections and criteria are appended;
 * - tiers and quotas by id, the same way; tiers are then kept highest first;
 * - exemptions are appended; `drop: [ids]` removes inherited criteria, sections, tiers
 *   and quotas before the child's own are merged in.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Path, Position } from '../model/finding.js';
import { finding } from '../model/finding.js';
import { loadYamlFile } from './load-yaml-file.js';
import { MAX_EXTENDS_FILES, MAX_RUBRIC_BYTES, rubricOverLimit } from './rubric-limits.js';

export type Origin = 'inherited' | 'overridden' | 'added';

export interface ExtendsResult {
  data: unknown;
  findings: Finding[];
  /** Where a path of the merged rubric stands, when it differs from the child file's own. */
  locate?: (path: Path) => Position;
  /** Like locate, with the file: inherited parts point into the parent's file. */
  where?: (path: Path) => Position & { file: string };
  /** For a rubric that extends another: where each criterion, section, tier and quota came from. */
  origins?: Record<'criteria' | 'sections' | 'tiers' | 'quotas', Record<string, Origin>>;
  /** The chain of files, the rubric's own first. */
  chain?: string[];
}

export interface ExtendsOptions {
  /** The file of a built-in rubric by id (rubrics.ts's builtinPath). */
  builtin: (id: string) => string | undefined;
  builtinIds?: () => string[];
  /** Positions in the child file; without it, findings point at line 1. */
  locate?: (path: Path) => Position;
}

type Where = (path: Path) => Position & { file: string };
type Raw = Record<string, unknown>;

// A bound replaces a bound: `by-type` (a bound per community type) is one of them.
const BOUND_KEYS = ['at-least', 'more-than', 'at-most', 'less-than', 'between', 'by-type'];
const TOP_FIELDS = [
  'title',
  'level',
  'year',
  'description',
  'source',
  'cycle',
  'nested-tiers',
  'overstatement',
  'community-types',
];
const URL_RE = /^[A-Za-z][A-Za-z0-9+.-]+:/;

const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);

/** A path as findings show it: relative to the working folder when inside it. */
function display(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** A built-in id or a relative path inside `dirname(file)`: the parent's file, or a finding. */
export function resolveParentRef(
  ref: string,
  file: string,
  options: Pick<ExtendsOptions, 'builtin' | 'builtinIds'>,
): { file: string } | { code: Finding['code']; params: Record<string, string> } {
  if (URL_RE.test(ref) && !/^[A-Za-z]:[\\/]/.test(ref))
    return { code: 'extends.url', params: { parent: ref } };
  if (isAbsolute(ref) || /^[\\/]/.test(ref) || /^[A-Za-z]:[\\/]/.test(ref))
    return { code: 'extends.absolute', params: { parent: ref } };
  const looksLikePath = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
  if (!looksLikePath) {
    const builtin = options.builtin(ref);
    if (builtin) return { file: display(builtin) };
  }
  const root = dirname(resolve(file));
  const target = resolve(root, ref);
  const escapes = (from: string, to: string) => {
    const rel = relative(from, to);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  if (escapes(root, target)) return { code: 'extends.outside', params: { parent: ref, root: display(root) } };
  if (!existsSync(target)) {
    return {
      code: 'extends.not-found',
      params: { parent: ref, known: (options.builtinIds?.() ?? []).join(', ') },
    };
  }
  // A symbolic link may still lead out of the tree.
  if (escapes(realpath(root), realpath(target)))
    return { code: 'extends.outside', params: { parent: ref, root: display(root) } };
  return { file: display(target) };
}

export function resolveExtends(data: Raw, file: string, options?: ExtendsOptions): ExtendsResult {
  const locate = options?.locate ?? (() => ({ line: 1, column: 1 }));
  if (data.extends === undefined || data.extends === null) {
    return { data, findings: [] };
  }
  return resolveChain(
    data,
    file,
    locate,
    options ?? { builtin: () => undefined },
    [realpath(file)],
    sizeOf(file),
  );
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function resolveChain(
  data: Raw,
  file: string,
  locate: (path: Path) => Position,
  options: ExtendsOptions,
  chain: string[],
  /** Bytes of the files of the chain so far. */
  bytes: number,
): ExtendsResult {
  const own: Where = (p) => ({ file, ...locate(p) });
  const at = (code: Finding['code'], params: Record<string, string>, path: Path): Finding => ({
    ...finding(code, 'error', params, path),
    ...own(path),
  });
  const ref = data.extends;
  // Not a string: the schema says so at the right place.
  if (typeof ref !== 'string' || ref === '') return { data, findings: [], where: own, locate };

  const parent = resolveParentRef(ref, file, options);
  if ('code' in parent) return { data, findings: [at(parent.code, parent.params, ['extends'])] };
  const key = realpath(parent.file);
  if (chain.includes(key)) {
    const names = [...chain, key].map(display);
    return { data, findings: [at('extends.cycle', { chain: names.join(' → ') }, ['extends'])] };
  }
  // Limits before the parent is read: each file of a long chain of large ones is parsed and merged.
  if (chain.length >= MAX_EXTENDS_FILES) {
    const names = [...chain, key].map(display);
    return {
      data,
      findings: [
        at('extends.too-long', { limit: String(MAX_EXTENDS_FILES), chain: names.join(' → ') }, ['extends']),
      ],
    };
  }
  const total = bytes + sizeOf(parent.file);
  if (total > MAX_RUBRIC_BYTES)
    return {
      data,
      findings: [
        at('rubric.too-large', { size: String(total), limit: String(MAX_RUBRIC_BYTES) }, ['extends']),
      ],
    };
  const loaded = loadYamlFile(parent.file);
  const loadErrors = loaded.findings.filter((f) => f.severity === 'error');
  if (!loaded.data || loadErrors.length) {
    return {
      data,
      findings: [
        ...loaded.findings,
        at('extends.parent-invalid', { parent: ref, count: String(loadErrors.length) }, ['extends']),
      ],
    };
  }
  const over = rubricOverLimit(loaded.data);
  if (over)
    return {
      data,
      findings: [at(over.code, { count: String(over.count), limit: String(over.limit) }, ['extends'])],
    };
  let parentData: Raw = loaded.data;
  let parentWhere: Where = (p) => ({ file: parent.file, ...loaded.locate(p) });
  const findings: Finding[] = [];
  if (parentData.extends !== undefined && parentData.extends !== null) {
    const up = resolveChain(parentData, parent.file, loaded.locate, options, [...chain, key], total);
    findings.push(...up.findings);
    if (findings.some((f) => f.severity === 'error')) {
      // A problem of the chain is said once, where it was found.
      const chainWide = findings.find((f) => CHAIN_CODES.has(f.code));
      return { data, findings: chainWide ? [chainWide] : findings };
    }
    parentData = up.data as Raw;
    if (up.where) parentWhere = up.where;
  }
  const merged = merge(parentData, data, parentWhere, own);
  const result: ExtendsResult = {
    data: merged.data,
    findings: [...findings, ...merged.findings.map((f) => ({ ...f, ...own(f.path ?? []) }))],
    where: merged.where,
    locate: (p) => {
      const { line, column } = merged.where(p);
      return { line, column };
    },
    origins: merged.origins,
    chain: [file, parent.file],
  };
  return result;
}

const CHAIN_CODES = new Set<Finding['code']>([
  'extends.cycle',
  'extends.too-long',
  'rubric.too-large',
  'rubric.too-many-criteria',
]);

/** Maps a path of the merged data to the file and path it came from. */
class PathMap {
  /**
   * By prefix (as JSON, which tells 0 from "0"): the longest prefix of a path wins, and of equal
   * prefixes the last added. Looked up from the longest prefix down, not by a scan of every entry
   * (each of thousands of criteria is placed).
   */
  private entries = new Map<string, { prefix: Path; where: Where; source: Path }>();
  constructor(private readonly fallback: Where) {}
  add(prefix: Path, where: Where, source: Path): void {
    this.entries.set(JSON.stringify(prefix), { prefix, where, source });
  }
  where: Where = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const best = this.entries.get(JSON.stringify(path.slice(0, n)));
      if (best) return best.where([...best.source, ...path.slice(n)]);
    }
    return this.fallback(path);
  };
}

interface Merged {
  data: Raw;
  findings: Finding[];
  where: Where;
  origins: NonNullable<ExtendsResult['origins']>;
}

interface Located {
  value: Raw;
  where: Where;
  /** The path of the value in its own file, and for fields the child overrode, theirs. */
  source: Path;
  fields?: { key: string; where: Where; source: Path }[];
  origin: Origin;
}

function overlay(parent: Located, child: Raw, childWhere: Where, childPath: Path): Located {
  const value: Raw =
    typeof child.kind === 'string' && parent.value.kind !== undefined && child.kind !== parent.value.kind
      ? {}
      : { ...parent.value };
  if (Object.keys(value).length === 0) {
    return { value: { ...child }, where: childWhere, source: childPath, origin: 'overridden' };
  }
  if (BOUND_KEYS.some((k) => k in child)) for (const k of BOUND_KEYS) delete value[k];
  const fields = [...(parent.fields ?? [])];
  for (const [k, v] of Object.entries(child)) {
    if (k === 'id') continue;
    value[k] = v;
    fields.push({ key: k, where: childWhere, source: [...childPath, k] });
  }
  return { value, where: parent.where, source: parent.source, fields, origin: 'overridden' };
}

function merge(parent: Raw, child: Raw, parentWhere: Where, childWhere: Where): Merged {
  const m = new Merger(parent, child, parentWhere, childWhere);
  m.top();
  m.records();
  m.sections();
  for (const k of ['tiers', 'quotas'] as const) m.byId(k);
  m.exemptions();
  m.unusedDrops();
  m.data.drop = [];
  return { data: m.data, findings: m.findings, where: m.map.where, origins: m.origins };
}

/** A section as merged so far: its head (the fields but criteria) and its criteria. */
interface SectionAcc {
  head: Located;
  criteria: Located[];
}

/** One merge of a child over its parent: the merged data, where each part came from, the findings. */
class Merger {
  readonly findings: Finding[] = [];
  readonly map: PathMap;
  readonly data: Raw = {};
  readonly origins: Merged['origins'] = { criteria: {}, sections: {}, tiers: {}, quotas: {} };
  /** The ids `drop:` names, and those a parent's entry was dropped for. */
  private readonly drop: string[];
  private readonly dropped = new Set<string>();
  /**
   * Where each criterion id first stands (sections in order): an override finds it at once, not
   * by a search of every criterion (2,000 overrides of 2,000 criteria were 4 million compares).
   */
  private readonly criterionAt = new Map<string, { list: Located[]; i: number }>();

  constructor(
    private readonly parent: Raw,
    private readonly child: Raw,
    private readonly parentWhere: Where,
    private readonly childWhere: Where,
  ) {
    this.map = new PathMap(childWhere);
    this.drop = Array.isArray(child.drop) ? child.drop.filter((x): x is string => typeof x === 'string') : [];
  }

  /** Top level: the child's own keys, else the parent's. */
  top(): void {
    const { parent, child, data } = this;
    for (const k of TOP_FIELDS) {
      if (child[k] !== undefined) data[k] = child[k];
      else if (parent[k] !== undefined) {
        data[k] = parent[k];
        this.map.add([k], this.parentWhere, [k]);
      }
    }
    for (const [k, v] of Object.entries(child)) {
      if (!['facilities', 'metrics', 'sections', 'tiers', 'quotas', 'exemptions', 'drop'].includes(k))
        data[k] = v;
    }
  }

  /** Facilities and metrics: records by id, field by field. */
  records(): void {
    for (const k of ['facilities', 'metrics'] as const) {
      const p = isRecord(this.parent[k]) ? this.parent[k] : {};
      const c = this.child[k];
      if (c !== undefined && !isRecord(c)) {
        this.data[k] = c;
        continue;
      }
      const out: Raw = {};
      for (const [id, v] of Object.entries(p)) {
        out[id] = v;
        this.map.add([k, id], this.parentWhere, [k, id]);
      }
      for (const [id, v] of Object.entries(c ?? {})) {
        if (isRecord(out[id]) && isRecord(v)) {
          out[id] = { ...out[id], ...v };
          for (const f of Object.keys(v)) this.map.add([k, id, f], this.childWhere, [k, id, f]);
        } else {
          out[id] = v;
          this.map.add([k, id], this.childWhere, [k, id]);
        }
      }
      this.data[k] = out;
    }
  }

  /** Whether `drop:` names the id (then it is noted as used). */
  private dropping(id: string | undefined): boolean {
    if (id !== undefined && this.drop.includes(id)) {
      this.dropped.add(id);
      return true;
    }
    return false;
  }

  /** Sections and their criteria: the parent's, overlaid and added to by the child's. */
  sections(): void {
    const sections = this.inheritedSections();
    for (const acc of sections) acc.criteria.forEach((_, i) => this.index(acc.criteria, i));
    const childSections = this.child.sections;
    (Array.isArray(childSections) ? childSections : []).forEach((s, si) =>
      this.childSection(sections, s, si),
    );
    if (childSections !== undefined && !Array.isArray(childSections)) this.data.sections = childSections;
    else {
      this.data.sections = sections.map((s, si) => {
        place(this.map, ['sections', si], s.head);
        this.origins.sections[idOf(s.head.value) ?? String(si)] = s.head.origin;
        const criteria = s.criteria.map((c, ci) => {
          place(this.map, ['sections', si, 'criteria', ci], c);
          const id = idOf(c.value);
          if (id) this.origins.criteria[id] = c.origin;
          return c.value;
        });
        return { ...s.head.value, criteria };
      });
    }
  }

  private inheritedSections(): SectionAcc[] {
    const sections: SectionAcc[] = [];
    const parentSections = Array.isArray(this.parent.sections) ? this.parent.sections : [];
    const parentWhere = this.parentWhere;
    parentSections.forEach((s, si) => {
      if (!isRecord(s) || this.dropping(idOf(s))) return;
      const criteria: Located[] = [];
      (Array.isArray(s.criteria) ? s.criteria : []).forEach((c, ci) => {
        if (!isRecord(c) || this.dropping(idOf(c))) return;
        criteria.push({
          value: c,
          where: parentWhere,
          source: ['sections', si, 'criteria', ci],
          origin: 'inherited',
        });
      });
      sections.push({
        head: { value: s, where: parentWhere, source: ['sections', si], origin: 'inherited' },
        criteria,
      });
    });
    return sections;
  }

  private index(list: Located[], i: number): void {
    const id = idOf(list[i]!.value);
    if (id !== undefined && !this.criterionAt.has(id)) this.criterionAt.set(id, { list, i });
  }

  /** A section of the child: one of the parent's overlaid, or a new one; then its criteria. */
  private childSection(sections: SectionAcc[], s: unknown, si: number): void {
    const childWhere = this.childWhere;
    const sp: Path = ['sections', si];
    if (!isRecord(s)) {
      sections.push({
        head: { value: s as Raw, where: childWhere, source: sp, origin: 'added' },
        criteria: [],
      });
      return;
    }
    const sid = idOf(s);
    let acc = sections.find((x) => sid !== undefined && idOf(x.head.value) === sid);
    if (acc) {
      const { criteria: _, ...rest } = s;
      acc.head = overlay(acc.head, rest, childWhere, sp);
    } else {
      acc = { head: { value: s, where: childWhere, source: sp, origin: 'added' }, criteria: [] };
      sections.push(acc);
    }
    const into = acc;
    (Array.isArray(s.criteria) ? s.criteria : []).forEach((c, ci) =>
      this.childCriterion(into, c, [...sp, 'criteria', ci]),
    );
  }

  /** A criterion of the child: an override of one inherited (by id), else a new one of its section. */
  private childCriterion(acc: SectionAcc, c: unknown, cp: Path): void {
    const childWhere = this.childWhere;
    const cid = idOf(c);
    if (!isRecord(c) || cid === undefined) {
      acc.criteria.push({ value: c as Raw, where: childWhere, source: cp, origin: 'added' });
      return;
    }
    const found = this.criterionAt.get(cid);
    if (found) {
      found.list[found.i] = overlay(found.list[found.i]!, c, childWhere, cp);
      return;
    }
    if (c.kind === undefined) {
      this.findings.push(
        finding('extends.override-unknown', 'error', { what: 'criterion', id: cid, needs: 'kind, points' }, [
          ...cp,
          'id',
        ]),
      );
      return;
    }
    acc.criteria.push({ value: c, where: childWhere, source: cp, origin: 'added' });
    this.index(acc.criteria, acc.criteria.length - 1);
  }

  /** Tiers or quotas by id: the parent's, overridden or added to by the child's. */
  byId(k: 'tiers' | 'quotas'): void {
    const c = this.child[k];
    if (c !== undefined && !Array.isArray(c)) {
      this.data[k] = c;
      return;
    }
    const list: Located[] = [];
    (Array.isArray(this.parent[k]) ? (this.parent[k] as unknown[]) : []).forEach((t, i) => {
      if (!isRecord(t) || this.dropping(idOf(t))) return;
      list.push({ value: t, where: this.parentWhere, source: [k, i], origin: 'inherited' });
    });
    (c ?? []).forEach((t: unknown, i: number) => this.childById(list, k, t, i));
    if (k === 'tiers' && Array.isArray(c) && c.length) {
      // Highest first, whichever file a tier came from; ties keep their order.
      const score = (x: Located) =>
        typeof x.value['min-score'] === 'number' ? (x.value['min-score'] as number) : -Infinity;
      list.sort((a, b) => score(b) - score(a));
    }
    this.data[k] = list.map((x, i) => {
      place(this.map, [k, i], x);
      const id = idOf(x.value);
      if (id) this.origins[k][id] = x.origin;
      return x.value;
    });
  }

  /** A tier or quota of the child: overlaid on the parent's of its id, else added (if complete). */
  private childById(list: Located[], k: 'tiers' | 'quotas', t: unknown, i: number): void {
    const tp: Path = [k, i];
    const id = idOf(t);
    const j = list.findIndex((x) => id !== undefined && idOf(x.value) === id);
    if (j >= 0 && isRecord(t)) list[j] = overlay(list[j]!, t, this.childWhere, tp);
    else if (isRecord(t) && id !== undefined && (k === 'tiers' ? !('min-score' in t) : !('share' in t))) {
      this.findings.push(
        finding(
          'extends.override-unknown',
          'error',
          {
            what: k === 'tiers' ? 'tier' : 'quota',
            id,
            needs: k === 'tiers' ? 'min-score' : 'group, share',
          },
          [...tp, 'id'],
        ),
      );
    } else list.push({ value: t as Raw, where: this.childWhere, source: tp, origin: 'added' });
  }

  /** Exemptions: the parent's, then the child's. */
  exemptions(): void {
    const pe = Array.isArray(this.parent.exemptions) ? this.parent.exemptions : [];
    const ce = this.child.exemptions;
    if (ce !== undefined && !Array.isArray(ce)) {
      this.data.exemptions = ce;
      return;
    }
    pe.forEach((_, i) => {
      this.map.add(['exemptions', i], this.parentWhere, ['exemptions', i]);
    });
    (ce ?? []).forEach((_: unknown, i: number) => {
      this.map.add(['exemptions', pe.length + i], this.childWhere, ['exemptions', i]);
    });
    this.data.exemptions = [...pe, ...(ce ?? [])];
  }

  /** An id `drop:` names that the parent does not have. */
  unusedDrops(): void {
    this.drop.forEach((id, i) => {
      if (!this.dropped.has(id))
        this.findings.push(finding('extends.drop-unknown', 'error', { id }, ['drop', i]));
    });
  }
}

function place(map: PathMap, at: Path, x: Located): void {
  map.add(at, x.where, x.source);
  for (const f of x.fields ?? []) map.add([...at, f.key], f.where, f.source);
}
