/**
 * Which rubric judges a self-assessment: --rubric, else the file's own `rubric:` (a built-in
 * id, or a path relative to the file itself, then to the working folder). One function, so
 * check, validate and rank choose alike. A file naming a rubric that does not exist is the
 * file's problem; a --rubric that cannot be used means the command cannot run.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { LoadedYaml } from '../load/load-yaml-file.js';
import { place } from '../load/load-yaml-file.js';
import { builtinPath, type LoadedRubric, loadRubric } from '../load/rubrics.js';
import { type Finding, finding } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';

export type RubricChoice =
  | { kind: 'rubric'; rubric: Rubric; findings: Finding[] }
  /** The file's own problem (no rubric named, a rubric that does not exist, a rubric file). */
  | { kind: 'file-problem'; findings: Finding[] }
  /** The rubric exists but cannot be used: the command cannot run for this file. */
  | { kind: 'rubric-failure'; loaded: LoadedRubric };

/** Rubrics by reference, for this process: a batch names the same few rubrics thousands of times. */
const loadedByRef = new Map<string, LoadedRubric>();
function rubricFor(ref: string): LoadedRubric {
  const hit = loadedByRef.get(ref);
  if (hit) return hit;
  const loaded = loadRubric(ref);
  if (loaded.rubric) loadedByRef.set(ref, loaded);
  return loaded;
}

/** A path named inside a file means "beside me" first; a built-in id wins over both. */
export function resolveNamedRubric(named: string, file: string): string {
  if (builtinPath(named) || isAbsolute(named)) return named;
  const beside = join(dirname(file), named);
  return existsSync(beside) ? beside : named;
}

/** A rubric file handed in where self-assessments are expected: it has sections or tiers. */
export function looksLikeRubric(data: Record<string, unknown>): boolean {
  return !data.community && !data.street && (Array.isArray(data.sections) || Array.isArray(data.tiers));
}

export function selectRubric(
  y: LoadedYaml & { data: Record<string, unknown> },
  forced?: string,
): RubricChoice {
  const here = (f: Finding) => place([f], y.file, y.locate);
  if (looksLikeRubric(y.data)) {
    return {
      kind: 'file-problem',
      findings: here(finding('assessment.is-rubric', 'warning', {}, ['rubric'])),
    };
  }
  const named = typeof y.data.rubric === 'string' ? y.data.rubric : undefined;
  if (!forced && !named)
    return { kind: 'file-problem', findings: here(finding('rubric.none', 'error', {}, [])) };
  const loaded = rubricFor(forced ?? resolveNamedRubric(named!, y.file));
  if (!loaded.rubric) {
    const notFound = loaded.findings.find((f) => f.code === 'rubric.not-found');
    if (!forced && notFound) {
      return {
        kind: 'file-problem',
        findings: here(finding('rubric.not-found', 'error', notFound.params, ['rubric'])),
      };
    }
    return { kind: 'rubric-failure', loaded };
  }
  const findings =
    forced && named && named !== loaded.rubric.id
      ? here(finding('rubric.mismatch', 'warning', { named, used: loaded.rubric.id }, ['rubric']))
      : [];
  return { kind: 'rubric', rubric: loaded.rubric, findings };
}
