/**
 * What `--attest <file>` writes, made from a finished run: the sha256 list of every input (and
 * of the rubric files, waivers and roster), the result as canonical JSON, the signed statement
 * (a DSSE envelope), and an SSH signature of the statement's bytes. The command writes them;
 * nothing here prints.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { evidenceHash } from '../../load/evidence-hashes.js';
import { canonicalJson, type Json } from '../../model/attest/canonical-json.js';
import type { RankReport } from '../../report/rank/types.js';
import { evidenceLister } from '../evidence/listed-evidence.js';
import { expandSheetInputs } from '../intake/list-inputs.js';
import type { PlanReport } from '../plan.js';
import type { ReadDigests } from './file-digest.js';
import { quotaVerdict, relativePath, resolved, resultPieces } from './result-data.js';
import { hashedPieces, type Sum, sha256File, sha256Hex, sumLine, writeSums } from './sha256-list.js';
import type { SigningKey } from './ssh-key.js';
import { sshSign } from './sshsig.js';
import type { QuotaSummary } from './statement.js';
import {
  PREDICATE_TYPE,
  type RecordedOptions,
  SSH_NAMESPACE,
  STATEMENT_TYPE,
  type Statement,
  signEnvelope,
} from './statement.js';

export interface AttestRun {
  report: RankReport;
  /** The inputs as the operator named them (files, folders, globs). */
  inputs: string[];
  options: Omit<RecordedOptions, 'inputs' | 'command'> & { command: RecordedOptions['command'] };
  asOf?: string;
  version: string;
  key: SigningKey;
  signer: string;
  /** The statement file; the others are named after it. */
  statement: string;
  /** plan --attest: the plan, signed in the result beside the ranking. */
  plan?: PlanReport;
  /** rank --results-out: the Parquet file written, and its sha256 (a subject of the statement). */
  results?: { path: string; sha256: string; lang: string };
  /** What the batch read of each submission, by its path as listed: those are not read again. */
  digests?: ReadDigests;
}

export interface AttestFile {
  path: string;
  /**
   * The result file is given in pieces (a province's result is never one string), hashed as it
   * is written; the statement, which signs that hash, and its signature are made when they are
   * written, after it (a function): so the files must be written in the order given.
   */
  content: string | Iterable<string> | (() => string);
}

/** The files beside a statement: its sha256 list, its result, its SSH signature. */
export const companions = (statement: string) => ({
  sums: `${statement}.sha256`,
  result: `${statement}.result.json`,
  sig: `${statement}.sig`,
});

/** The inspections files of --inspections (files and folders), sorted. */
const inspectionFiles = (run: AttestRun): string[] =>
  run.options.inspections ? expandSheetInputs(run.options.inspections).files : [];

/**
 * Every file the run read: the submissions, then the rubric files, waivers, roster and
 * inspections (`submissions`: how many of them lead the list).
 */
function readFiles(run: AttestRun): {
  files: string[];
  submissions: number;
  /** Per submission (by its place in `files`): the sha256 the batch read, unless it is to be read again. */
  scored: (string | undefined)[];
} {
  // The inputs as the run listed them: never the files it wrote, though they be in an input folder.
  const written = new Set((run.options.outputs ?? []).map((f) => resolve(f)));
  const files: string[] = [];
  const scored: (string | undefined)[] = [];
  const listed = new Set<string>();
  for (const f of expandSheetInputs(run.inputs, written).files) {
    const path = resolved(f);
    if (listed.has(path)) continue;
    listed.add(path);
    files.push(path);
    scored.push(run.digests?.mentionEvidence.has(f) ? undefined : run.digests?.sha256.get(f));
  }
  const more = [
    ...run.report.tables.flatMap((t) => (t.identity.path ? [t.identity.path] : [])),
    ...(run.options.waivers ? [run.options.waivers] : []),
    ...(run.options.roster ? [run.options.roster] : []),
    ...(run.options.costs ?? []),
    ...(run.options.quotes ?? []),
    ...inspectionFiles(run),
  ].map((f) => resolve(f));
  const submissions = files.length;
  for (const f of more)
    if (!listed.has(f)) {
      listed.add(f);
      files.push(f);
    }
  return { files, submissions, scored };
}

