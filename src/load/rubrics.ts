/**
 * Finding and loading rubrics: a built-in id (rubrics/<id>.yaml shipped with the package) or
 * a path. Rubric files are data: parsed as YAML, checked by schema, never executed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRubric } from '../model/build-rubric.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { RubricFileSchema } from '../model/rubric-schema.js';
import { zodFindings } from '../model/zod-findings.js';
import { resolveExtends } from './extends.js';
import { loadYamlFile, place } from './load-yaml-file.js';

/** The folder of built-in rubrics, beside dist/ in the installed package. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rubrics');

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

export function loadRubric(ref: string): LoadedRubric {
  const file = rubricFile(ref);
  if (!file) {
    const known = builtinIds().join(', ');
    return {
      findings: [
        { ...finding('rubric.not-found', 'error', { rubric: ref, known }), file: ref, line: 1, column: 1 },
      ],
    };
  }
  const key = resolve(file);
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = loadRubricFile(file);
  cache.set(key, loaded);
  return loaded;
}

function loadRubricFile(file: string): LoadedRubric {
  const y = loadYamlFile(file);
  if (!y.data) return { findings: y.findings, file };
  const ext = resolveExtends(y.data, file);
  if (hasErrors(ext.findings)) return { findings: [...y.findings, ...ext.findings], file };
  const parsed = RubricFileSchema.safeParse(ext.data);
  if (!parsed.success) {
    return {
      findings: [
        ...y.findings,
        ...ext.findings,
        ...place(zodFindings(parsed.error, ext.data), file, ext.locate ?? y.locate),
      ],
      file,
    };
  }
  const built = buildRubric(parsed.data, file);
  const findings = [...y.findings, ...ext.findings, ...place(built.findings, file, ext.locate ?? y.locate)];
  return hasErrors(findings) ? { findings, file } : { rubric: built.rubric, findings, file };
}
