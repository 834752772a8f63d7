/**
 * Finding and loading rubrics: a built-in id (rubrics/<id>.yaml shipped with the package) or
 * a path. Rubric files are data: parsed as YAML, checked by schema, never executed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { LEVELS, type Level } from '../model/assessment.js';
import { buildRubric } from '../model/build-rubric.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { type RubricFile, RubricFileSchema } from '../model/rubric-schema.js';
import { type Salvaged, salvageRubric } from '../model/salvage-rubric.js';
import { zodFindings } from '../model/zod-findings.js';
import { type ExtendsResult, resolveExtends } from './extends.js';
import { loadYamlFile, place } from './load-yaml-file.js';
import { resolveRollUps } from './roll-up-refs.js';
import { MAX_RUBRIC_BYTES, rubricOverLimit } from './rubric-limits.js';
import { type RubricName, rubricByName } from './rubric-names.js';

/** The folder of built-in rubrics, beside dist/ in the installed package. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rubrics');
/**
 * dist/rubrics: each built-in rubric as loadRubric loads it, written by `npm run build`
 * (scripts/bundle.mjs) with the hash of the YAML it came from. Every module that loads rubrics
 * (dist/load, the bundles in dist/cli and dist/batch) sits one level below dist/.
 */
export const PRECOMPILED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../rubrics');

export function builtinIds(): string[] {
  if (!existsSync(BUILTIN_DIR)) return [];
  return readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function builtinPath(id: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) return undefined;
  const p = join(BUILTIN_DIR, `${id}.yaml`);
  return existsSync(p) ? p : undefined;
}

/** A reference is a built-in id when one exists by that name, else a path. */
export function rubricFile(ref: string): string | undefined {
  const builtin = builtinPath(ref);
  if (builtin) return builtin;
  return existsSync(ref) ? ref : undefined;
}

export interface LoadedRubric {
  rubric?: Rubric;
  /** Every finding, placed at file:line:column; errors mean `rubric` is undefined. */
  findings: Finding[];
  file?: string;
}

const cache = new Map<string, LoadedRubric>();

/**
 * Forget the rubrics read so far: a run in a process that ran civscore before (the tests' runCli,
 * anything embedding `run`) reads its rubric files as they are now.
 */
export function forgetLoadedRubrics(): void {
  cache.clear();
}

/** The built-in rubrics that load, for looking one up by title. */
let builtins: Rubric[] | undefined;
function builtinRubrics(): Rubric[] {
  builtins ??= builtinIds().flatMap((id) => {
    const r = loadRubric(id).rubric;
    return r ? [r] : [];
  });
  return builtins;
}

/**
 * A name that is neither a built-in id nor a file: a built-in id in another letter case or a
 * built-in rubric's title (in any language) means that rubric; anything else gets a suggestion.
 */
export function builtinByName(name: string): RubricName {
  if (name.length > 200) return {};
  return rubricByName(name, builtinRubrics());
}

/** The finding for a rubric name that means no rubric (or several): with the fix. */
export function rubricNameFinding(name: string, shown = name): Finding {
  const known = builtinIds().join(', ');
  const found = builtinByName(name);
  if ('ambiguous' in found)
    return finding('rubric.ambiguous', 'error', { rubric: shown, candidates: found.ambiguous });
  const params = { rubric: shown, known };
  return 'suggestion' in found && found.suggestion
    ? finding('rubric.not-found', 'error', { ...params, suggestion: found.suggestion })
    : finding('rubric.not-found', 'error', params);
}

/** Whether a finding says a rubric name means no rubric (or several). */
export function isRubricNameFinding(f: Finding): boolean {
  return f.code === 'rubric.not-found' || f.code === 'rubric.ambiguous';
}

/** A built-in id, a path, or a name builtinByName knows: the file, else the finding why not. */
export function rubricFileOrFinding(ref: string): { file: string } | { finding: Finding } {
  const file = rubricFile(ref);
  if (file) return { file };
  const named = builtinByName(ref);
  const byName = 'id' in named ? builtinPath(named.id) : undefined;
  return byName ? { file: byName } : { finding: rubricNameFinding(ref) };
}

export function loadRubric(ref: string): LoadedRubric {
  const found = rubricFileOrFinding(ref);
  if ('finding' in found) return { findings: [{ ...found.finding, file: ref, line: 1, column: 1 }] };
  const { file } = found;
  const key = resolve(file);
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = loadRubricFile(file);
  cache.set(key, loaded);
  return loaded;
}