/** Lines joined into pieces of about 64 KB. */
function* joined(lines: Iterable<string>): Generator<string> {
  let piece = '';
  for (const line of lines) {
    piece += line;
    if (piece.length >= 65536) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

/**
 * The sha256 list, line by line as it is written: every file the run read, each submission read
 * once (hashed, and looked at for the evidence it lists), then the submissions' evidence (台账).
 * `evidence`: how many evidence files, and the sha256 of their lines, once all are written.
 */
function sumLines(
  read: ReturnType<typeof readFiles>,
  rel: (f: string) => string,
  evidence: { count: number; sha256: string },
): Iterable<string> {
  const { files, submissions, scored } = read;
  return {
    *[Symbol.iterator]() {
      const lister = evidenceLister();
      for (let i = 0; i < files.length; i++) {
        const f = files[i]!;
        let sha256: string | undefined;
        // Read by the batch and saying no `evidence`: its digest as scored, and no second read.
        const read = i < submissions ? scored[i] : undefined;
        if (read !== undefined) {
          sha256 = read;
          lister.add(f, undefined, true);
        } else if (i < submissions) {
          let bytes: Buffer | undefined;
          try {
            bytes = readFileSync(f);
            sha256 = sha256Hex(bytes);
          } catch {}
          lister.add(f, bytes);
        }
        yield sumLine({ path: rel(f), sha256: sha256 ?? sha256File(f) });
      }
      const all = lister.files();
      const read = all.length ? new Set(files) : undefined;
      // Evidence is hashed in 1 MB pieces (a video is never held whole); verify hashes it again.
      const evidenceSums: Sum[] = all
        .filter((f) => !read!.has(f))
        .map((f) => ({ path: rel(f), sha256: evidenceSha256(f) }));
      const text = writeSums(evidenceSums);
      evidence.count = evidenceSums.length;
      evidence.sha256 = sha256Hex(text);
      yield text;
    },
  };
}

export function makeAttestation(run: AttestRun): { files: AttestFile[]; count(): number } {
  const base = dirname(resolve(run.statement));
  const rel = (f: string) => relativePath(base, resolved(f));
  const read = readFiles(run);
  const { files } = read;
  const evidence = { count: 0, sha256: '' };
  const sums = hashedPieces(joined(sumLines(read, rel, evidence)));
  const result = hashedPieces(resultPieces(run.report, base, run.plan));
  const names = companions(run.statement);
  const o = run.options;
  // After the result is written (and so hashed).
  const statement = (): Statement => ({
    _type: STATEMENT_TYPE,
    subject: [
      { name: rel(names.sums), digest: { sha256: sums.digest() } },
      { name: rel(names.result), digest: { sha256: result.digest() } },
      ...(run.results ? [{ name: rel(run.results.path), digest: { sha256: run.results.sha256 } }] : []),
    ],
    predicateType: PREDICATE_TYPE,
    predicate: {
      tool: { name: 'civscore', version: run.version },
      signer: run.signer,
      asOf: run.asOf ?? null,
      options: {
        command: o.command,
        inputs: run.inputs.map(rel),
        ...(o.outputs ? { outputs: o.outputs.map(rel) } : {}),
        ...(o.rubric !== undefined ? { rubric: isPathLike(o.rubric) ? rel(o.rubric) : o.rubric } : {}),
        ...(o.rubrics ? { rubrics: o.rubrics.map(rel) } : {}),
        ...(o.group ? { group: o.group } : {}),
        ...(o.waivers ? { waivers: rel(o.waivers) } : {}),
        ...(o.roster ? { roster: rel(o.roster) } : {}),
        ...(o.inspections ? { inspections: o.inspections.map(rel) } : {}),
        ...(o.maxSize ? { maxSize: o.maxSize } : {}),
        ...(o.period ? { period: o.period } : {}),
        ...(o.costs ? { costs: o.costs.map(rel) } : {}),
        ...(o.quotes ? { quotes: o.quotes.map(rel) } : {}),
        ...(o.target ? { target: o.target } : {}),
        ...(o.budget !== undefined ? { budget: o.budget } : {}),
        ...(o.months !== undefined ? { months: o.months } : {}),
        ...(o.solver !== undefined ? { solver: o.solver } : {}),
        ...(o.timeLimit !== undefined ? { timeLimit: o.timeLimit } : {}),
        ...(run.results ? { resultsOut: rel(run.results.path), resultsLang: run.results.lang } : {}),
      },
      rubrics: run.report.tables
        .map((t) => ({ ...t.identity, ...(t.identity.path ? { path: rel(t.identity.path) } : {}) }))
        .filter((r, i, all) => all.findIndex((x) => x.id === r.id && x.sha256 === r.sha256) === i),
      waivers: o.waivers ? { path: rel(o.waivers), sha256: sha256File(o.waivers) } : null,
      roster: o.roster ? { path: rel(o.roster), sha256: sha256File(o.roster) } : null,
      inspections: o.inspections
        ? inspectionFiles(run).map((f) => ({ path: rel(f), sha256: sha256File(f) }))
        : null,
      files: files.length,
      quotas: quotaSummary(run.report),
      ...(evidence.count ? { evidence: { files: evidence.count, sha256: evidence.sha256 } } : {}),
    },
  });
  let envelopeText: string | undefined;
  const envelope = () =>
    (envelopeText ??= `${JSON.stringify(signEnvelope(statement(), run.key), null, 2)}\n`);
  return {
    files: [
      { path: names.sums, content: sums.pieces },
      { path: names.result, content: result.pieces },
      { path: run.statement, content: envelope },
      { path: names.sig, content: () => sshSign(run.key, SSH_NAMESPACE, Buffer.from(envelope(), 'utf8')) },
    ],
    // Once the list is written: the lines in it.
    count: () => files.length + evidence.count,
  };
}

function evidenceSha256(file: string): string {
  const h = evidenceHash(file, undefined);
  if (!h.ok) throw new Error(`evidence ${file} could not be read`);
  return h.sha256;
}

/** A --rubric that names a file (not a built-in id): it is recorded relative to the statement. */
export const isPathLike = (ref: string) => /[/\\]|\.ya?ml$/i.test(ref);

/**
 * Every quota verdict, as the statement holds it: how many of each, and the sha256 of all of
 * them (canonical JSON, in the result's order). The verdicts themselves are in the result file,
 * a subject: so the statement stays small with a thousand streets.
 */
function quotaSummary(report: RankReport): QuotaSummary {
  const all = report.tables.flatMap((t) =>
    t.quotas.map((q) => ({ rubric: t.rubric.id, period: t.period, ...(quotaVerdict(q) as object) }) as Json),
  );
  const qs = report.tables.flatMap((t) => t.quotas);
  const count = (f: (q: (typeof qs)[number]) => boolean) => qs.filter(f).length;
  return {
    verdicts: qs.length,
    met: count((q) => q.status === 'met'),
    short: count((q) => q.status === 'short'),
    over: count((q) => q.status === 'over'),
    masked: count((q) => q.status === 'masked'),
    provisional: count((q) => q.provisional),
    sha256: sha256Hex(canonicalJson(all)),
  };
}
