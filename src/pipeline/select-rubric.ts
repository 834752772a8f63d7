/**
 * Which rubric judges a self-assessment: --rubric, else the file's own `rubric:` (a built-in
 * id, or a path relative to the file itself). One function, so
 * check, validate and rank choose alike. A file naming a rubric that does not exist is the
 * file's problem; a --rubric that cannot be used means the command cannot run.
 */

import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { LoadedYaml } from '../load/load-yaml-file.js';
import { place } from '../load/load-yaml-file.js';
import {
  builtinByName,
  builtinPath,
  forgetLoadedRubrics,
  isRubricNameFinding,
  type LoadedRubric,
  loadRubric,
  rubricNameFinding,
} from '../load/rubrics.js';
import type { ParamsOf } from '../model/codes/index.js';
import { type Finding, finding } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import {
  allowedText,
  findInAllowed,
  inAllowedFolder,
  isAllowed,
  type RubricPolicy,
} from './rubric-policy.js';

export type RubricChoice =
  /** ref: the reference the rubric was loaded under (rubricFor(ref) gives the same rubric again). */
  | { kind: 'rubric'; rubric: Rubric; findings: Finding[]; ref: string }
  /** The file's own problem (no rubric named, a rubric that does not exist, a rubric file). */
  | { kind: 'file-problem'; findings: Finding[] }
  /** The rubric exists but cannot be used: the command cannot run for this file. */
  | { kind: 'rubric-failure'; loaded: LoadedRubric };

/** Rubrics by reference, for this process: a batch names the same few rubrics thousands of times. */
const loadedByRef = new Map<string, LoadedRubric>();

/**
 * Forget what earlier runs in this process looked up: a reference such as `rubric.yaml` means
 * another file in another folder, and a file may have changed since (src/cli/run.ts, per run).
 */
export function forgetRubricLookups(): void {
  loadedByRef.clear();
  forgetLoadedRubrics();
}

export function rubricFor(ref: string): LoadedRubric {
  const hit = loadedByRef.get(ref);
  if (hit) return hit;
  const loaded = loadRubric(ref);
  if (loaded.rubric) loadedByRef.set(ref, loaded);
  return loaded;
}

/**
 * Every rubric a batch was judged under, by the reference it was loaded under (a worker's too,
 * loaded here again): two contents under one id are never one table.
 */
export function rubricsByRef(refs: Iterable<string | undefined>): Map<string, Rubric> {
  const byRef = new Map<string, Rubric>();
  for (const ref of refs)
    if (ref !== undefined && !byRef.has(ref)) {
      const rubric = rubricFor(ref).rubric;
      if (!rubric) throw new Error(`rubric ${ref} used in a worker could not be loaded again`);
      byRef.set(ref, rubric);
    }
  return byRef;
}

/**
 * Whether a name is a built-in rubric, for this process: a batch names the same id 100,000
 * times, and each lookup is a stat of the rubrics folder.
 */
const isBuiltinByName = new Map<string, boolean>();
function isBuiltin(named: string): boolean {
  let hit = isBuiltinByName.get(named);
  if (hit === undefined) isBuiltinByName.set(named, (hit = builtinPath(named) !== undefined));
  return hit;
}

/** A name that is not written as a path: no folder, no .yaml/.yml. */
export function looksLikeName(named: string): boolean {
  return !/[\\/]|\.ya?ml$/i.test(named);
}

/**
 * The built-in id a file's `rubric:` means: the id itself, else (not written as a path) the id
 * in another letter case or a built-in title in any language. Per process, as isBuiltin.
 */
const builtinIdByName = new Map<string, string | undefined>();
function namedBuiltin(named: string): string | undefined {
  if (isBuiltin(named)) return named;
  if (!looksLikeName(named)) return undefined;
  if (builtinIdByName.has(named)) return builtinIdByName.get(named);
  const found = builtinByName(named);
  const id = 'id' in found ? found.id : undefined;
  builtinIdByName.set(named, id);
  return id;
}