function loadRubricFile(file: string): LoadedRubric {
  return loadPrecompiled(file) ?? loadRubricYaml(file);
}

function loadRubricYaml(file: string): LoadedRubric {
  const read = readRubricFile(file);
  const { findings } = read;
  return read.rubric && !hasErrors(findings) ? { rubric: read.rubric, findings, file } : { findings, file };
}

export interface RubricRead {
  file: string;
  /** The file as written, once `extends` is merged and the schema passed. */
  raw?: RubricFile;
  /** The rubric as built, even when it has errors (for lint and show). */
  rubric?: Rubric;
  findings: Finding[];
  /** Places findings with a path into the merged rubric at file:line:column (a parent's, when inherited). */
  place(findings: Finding[]): Finding[];
  origins?: ExtendsResult['origins'];
  /** The ids the file itself drops from what it extends. */
  ownDrop?: string[];
  /**
   * When the schema refused parts of the file: what was taken out so that the rest could be built
   * (`raw` and `rubric` are then of the rest, and `findings` has the schema's errors).
   */
  salvaged?: Salvaged;
}

/** Reads, merges `extends`, validates and builds one rubric file, keeping everything lint and show need. */
/** `community`, `street` or `compound` when the data is a self-assessment (an entity, no sections or tiers). */
function selfAssessmentKey(data: Record<string, unknown>): Level | undefined {
  if (Array.isArray(data.sections) || Array.isArray(data.tiers) || data.extends !== undefined)
    return undefined;
  for (const key of LEVELS) if (data[key] !== null && typeof data[key] === 'object') return key;
  return undefined;
}

