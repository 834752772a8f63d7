/** Options and helpers that several commands share: rubric loading, waivers, dates, formats. */
import { existsSync, statSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FILES_PER_WORKER } from '../batch/threads.js';
import { evidenceCacheFile } from '../load/evidence-hashes.js';
import type { Roster } from '../load/roster.js';
import { isRubricNameFinding, loadRubric } from '../load/rubrics.js';
import { loadWaivers } from '../load/waivers.js';
import { choiceByWord, suggestChoice } from '../model/choice-words.js';
import { isCalendarDate } from '../model/dates.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { InspectionSet } from '../model/inspection.js';
import type { Exemption, Rubric } from '../model/rubric.js';
import type { EvidenceOptions } from '../pipeline/evidence/check-evidence.js';
import { loadInspections } from '../pipeline/inspections.js';
import { readRosterFile } from '../pipeline/roster-input.js';
import { type RubricPolicy, rubricPolicy } from '../pipeline/rubric-policy.js';
import { sheetKind } from '../sheets/sheet-files.js';
import { CliError } from './errors.js';

/** --no-evidence-cache: hash every evidence file again (the cache is kept by path, size and time). */
export function evidenceCacheOption(): Option {
  return new Option(
    '--no-evidence-cache',
    'hash every evidence file again instead of trusting the cache of earlier runs (by path, size and time)',
  );
}

/** How evidence is hashed: through the cache file of the environment, unless --no-evidence-cache. */
export function evidenceOptions(
  opts: { evidenceCache?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): EvidenceOptions {
  return opts.evidenceCache === false ? {} : { cache: evidenceCacheFile(env) };
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default(fallback);
}

export const asOfOption = () =>
  new Option(
    '--as-of <date>',
    "the day to judge exemption expiry by (YYYY-MM-DD; default the last day of each file's period)",
  ).argParser((v) => {
    if (!isCalendarDate(v)) throw new CliError('usage.as-of', { value: v });
    return v;
  });

/** `-g, --group <by>`: street or district, also as a Chinese user types it (`街道`, `区`). */
export function groupOption(description: string): Option {
  const values = ['community', 'street', 'district'];
  return new Option('-g, --group <by>', description).choices(values).argParser((v: string) => {
    const meant = choiceByWord(v, values);
    if (meant) return meant;
    throw new InvalidArgumentError(`Allowed choices are ${values.join(', ')}.`);
  });
}

/** Loads --rubric up front: a missing or invalid rubric means the command cannot run (exit 2). */
export function requireRubric(ref: string): Rubric {
  if (ref.trim() === '') throw new CliError('trust.rubric-empty', {}, 2);
  const loaded = loadRubric(ref);
  if (!loaded.rubric) {
    const errors = loaded.findings.filter((f) => f.severity === 'error').length;
    const named = loaded.findings.find(isRubricNameFinding);
    if (named) throw new CliError(named.code, named.params, 2, []);
    throw new CliError('rubric.invalid', { rubric: ref, count: errors }, 2, loaded.findings);
  }
  return loaded.rubric;
}

/** --rubrics <dir>, repeatable: the folders whose rubrics a file may name in rank and validate. */
export function rubricsOption(): Option {
  return new Option(
    '--rubrics <dir>',
    'a folder of rubrics that files may name by path or id, besides the built-in ones (repeatable)',
  ).argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
}

/** The policy for --rubrics: every folder must exist (exit 2). */
export function requirePolicy(dirs: readonly string[] | undefined): RubricPolicy {
  for (const dir of dirs ?? [])
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError('trust.rubrics-dir', { dir }, 2);
  return rubricPolicy(dirs ?? []);
}

/**
 * --waivers, read up front by every command that takes it. Rosters and inspections may be sheets;
 * waivers are YAML only (a title and a rubric above the list): a workbook or CSV file is refused
 * as such, with the fix, never read as text.
 */
export function requireWaivers(file: string | undefined): Exemption[] | undefined {
  if (!file) return undefined;
  if (sheetKind(file)) {
    const ending = file.slice(file.lastIndexOf('.'));
    const said = { ...finding('machine.waivers-sheet', 'error', { ending }), file, line: 1, column: 1 };
    throw new CliError('cli.usage', { detail: `--waivers ${file}` }, 2, [said]);
  }
  const w = loadWaivers(file);
  if (hasErrors(w.findings)) throw new CliError('cli.usage', { detail: `--waivers ${file}` }, 2, w.findings);
  return w.exemptions;
}

/** `--inspections <file|dir>`, repeatable: inspectors' records (督查) in YAML, .xlsx or .csv. */
export function inspectionsOption(): Option {
  return new Option(
    '--inspections <file|dir>',
    'inspections (督查): a YAML, .xlsx or .csv file, or a folder of them; inspected values replace self-reported ones',
  ).argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
}

/**
 * Reads --inspections up front. A path that names nothing, or a file that could not be read at all
 * (a password, a damaged workbook, a YAML syntax error), means the option cannot be honoured
 * (exit 2): scoring on without its findings would show self-reports as verified. A record with a
 * problem is only left out, its finding printed with the run's.
 */
export async function requireInspections(
  paths: readonly string[] | undefined,
  maxBytes?: number,
): Promise<{ set?: InspectionSet; findings: Finding[] }> {
  if (!paths?.length) return { findings: [] };
  const loaded = await loadInspections(paths, maxBytes);
  if (!loaded.set)
    throw new CliError('cli.usage', { detail: `--inspections ${paths.join(' ')}` }, 2, loaded.findings);
  if (loaded.unread.length)
    throw new CliError('inspection.unread', { files: loaded.unread.join(' ') }, 2, loaded.findings);
  return loaded;
}

/** Loads --roster up front: a roster with problems means the quotas cannot be judged (exit 2). */
export async function requireRoster(file: string | undefined): Promise<Roster | undefined> {
  if (!file) return undefined;
  const r = await readRosterFile(file);
  if (!r.roster) throw new CliError('cli.usage', { detail: `--roster ${file}` }, 2, r.findings);
  return r.roster;
}

export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new CliError('usage.size', { value: v });
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * mult);
  if (bytes < 1) throw new CliError('usage.size-zero', { value: v });
  return bytes;
}

