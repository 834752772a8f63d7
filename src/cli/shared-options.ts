/** Options and helpers that several commands share: rubric loading, waivers, dates, formats. */
import { Option } from 'commander';
import { FILES_PER_WORKER } from '../batch/threads.js';
import { loadRubric } from '../load/rubrics.js';
import { loadWaivers } from '../load/waivers.js';
import { hasErrors } from '../model/finding.js';
import type { Exemption, Rubric } from '../model/rubric.js';
import { CliError } from './errors.js';

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default(fallback);
}

export const asOfOption = () =>
  new Option('--as-of <date>', 'the day to judge exemption expiry by (YYYY-MM-DD; default today)').argParser(
    (v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
        throw new CliError('usage.as-of', { value: v });
      return v;
    },
  );

/** Loads --rubric up front: a missing or invalid rubric means the command cannot run (exit 2). */
export function requireRubric(ref: string): Rubric {
  const loaded = loadRubric(ref);
  if (!loaded.rubric) {
    const errors = loaded.findings.filter((f) => f.severity === 'error').length;
    if (loaded.findings.some((f) => f.code === 'rubric.not-found'))
      throw new CliError('rubric.not-found', loaded.findings[0]!.params, 2, []);
    throw new CliError('rubric.invalid', { rubric: ref, count: errors }, 2, loaded.findings);
  }
  return loaded.rubric;
}

export function requireWaivers(file: string | undefined): Exemption[] | undefined {
  if (!file) return undefined;
  const w = loadWaivers(file);
  if (hasErrors(w.findings)) throw new CliError('cli.usage', { detail: `--waivers ${file}` }, 2, w.findings);
  return w.exemptions;
}

export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new CliError('usage.size', { value: v });
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

/** `--max-warnings <n>`: a whole number from 0. */
export function parseCount(v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new CliError('usage.count', { option: '--max-warnings', value: v });
  return Number(v);
}

export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new CliError('usage.jobs', { value: v });
  return n;
}

/** --jobs for a batch command; `doing`: "scoring" or "checking". */
export function jobsOption(doing: string): Option {
  return new Option(
    '-j, --jobs <n>',
    `threads ${doing} files: this one and n - 1 workers (default: the number of cores, with at most one worker per ${FILES_PER_WORKER} files)`,
  ).argParser(parseJobs);
}
