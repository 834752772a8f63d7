/**
 * `--attest <file> --key <private key> [--signer <identity>]`, shared by the commands that rank
 * (rank, report, plan): the key read and checked before any file is scored, then, once the run is
 * done, the statement and its companions written (src/pipeline/attest/make-attestation.ts).
 */
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { message } from '../i18n/catalog.js';
import { type AttestRun, makeAttestation } from '../pipeline/attest/make-attestation.js';
import { readPrivateKey, type SigningKey } from '../pipeline/attest/ssh-key.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { VERSION } from './version.js';
import { writeOutput } from './write-output.js';

export interface AttestCliOptions {
  attest?: string;
  key?: string;
  signer?: string;
}

export const attestOption = () =>
  new Option(
    '--attest <file>',
    'also write a signed statement of this run (in-toto in DSSE), its sha256 list, result and SSH signature',
  );
export const keyOption = () =>
  new Option('--key <file>', 'the OpenSSH Ed25519 private key that signs --attest (civscore key generate)');
export const signerOption = () =>
  new Option('--signer <identity>', "who signs, as allowed_signers names them (default: the key's comment)");

/** The endings of the files civscore reads (submissions, rubrics, rosters, workbooks). */
const INPUT_KIND = /\.(?:ya?ml|xlsx|xlsm|xls|et|csv|tsv)$/i;

/** The signing key of --attest, read before the run so a bad key costs no scoring. */
export function attestKey(opts: AttestCliOptions): SigningKey | undefined {
  if (!opts.attest) return undefined;
  // The statement and its companions replace what is there: never a self-assessment, rubric,
  // roster or workbook (rank examples/street --attest examples/street/fuqian.yaml).
  const ext = INPUT_KIND.exec(opts.attest)?.[0];
  if (ext) throw new CliError('attest.input-kind', { file: opts.attest, ext: ext.toLowerCase() });
  if (!opts.key) throw new CliError('attest.needs-key');
  let text: string;
  try {
    text = readFileSync(opts.key, 'utf8');
  } catch {
    throw new CliError('attest.key-unreadable', { file: opts.key });
  }
  const key = readPrivateKey(text);
  if ('problem' in key) throw new CliError(`attest.key-${key.problem}`, { file: opts.key });
  return key;
}

export function writeAttestation(
  ctx: CliContext,
  run: Omit<AttestRun, 'version' | 'key' | 'signer' | 'statement'>,
  opts: AttestCliOptions,
  key: SigningKey,
): void {
  const signer = opts.signer ?? (key.comment || 'civscore');
  const made = makeAttestation({ ...run, version: VERSION, key, signer, statement: opts.attest! });
  // In order: the statement signs the list's and the result's hashes, taken as they are written.
  for (const f of made.files) writeOutput(f.path, typeof f.content === 'function' ? f.content() : f.content);
  const count = made.count();
  ctx.stderr(
    `${message(ctx.lang, 'attest.written', { file: opts.attest!, count: String(count), signer })}\n`,
  );
}

/** The files a command writes beside its report (-o and the side tables): never its inputs. */
export interface WrittenOptions {
  output?: string;
  quotasOutput?: string;
  groupsOutput?: string;
  unscoredOutput?: string;
  resultsOut?: string;
}

export const writtenBy = (opts: WrittenOptions): string[] =>
  [opts.output, opts.quotasOutput, opts.groupsOutput, opts.unscoredOutput, opts.resultsOut].filter(
    (f): f is string => !!f && f !== '-',
  );

/** The options a statement records, for verify to run again. */
export function recordedOptions(
  command: 'rank' | 'report' | 'plan',
  opts: {
    rubric?: string;
    rubrics?: string[];
    group?: string;
    waivers?: string;
    roster?: string;
    inspections?: string[];
    maxSize?: number;
    period?: string;
    costs?: string[];
    quotes?: string[];
    target?: string[];
    budget?: string;
    months?: string;
    solver?: string;
    timeLimit?: string;
  } & WrittenOptions,
) {
  const outputs = writtenBy(opts);
  return {
    command,
    // What the run wrote: verify reads none of them as an input, as the run did not (an output
    // in an input folder, 'rank 2005/ -o 2005/rank.xlsx', was scored again as a submission).
    ...(outputs.length ? { outputs } : {}),
    ...(opts.rubric !== undefined ? { rubric: opts.rubric } : {}),
    ...(opts.rubrics ? { rubrics: opts.rubrics } : {}),
    ...(opts.group ? { group: opts.group } : {}),
    ...(opts.waivers ? { waivers: opts.waivers } : {}),
    ...(opts.roster ? { roster: opts.roster } : {}),
    ...(opts.inspections ? { inspections: opts.inspections } : {}),
    ...(opts.maxSize ? { maxSize: opts.maxSize } : {}),
    // The period of a sheet's rows without a period column: without it a signed CSV or workbook
    // scored again falls in another period, and verify called an untouched run tampered.
    ...(opts.period ? { period: opts.period } : {}),
    ...(command === 'plan'
      ? {
          ...(opts.costs ? { costs: opts.costs } : {}),
          ...(opts.quotes ? { quotes: opts.quotes } : {}),
          ...(opts.target ? { target: opts.target } : {}),
          ...(opts.budget !== undefined ? { budget: opts.budget } : {}),
          ...(opts.months !== undefined ? { months: opts.months } : {}),
          ...(opts.solver !== undefined ? { solver: opts.solver } : {}),
          ...(opts.timeLimit !== undefined ? { timeLimit: opts.timeLimit } : {}),
        }
      : {}),
  };
}