/** The most threads --jobs may ask for. */
export const MAX_JOBS = 256;

/** `--max-warnings <n>`: a whole number from 0. */
export function parseCount(v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new CliError('usage.count', { option: '--max-warnings', value: v });
  return Number(v);
}

export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new CliError('usage.jobs', { value: v });
  return n;
}

/** --jobs for a batch command; `doing`: "scoring" or "checking". */
export function jobsOption(doing: string): Option {
  return new Option(
    '-j, --jobs <n>',
    `threads ${doing} files: this one and n - 1 workers (default: the number of cores, with at most one worker per ${FILES_PER_WORKER} files)`,
  ).argParser(parseJobs);
}

/** Whether the user gave --format (or another option) on the command line, not its default. */
export function givenOnCommandLine(cmd: Command, option = 'format'): boolean {
  return cmd.getOptionValueSource(option) === 'cli';
}

/** `--out <file>`: init's old name for --output, still taken, not shown in help. */
export function outAliasOption(): Option {
  return new Option('--out <file>', 'the same as --output').hideHelp();
}

/** `2005`, `2005-03`: a period as a self-assessment gives it. */
export function parsePeriod(v: string): string {
  if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v)) throw new CliError('usage.period', { value: v });
  return v;
}

/** --period for the rows of a sheet without a period column (an office's own workbook). */
export function periodOption(): Option {
  return new Option(
    '--period <year>',
    'the period of the rows of a sheet without a period column: YYYY or YYYY-MM',
  ).argParser(parsePeriod);
}

const FAIL_ON = ['invalid', 'quota'] as const;
/** What makes a run's exit code 1: files with errors, quotas not met. */
export type FailOn = (typeof FAIL_ON)[number];

function parseFailOn(v: string): FailOn[] {
  const parts = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'none') return [];
  if (parts.length === 1 && parts[0] === 'both') return [...FAIL_ON];
  if (parts.length === 0) throw new CliError('usage.fail-on', { value: JSON.stringify(v) });
  for (const p of parts)
    if (!(FAIL_ON as readonly string[]).includes(p)) {
      const near = suggestChoice(p, [...FAIL_ON, 'both', 'none']);
      throw new CliError('usage.fail-on', { value: v, ...(near ? { suggestion: near } : {}) });
    }
  return parts as FailOn[];
}

/** --fail-on, rank's and plan's one rule for the exit code: invalid, quota, both (the default) or none. */
export function failOnOption(): Option {
  return new Option('--fail-on <list>', 'what makes the exit code 1: invalid, quota, both or none')
    .argParser(parseFailOn)
    .default([...FAIL_ON], 'invalid,quota');
}