/**
 * A path named inside a file is resolved from that file's folder, never from the folder the
 * command runs in (the same file must mean the same rubric wherever it is judged from); a
 * built-in id wins.
 */
export function resolveNamedRubric(named: string, file: string): string {
  const id = namedBuiltin(named);
  if (id !== undefined) return id;
  if (isAbsolute(named)) return named;
  return join(dirname(file), named);
}

/**
 * Which rubric a submission's `rubric:` (a file's key or a row's cell) may mean under the
 * operator's policy, decided before anything it names is opened: a built-in id; a name found as
 * <name>.yaml in an allowed folder; a path whose folder is, after links, under an allowed folder
 * (and the file itself too, when it exists: a link out is refused). Anything else is refused with
 * one answer whether or not it exists, so the answer tells a submitter nothing about files outside
 * the allowed folders; a name close to a built-in one is told that name instead. A refused rubric
 * is never read, so nothing of it (titles, metric names) reaches a did-you-mean.
 */
export function allowedRubric(
  named: string,
  file: string,
  policy: RubricPolicy,
): { ref: string } | { refused: Finding } {
  const id = namedBuiltin(named);
  if (id !== undefined) return { ref: id };
  const notAllowed = {
    refused: finding('trust.rubric-not-allowed', 'error', { rubric: named, allowed: allowedText(policy) }, [
      'rubric',
    ]),
  };
  if (looksLikeName(named)) {
    const found = findInAllowed(policy, named);
    if (found) return { ref: found };
    const said = rubricNameFinding(named);
    return said.code === 'rubric.ambiguous' || said.params.suggestion !== undefined
      ? { refused: { ...said, path: ['rubric'] } }
      : notAllowed;
  }
  const ref = resolveNamedRubric(named, file);
  if (!inAllowedFolder(policy, ref)) return notAllowed;
  // In an allowed folder, a missing file is said to be missing (the operator's own folder).
  return !existsSync(ref) || isAllowed(policy, ref) ? { ref } : notAllowed;
}

/**
 * A district's file handed in where self-assessments are expected: a rubric (it has sections or
 * tiers), a waivers file (it has `waivers:`, or exemptions and no community or street), a roster,
 * a cost file, or an inspections file (`inspections:` or `records:`).
 */
export function districtFileKind(
  data: Record<string, unknown>,
): 'rubric' | 'waivers' | 'roster' | 'costs' | 'inspections' | undefined {
  if (data.community || data.street || data.compound) return undefined;
  if (data.inspections !== undefined || Array.isArray(data.records)) return 'inspections';
  if (Array.isArray(data.sections) || Array.isArray(data.tiers)) return 'rubric';
  if (data.waivers !== undefined || Array.isArray(data.exemptions)) return 'waivers';
  if (Array.isArray(data.communities) || Array.isArray(data.compounds)) return 'roster';
  if (isCostsFile(data)) return 'costs';
  return undefined;
}

/**
 * A cost file (costs.yaml, for `civscore plan`): `quotes:`, facilities as a mapping of prices
 * (a self-assessment lists its facilities), or a metric priced with fixed: / per-unit:.
 */
function isCostsFile(data: Record<string, unknown>): boolean {
  if (data.quotes !== undefined) return true;
  const f = data.facilities;
  if (f !== null && typeof f === 'object' && !Array.isArray(f)) return true;
  const m = data.metrics;
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
  const priced = (v: unknown) =>
    v !== null && typeof v === 'object' && ('fixed' in (v as object) || 'per-unit' in (v as object));
  return Object.values(m).some((v) => (Array.isArray(v) ? v.some(priced) : priced(v)));
}

/** The finding for a district's own file given where a self-assessment belongs. */
export const DISTRICT_FILE_CODES = {
  rubric: 'assessment.is-rubric',
  waivers: 'assessment.is-waivers',
  roster: 'assessment.is-roster',
  costs: 'assessment.is-costs',
  inspections: 'assessment.is-inspections',
} as const;

