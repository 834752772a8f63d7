/**
 * One self-assessment checked, not scored: read, parse, pick its rubric, interpret. The same
 * steps as assessFile up to the score, so validate and check judge a file alike; the id and its
 * position come back for the cross-file duplicate check.
 */
import { loadYamlFile, place } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import { type LoadedRubric, loadRubric } from '../load/rubrics.js';
import { type Finding, finding } from '../model/finding.js';
import { interpretAssessment } from '../model/interpret.js';
import type { Rubric } from '../model/rubric.js';

export interface ValidateFileOptions {
  /** --rubric: overrides the file's own `rubric:`. */
  rubric?: string;
  maxBytes?: number;
}

export interface ValidatedFile {
  file: string;
  findings: Finding[];
  rubric?: Rubric;
  /** The community (or street) id, where it is written: for the duplicate-id check. */
  id?: { id: string; line: number; column: number; scope: string };
  /** The rubric could not be used (invalid): the command could not run for this file. */
  rubricFailure?: LoadedRubric;
}

export function validateFile(file: string, options: ValidateFileOptions = {}): ValidatedFile {
  const y = loadYamlFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!y.data) return { file, findings: y.findings };
  const named = typeof y.data.rubric === 'string' ? y.data.rubric : undefined;
  const ref = options.rubric ?? named;
  const id = entityId(y.data);
  const level = y.data.community ? 'community' : 'street';
  const scope = `${level}|${ref ?? ''}|${String(y.data.period ?? '')}`;
  const idAt = id ? { id, scope, ...y.locate([level, 'id']) } : undefined;
  const withId = (r: ValidatedFile): ValidatedFile => (idAt ? { ...r, id: idAt } : r);
  if (!ref)
    return withId({
      file,
      findings: [...y.findings, ...place([finding('rubric.none', 'error', {}, [])], file, y.locate)],
    });
  const loaded = loadRubric(ref);
  if (!loaded.rubric) {
    // A file naming a rubric that does not exist is the file's problem; an invalid rubric is not.
    if (!options.rubric && loaded.findings.some((f) => f.code === 'rubric.not-found')) {
      const f = loaded.findings[0]!;
      return withId({
        file,
        findings: [...y.findings, ...place([finding(f.code, 'error', f.params, ['rubric'])], file, y.locate)],
      });
    }
    return withId({ file, findings: y.findings, rubricFailure: loaded });
  }
  const rubric = loaded.rubric;
  const extra: Finding[] = [];
  if (options.rubric && named && named !== rubric.id)
    extra.push(finding('rubric.mismatch', 'warning', { named, used: rubric.id }, ['rubric']));
  const interpreted = interpretAssessment(y.data, rubric);
  return withId({
    file,
    findings: [...y.findings, ...place([...extra, ...interpreted.findings], file, y.locate)],
    rubric,
  });
}

function entityId(data: Record<string, unknown>): string | undefined {
  const entity = data.community ?? data.street;
  if (entity === null || typeof entity !== 'object') return undefined;
  const id = (entity as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : undefined;
}
