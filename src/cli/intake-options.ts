/**
 * The options every command that reads submissions shares, checked once, as the intake takes
 * them: a --rubric that loads, --rubrics folders that exist, the waivers and roster read. A bad
 * one stops the command before any file is read (exit 2).
 */
import { resolve } from 'node:path';
import { threadsFor } from '../batch/threads.js';
import type { Roster } from '../load/roster.js';
import type { Finding } from '../model/finding.js';
import type { IntakeOptions } from '../pipeline/intake/judge-submissions.js';
import {
  evidenceOptions,
  requireInspections,
  requirePolicy,
  requireRoster,
  requireRubric,
  requireWaivers,
} from './shared-options.js';

export interface IntakeCliOptions {
  rubric?: string;
  rubrics?: string[];
  asOf?: string;
  waivers?: string;
  maxSize?: number;
  /** --period for sheets without a period column. */
  period?: string;
  jobs?: number;
  roster?: string;
  /** --inspections: files and folders (read by withInspections). */
  inspections?: string[];
  /** false: --no-evidence-cache. */
  evidenceCache?: boolean;
  /** The files the command writes (its -o and side tables): never read as its inputs. */
  written?: string[];
}

export async function intakeOptions(
  opts: IntakeCliOptions,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<
  IntakeOptions & {
    /** The id of --rubric, when given. */
    forcedRubric?: string;
    roster?: Roster;
  }
> {
  const forced = opts.rubric !== undefined ? requireRubric(opts.rubric) : undefined;
  const policy = requirePolicy(opts.rubrics);
  const waivers = requireWaivers(opts.waivers);
  const roster = await requireRoster(opts.roster);
  return {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(forced ? { forcedRubric: forced.id } : {}),
    policy,
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(waivers ? { waivers } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(roster ? { roster } : {}),
    threads: threadsFor(opts.jobs),
    evidence: evidenceOptions(opts, env),
    ...(opts.written?.length ? { written: new Set(opts.written.map((f) => resolve(f))) } : {}),
  };
}

/** The intake's options with --inspections read: the set, and the findings of its records. */
export async function withInspections<O extends IntakeOptions>(
  options: O,
  opts: IntakeCliOptions,
): Promise<{ options: O; findings: Finding[] }> {
  const loaded = await requireInspections(opts.inspections, opts.maxSize);
  return {
    options: loaded.set ? { ...options, inspections: loaded.set } : options,
    findings: loaded.findings,
  };
}