/** What a file's `rubric:` resolves to, before it is placed in the file: the same for every file that names it alike. */
type Resolution =
  | { kind: 'rubric'; rubric: Rubric; mismatch?: Finding; ref: string }
  | { kind: 'file-problem'; finding: Finding }
  | { kind: 'rubric-failure'; loaded: LoadedRubric };

/**
 * Resolutions by (policy, forced rubric, reference as written, the file's folder), for this
 * process (each worker has its own): a messy batch names the same missing or refused path in
 * thousands of files, and each resolution stats files and may look for the closest built-in
 * name. The folder is part of the key because a path is resolved from the file's folder.
 */
const NO_POLICY: RubricPolicy = { dirs: [] };
const resolutions = new WeakMap<RubricPolicy, Map<string, Resolution>>();

function resolveRubric(
  named: string | undefined,
  file: string,
  forced?: string,
  policy?: RubricPolicy,
): Resolution {
  let byKey = resolutions.get(policy ?? NO_POLICY);
  if (!byKey) resolutions.set(policy ?? NO_POLICY, (byKey = new Map()));
  const key = `${forced ?? ''}\u0000${named ?? ''}\u0000${dirname(file)}`;
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = resolveUncached(named, file, forced, policy)));
  return hit;
}

function resolveUncached(
  named: string | undefined,
  file: string,
  forced?: string,
  policy?: RubricPolicy,
): Resolution {
  let ref = forced ?? resolveNamedRubric(named!, file);
  if (!forced && policy) {
    const allowed = allowedRubric(named!, file, policy);
    if ('refused' in allowed) return { kind: 'file-problem', finding: allowed.refused };
    ref = allowed.ref;
  }
  const loaded = rubricFor(ref);
  if (!loaded.rubric) {
    const notFound = loaded.findings.find(isRubricNameFinding);
    if (!forced && notFound) {
      // Said as the file wrote it, with the closest built-in rubric when it names one.
      const said = looksLikeName(named!) ? rubricNameFinding(named!) : notFound;
      const params = said === notFound ? { ...notFound.params, rubric: named! } : said.params;
      return {
        kind: 'file-problem',
        finding: finding(said.code, 'error', params as ParamsOf<typeof said.code>, ['rubric']),
      };
    }
    return { kind: 'rubric-failure', loaded };
  }
  const mismatch =
    forced && named && named !== loaded.rubric.id && namedBuiltin(named) !== loaded.rubric.id
      ? finding('rubric.mismatch', 'warning', { named, used: loaded.rubric.id }, ['rubric'])
      : undefined;
  return { kind: 'rubric', rubric: loaded.rubric, ref, ...(mismatch ? { mismatch } : {}) };
}

export function selectRubric(
  y: LoadedYaml & { data: Record<string, unknown> },
  forced?: string,
  /** rank and validate: which rubrics a file may name (none: any, as check allows). */
  policy?: RubricPolicy,
): RubricChoice {
  const here = (f: Finding) => place([f], y.file, y.locate);
  const other = districtFileKind(y.data);
  if (other) {
    const code = DISTRICT_FILE_CODES[other];
    const key =
      other === 'roster'
        ? Array.isArray(y.data.communities)
          ? 'communities'
          : 'compounds'
        : other === 'costs'
          ? 'rubric'
          : other === 'inspections'
            ? y.data.inspections !== undefined
              ? 'inspections'
              : 'records'
            : other;
    return { kind: 'file-problem', findings: here(finding(code, 'warning', {}, [key])) };
  }
  const named = typeof y.data.rubric === 'string' ? y.data.rubric : undefined;
  if (!forced && !named)
    return { kind: 'file-problem', findings: here(finding('rubric.none', 'error', {}, [])) };
  const r = resolveRubric(named, y.file, forced, policy);
  if (r.kind === 'file-problem') return { kind: 'file-problem', findings: here(r.finding) };
  if (r.kind === 'rubric-failure') return r;
  return { kind: 'rubric', rubric: r.rubric, findings: r.mismatch ? here(r.mismatch) : [], ref: r.ref };
}
