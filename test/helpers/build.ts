/**
 * Test helpers: rubrics and self-assessments from small YAML strings, through the same
 * schema and builders the loader uses, and a one-call `scoreYaml` for engine tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CommunityResult, CriterionResult } from '../../src/engine/result.js';
import { score } from '../../src/engine/score.js';
import type { Assessment } from '../../src/model/assessment.js';
import { buildRubric } from '../../src/model/build-rubric.js';
import type { Finding } from '../../src/model/finding.js';
import { interpretAssessment } from '../../src/model/interpret.js';
import type { Exemption, Rubric } from '../../src/model/rubric.js';
import { RubricFileSchema } from '../../src/model/rubric-schema.js';

export const AS_OF = '2024-06-30';

/** Builds a rubric from YAML text; `findings` are the builder's (warnings for masked figures…). */
export function buildFromYaml(text: string): { rubric: Rubric; findings: Finding[] } {
  const parsed = RubricFileSchema.safeParse(parse(text));
  if (!parsed.success) throw new Error(`rubric schema: ${parsed.error.message}`);
  return buildRubric(parsed.data);
}

/** A rubric from YAML text that must build without errors. */
export function rubricFromYaml(text: string): Rubric {
  const { rubric, findings } = buildFromYaml(text);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new Error(`rubric errors: ${JSON.stringify(errors)}`);
  return rubric;
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url)), 'utf8');
}

/**
 * A one-section rubric around the given criteria (YAML list items, indented by the caller as
 * `- {...}` lines), with the given metrics and facilities blocks.
 */
export function miniRubric(opts: {
  criteria: string;
  metrics?: string;
  facilities?: string;
  tiers?: string;
  extra?: string;
}): Rubric {
  // Re-indents a block, keeping its lines' relative indentation.
  const indent = (s: string, n: number) => {
    const lines = s.split('\n').filter((l) => l.trim() !== '');
    const min = Math.min(...lines.map((l) => l.length - l.trimStart().length));
    return lines.map((l) => ' '.repeat(n) + l.slice(min).trimEnd()).join('\n');
  };
  const text = [
    'rubric: t',
    'title: t',
    opts.facilities ? `facilities:\n${indent(opts.facilities, 2)}` : '',
    opts.metrics ? `metrics:\n${indent(opts.metrics, 2)}` : '',
    'sections:',
    '  - id: s',
    '    criteria:',
    indent(opts.criteria, 6),
    opts.tiers ? `tiers:\n${indent(opts.tiers, 2)}` : '',
    opts.extra ?? '',
  ].join('\n');
  return rubricFromYaml(text);
}

/** Reads a self-assessment (YAML text or an object) against a rubric. */
export function interpretYaml(
  rubric: Rubric,
  raw: string | Record<string, unknown>,
): { assessment?: Assessment; findings: Finding[] } {
  return interpretAssessment(typeof raw === 'string' ? parse(raw) : raw, rubric);
}

/** A community self-assessment with the given metrics and facilities (omit facilities for none). */
export function assessmentOf(
  rubric: Rubric,
  metrics: Record<string, unknown>,
  facilities?: readonly { kind: string; area?: number | string; count?: number | string }[],
  id = 'c1',
): Assessment {
  const raw: Record<string, unknown> = {
    community: { id, name: '测试社区', street: '五马街道', district: '鹿城区' },
    period: 2024,
    metrics,
    ...(facilities ? { facilities } : {}),
  };
  const { assessment, findings } = interpretAssessment(raw, rubric);
  if (!assessment) throw new Error(`assessment unreadable: ${JSON.stringify(findings)}`);
  return assessment;
}

export function scoreOf(
  rubric: Rubric,
  metrics: Record<string, unknown>,
  facilities?: readonly { kind: string; area?: number | string; count?: number | string }[],
  opts: { asOf?: string; waivers?: Exemption[]; id?: string } = {},
): CommunityResult {
  const a = assessmentOf(rubric, metrics, facilities, opts.id);
  return score(rubric, a, { asOf: opts.asOf ?? AS_OF, ...(opts.waivers ? { waivers: opts.waivers } : {}) });
}

export function criterion(result: CommunityResult, id: string): CriterionResult {
  const c = result.sections.flatMap((s) => s.criteria).find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

/** status, earned, possible and the shortfall codes of one criterion: what engine tests compare. */
export function summary(result: CommunityResult, id: string) {
  const c = criterion(result, id);
  return { status: c.status, earned: c.earned, possible: c.possible, codes: c.shortfalls.map((s) => s.code) };
}

export const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