export function readRubricFile(file: string): RubricRead {
  const origin = (fs: Finding[]) => place(fs, file, () => ({ line: 1, column: 1 }));
  const size = sizeOf(file);
  if (size > MAX_RUBRIC_BYTES)
    return {
      file,
      findings: origin([finding('rubric.too-large', 'error', { size, limit: MAX_RUBRIC_BYTES })]),
      place: origin,
    };
  const y = loadYamlFile(file);
  const placeOwn = (fs: Finding[]) => place(fs, file, y.locate);
  if (!y.data) return { file, findings: y.findings, place: placeOwn };
  const tooMany = (data: unknown, at: (fs: Finding[]) => Finding[]) => {
    const over = rubricOverLimit(data);
    return over ? at([finding(over.code, 'error', { count: over.count, limit: over.limit }, over.path)]) : [];
  };
  // Counted before extends is merged and again after: merging thousands of criteria is the cost.
  const ownTooMany = tooMany(y.data, placeOwn);
  if (ownTooMany.length) return { file, findings: [...y.findings, ...ownTooMany], place: placeOwn };
  // A self-assessment handed in where a rubric is expected: said as what it is, not as 14
  // schema errors (as `check` does for a rubric).
  const entity = selfAssessmentKey(y.data);
  if (entity)
    return {
      file,
      findings: [...y.findings, ...placeOwn([finding('load.is-assessment', 'error', {}, [entity])])],
      place: placeOwn,
    };
  const ext = resolveExtends(y.data, file, { builtin: builtinPath, builtinIds, locate: y.locate });
  const where = ext.where;
  const placeMerged = where
    ? (fs: Finding[]) => fs.map((f) => (f.line !== undefined ? f : { ...f, ...where(f.path ?? []) }))
    : placeOwn;
  const ownDrop = Array.isArray(y.data.drop) ? y.data.drop.filter((d) => typeof d === 'string') : [];
  const origins = {
    ...(ext.origins ? { origins: ext.origins } : {}),
    ...(ownDrop.length ? { ownDrop } : {}),
  };
  if (hasErrors(ext.findings))
    return { file, findings: [...y.findings, ...ext.findings], place: placeMerged, ...origins };
  const mergedTooMany = tooMany(ext.data, placeOwn);
  if (mergedTooMany.length)
    return { file, findings: [...y.findings, ...mergedTooMany], place: placeMerged, ...origins };
  const parsed = RubricFileSchema.safeParse(ext.data);
  const schemaFindings = parsed.success ? [] : placeMerged(zodFindings(parsed.error, ext.data));
  // Refused parts taken out, the rest is built and linted all the same: every problem in one run.
  const salvaged = parsed.success ? undefined : salvageRubric(ext.data, parsed.error);
  const raw = parsed.success ? parsed.data : salvaged?.raw;
  if (!raw) {
    return {
      file,
      findings: [...y.findings, ...ext.findings, ...schemaFindings],
      place: placeMerged,
      ...origins,
    };
  }
  const built = buildRubric(raw, file);
  // A roll-up's lower rubric and tier, checked as `extends` is (and its tier titles kept).
  built.findings.push(...resolveRollUps(built.rubric, file, builtinPath, (f) => loadRubric(f).rubric));
  if (where) {
    // Inherited criteria name the parent's file, as rubric.ts promises.
    for (const s of built.rubric.sections)
      for (const c of s.criteria) {
        const origin = where(c.path).file;
        if (origin !== file) c.file = origin;
      }
  }
  return {
    file,
    raw,
    rubric: built.rubric,
    findings: [
      ...y.findings,
      ...ext.findings,
      ...schemaFindings,
      ...placeMerged(salvaged ? salvaged.restore(built.findings) : built.findings),
    ],
    place: placeMerged,
    ...origins,
    ...(salvaged ? { salvaged } : {}),
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/*
 * Built-in rubrics, precompiled: `check` on one file would otherwise spend about a third of its
 * time parsing and validating the rubric's YAML. A precompiled rubric is used only while the
 * hash of its YAML matches; else (or without dist/rubrics) the YAML is read as above. The
 * rubric's own file name stands in the JSON as FILE, so that findings and criteria name the
 * file as this run refers to it, wherever the package is installed.
 */
const PRECOMPILED_FORMAT = 2;
const FILE = '\u0000file';

interface Precompiled {
  format: number;
  /** contentHash of the YAML it was built from. */
  hash: string;
  loaded: LoadedRubric;
}

/**
 * The YAML's length and a 53-bit hash of its bytes (cyrb53). Not node:crypto: loading it alone
 * takes ~3 ms at start-up, and this only tells an edited rubric from the one built.
 */
function contentHash(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const b of bytes) {
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${bytes.length}:${((h2 & 0x1fffff) >>> 0).toString(16)}:${(h1 >>> 0).toString(16)}`;
}

/** The built-in rubric's id when `file` is one, else undefined. */
function builtinIdOf(file: string): string | undefined {
  const abs = resolve(file);
  return dirname(abs) === BUILTIN_DIR && abs.endsWith('.yaml') ? basename(abs, '.yaml') : undefined;
}

function loadPrecompiled(file: string): LoadedRubric | undefined {
  const id = builtinIdOf(file);
  if (!id) return undefined;
  let text: string;
  let yaml: Buffer;
  try {
    text = readFileSync(join(PRECOMPILED_DIR, `${id}.json`), 'utf8');
    yaml = readFileSync(file);
  } catch {
    return undefined;
  }
  let pre: Precompiled;
  try {
    pre = JSON.parse(text, (_k, v) => (v === FILE ? file : v)) as Precompiled;
  } catch {
    return undefined;
  }
  return pre.format === PRECOMPILED_FORMAT && pre.hash === contentHash(yaml) ? pre.loaded : undefined;
}

/**
 * For the build: a built-in rubric as loadRubric loads it, as JSON for dist/rubrics/<id>.json;
 * undefined for a rubric that extends another (its findings may name other files) or has errors,
 * and whenever the JSON would not give back exactly the same (a value JSON cannot hold).
 */
export function precompileBuiltin(id: string): string | undefined {
  const file = builtinPath(id);
  if (!file) return undefined;
  const yaml = readFileSync(file);
  if (yaml.includes(0) || yaml.includes(file)) return undefined;
  const own = loadYamlFile(file).data;
  if (!own || 'extends' in own) return undefined;
  const loaded = loadRubricYaml(file);
  if (!loaded.rubric) return undefined;
  const pre: Precompiled = { format: PRECOMPILED_FORMAT, hash: contentHash(yaml), loaded };
  const text = JSON.stringify(pre, (_k, v) => (v === file ? FILE : v));
  if (text.includes(BUILTIN_DIR)) return undefined;
  const back = JSON.parse(text, (_k, v) => (v === FILE ? file : v)) as Precompiled;
  return isDeepStrictEqual(back.loaded, loaded) ? text : undefined;
}
