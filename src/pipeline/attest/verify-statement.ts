/**
 * `verify`'s checks, in the order a reader trusts them: the statement's signature (by a key the
 * allowed_signers file names, for the recorded signer), the SSH signature beside it, the
 * subjects' digests, every input's digest (changed, missing, added), and last the scoring run
 * again with the recorded options, compared community by community. Returns codes and params;
 * the command words them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { canonicalJson, type Json } from '../../model/attest/canonical-json.js';
import { asEnvelope, type DsseEnvelope } from '../../model/attest/dsse.js';
import { isCalendarDate } from '../../model/dates.js';
import { evidenceFolderFiles } from '../evidence/listed-evidence.js';
import { expandSheetInputs } from '../intake/list-inputs.js';
import { type AllowedSigner, parseAllowedSigners } from './allowed-signers.js';
import type { ReadDigests } from './file-digest.js';
import { companions } from './make-attestation.js';
import { pathUnder, relativePath, resolved } from './result-data.js';
import { readSums, sha256Hex } from './sha256-list.js';
import { fingerprint } from './ssh-key.js';
import { sshVerify } from './sshsig.js';
import {
  envelopeSignedBy,
  PREDICATE_TYPE,
  type Predicate,
  SSH_NAMESPACE,
  STATEMENT_TYPE,
  type Statement,
} from './statement.js';

export type VerifyCode =
  | 'verify.signed'
  | 'verify.signer-not-allowed'
  | 'verify.bad-signature'
  | 'verify.ssh-signature-bad'
  | 'verify.ssh-signature-good'
  | 'verify.ssh-signature-missing'
  | 'verify.other-version'
  | 'verify.subject-changed'
  | 'verify.subject-missing'
  | 'verify.file-changed'
  | 'verify.file-missing'
  | 'verify.file-added'
  | 'verify.file-link-outside'
  | 'verify.evidence-changed'
  | 'verify.evidence-missing'
  | 'verify.evidence-added'
  | 'verify.files-intact'
  | 'verify.rubric-differs'
  | 'verify.result-differs'
  | 'verify.quota-differs'
  | 'verify.unscored-differs'
  | 'verify.result-file-differs'
  | 'verify.plan-differs'
  | 'verify.result-same'
  | 'verify.results-differs'
  | 'verify.results-same';

export interface VerifyNote {
  code: VerifyCode;
  /** Texts, and lists (the keys a statement was signed with) that the command words. */
  params: Record<string, string | readonly string[]>;
  /** Whether this note means the statement does not hold. */
  tampered: boolean;
}

export type VerifyUsage =
  | { usage: 'verify.not-a-statement'; params: Record<string, string> }
  | { usage: 'verify.no-allowed-signers'; params: Record<string, string> };

/** The scoring run again: the sha256 of its result file's text, and its data when a difference is looked for. */
export interface Rerun {
  resultSha256: string;
  data(): Json;
  /** The Parquet results made again (a run that wrote them). */
  resultsSha256?: string;
  /**
   * What the scoring read of each submission, by its path as listed from the resolved inputs:
   * a file it read is not opened again to be checked against the list (and what is checked is
   * then the very bytes scored).
   */
  digests?: ReadDigests;
}

export interface VerifyInput {
  statement: string;
  allowedSigners: string;
  /** Where the recorded paths are read from: the statement's folder unless --inputs says. */
  base?: string;
  version: string;
  /** Runs the scoring again with the recorded options (paths already resolved): the result's data. */
  rerun(predicate: Predicate, base: string): Promise<Rerun>;
}

const note = (code: VerifyCode, params: VerifyNote['params'] = {}, tampered = false): VerifyNote => ({
  code,
  params,
  tampered,
});

function readStatement(
  file: string,
): { envelope: DsseEnvelope; statement: Statement; text: string } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const envelope = asEnvelope(JSON.parse(text));
    if (!envelope) return undefined;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Statement;
    return hasStatementShape(statement) ? { envelope, statement, text } : undefined;
  } catch {
    return undefined;
  }
}

/** What verify reads of a statement is there, of the right kinds (a payload may be anything). */
function hasStatementShape(s: Statement): boolean {
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return (
    s?._type === STATEMENT_TYPE &&
    s.predicateType === PREDICATE_TYPE &&
    Array.isArray(s.subject) &&
    s.subject.every((x) => typeof x?.name === 'string' && typeof x.digest?.sha256 === 'string') &&
    typeof s.predicate === 'object' &&
    s.predicate !== null &&
    strings(s.predicate.options?.inputs) &&
    ['rank', 'report', 'plan'].includes(s.predicate.options.command) &&
    // Every option verify runs again with, of the kind it takes: a statement with costs: 5 (signed
    // by anyone) stopped verify with an internal error rather than saying what it is.
    ['rubrics', 'inspections', 'costs', 'quotes', 'target', 'outputs'].every((k) => {
      const v = (s.predicate.options as unknown as Record<string, unknown>)[k];
      return v === undefined || strings(v);
    }) &&
    [
      'rubric',
      'group',
      'waivers',
      'roster',
      'period',
      'budget',
      'months',
      'solver',
      'timeLimit',
      'resultsOut',
      'resultsLang',
    ].every((k) => {
      const v = (s.predicate.options as unknown as Record<string, unknown>)[k];
      return v === undefined || typeof v === 'string';
    }) &&
    (s.predicate.options.maxSize === undefined || typeof s.predicate.options.maxSize === 'number') &&
    (s.predicate.asOf === null || (typeof s.predicate.asOf === 'string' && isCalendarDate(s.predicate.asOf)))
  );
}

/** The signature checks: who signed, whether they may. */
function checkSignatures(
  file: string,
  read: { envelope: DsseEnvelope; statement: Statement; text: string },
  signers: readonly AllowedSigner[],
): VerifyNote[] {
  const signer = String(read.statement.predicate?.signer ?? '');
  const keyids = read.envelope.signatures.map((s) => s.keyid);
  const good = signers.filter((s) => envelopeSignedBy(read.envelope, s.raw));
  const notes: VerifyNote[] = [];
  if (good.length === 0) {
    const known = signers.some((s) => keyids.includes(fingerprint(s.raw)));
    notes.push(
      known
        ? note('verify.bad-signature', { file }, true)
        : note('verify.signer-not-allowed', { signer, key: keyids }, true),
    );
  } else if (!good.some((s) => s.principals.includes(signer)))
    notes.push(note('verify.signer-not-allowed', { signer, key: [fingerprint(good[0]!.raw)] }, true));
  else notes.push(note('verify.signed', { signer, key: fingerprint(good[0]!.raw) }));
  const sigFile = companions(file).sig;
  // --attest always writes it: one gone is a file removed after signing, and whoever checks
  // with ssh-keygen alone (docs/verify.md) has nothing to check.
  if (!existsSync(sigFile)) notes.push(note('verify.ssh-signature-missing', { file: sigFile }, true));
  else {
    const raw = sshVerify(readFileSync(sigFile, 'utf8'), SSH_NAMESPACE, Buffer.from(read.text, 'utf8'));
    const allowed = raw && signers.some((s) => s.raw.equals(raw) && s.principals.includes(signer));
    notes.push(
      allowed
        ? note('verify.ssh-signature-good', { file: sigFile })
        : note('verify.ssh-signature-bad', { file: sigFile }, true),
    );
  }
  return notes;
}

/**
 * The subjects beside the statement: which hold their digests, and the text of `keep` (the sha256
 * list) when it does. The others' text is not kept: a province's result is tens of megabytes,
 * and verify scores the whole batch again after this.
 */
function checkSubjects(
  file: string,
  statement: Statement,
  notes: VerifyNote[],
  keep: string,
): Map<string, string> {
  const dir = dirname(resolve(file));
  const good = new Map<string, string>();
  for (const s of statement.subject ?? []) {
    const path = resolve(dir, s.name);
    if (!existsSync(path)) {
      notes.push(note('verify.subject-missing', { file: s.name }, true));
      continue;
    }
    const bytes = readFileSync(path);
    if (sha256Hex(bytes) !== s.digest?.sha256)
      notes.push(note('verify.subject-changed', { file: s.name }, true));
    else good.set(s.name, s.name === keep ? bytes.toString('utf8') : '');
  }
  return good;
}

/**
 * Every listed input hashed again; every file the recorded inputs (and inspections folders) list
 * now and the list lacks; every file now in the submissions' evidence folders the list lacks. The
 * evidence (台账) is the list's last lines (as many as the statement counts): named as evidence.
 */
function checkInputs(
  sumsText: string,
  predicate: Predicate,
  base: string,
  notes: VerifyNote[],
  scored: ReadonlyMap<string, string> = new Map(),
): void {
  const sums = readSums(sumsText);
  const listed = new Set(sums.map((s) => s.path));
  const firstEvidence = sums.length - Math.min(sums.length, Math.max(0, predicate.evidence?.files ?? 0));
  let bad = 0;
  sums.forEach((s, i) => {
    const evidence = i >= firstEvidence;
    const path = pathUnder(base, s.path);
    const read = evidence ? undefined : scored.get(path);
    const bytes = read === undefined ? readOrMissing(path) : undefined;
    if (read === undefined && bytes === undefined)
      notes.push(note(evidence ? 'verify.evidence-missing' : 'verify.file-missing', { file: s.path }, true));
    else if ((read ?? sha256Hex(bytes!)) !== s.sha256)
      notes.push(note(evidence ? 'verify.evidence-changed' : 'verify.file-changed', { file: s.path }, true));
    else return;
    bad++;
  });
  const added = (files: readonly string[], code: 'verify.file-added' | 'verify.evidence-added') => {
    for (const f of files) {
      const rel = relativePath(base, resolved(f));
      if (listed.has(rel)) continue;
      listed.add(rel);
      notes.push(note(code, { file: rel }, true));
      bad++;
    }
  };
  const written = new Set((predicate.options.outputs ?? []).map((f) => resolve(base, f)));
  const listing = expandSheetInputs(
    predicate.options.inputs.map((i) => resolve(base, i)),
    written,
  );
  const now = listing.files;
  // A signed input now a symbolic link out of the input folders: its bytes hash as signed, but
  // scoring never follows such a link, so it is not read; named, not left to a result that differs.
  for (const f of listing.findings)
    if (f.code === 'machine.link-outside' && f.file !== undefined) {
      notes.push(
        note(
          'verify.file-link-outside',
          { file: relativePath(base, resolve(f.file)), target: String(f.params.target) },
          true,
        ),
      );
      bad++;
    }
  added(now, 'verify.file-added');
  const inspections = predicate.options.inspections;
  if (inspections?.length)
    added(expandSheetInputs(inspections.map((i) => resolve(base, i))).files, 'verify.file-added');
  added(evidenceFolderFiles(now.map(resolved)), 'verify.evidence-added');
  if (bad === 0) notes.push(note('verify.files-intact', { count: String(sums.length) }));
}

interface TableData {
  rubric: string;
  rubricSha256: string;
  period: string;
  communities: { id: string; name: string; file: string }[];
  quotas: { quota: string; key: string | null; by?: string }[];
}

/** Whether two results (or parts, either perhaps absent) are the same data. */
function same(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson((a ?? null) as Json) === canonicalJson((b ?? null) as Json);
  } catch {
    return false; // a signed result edited into something with no canonical form (a lone surrogate)
  }
}

type CommunityData = TableData['communities'][number];

/**
 * The community to name for a table that differs: the first whose own result changed (or that
 * is gone or new), matched by file and id, not by place: one community's score moved changes the
 * ranks of the others it passed, whose files are as signed. Only when nothing but ranks differ,
 * the first place that differs.
 */
function changedCommunity(
  xs: readonly CommunityData[],
  ys: readonly CommunityData[],
): CommunityData | undefined {
  const key = (c: CommunityData) => `${c.file}\u0000${c.id}`;
  const withoutRank = (c: CommunityData | undefined) => {
    if (!c) return c;
    const { rank: _rank, ...rest } = c as CommunityData & { rank?: unknown };
    return rest;
  };
  const again = new Map(ys.map((c) => [key(c), c]));
  const signed = new Set(xs.map(key));
  const changed =
    xs.find((c) => !same(withoutRank(c), withoutRank(again.get(key(c))))) ??
    ys.find((c) => !signed.has(key(c)));
  if (changed) return changed;
  for (let j = 0; j < Math.max(xs.length, ys.length); j++) if (!same(xs[j], ys[j])) return xs[j] ?? ys[j]!;
  return undefined;
}

/** The first community (or rubric) whose result run again differs from the signed one. */
function compareResults(signed: Json, again: Json): VerifyNote {
  // A result file that is gone or is not JSON is null here: every table differs, nothing throws.
  const a = ((signed as { tables?: TableData[] } | null)?.tables ?? []) as TableData[];
  const b = ((again as { tables?: TableData[] } | null)?.tables ?? []) as TableData[];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && x.rubricSha256 !== y.rubricSha256)
      return note(
        'verify.rubric-differs',
        { rubric: x.rubric, signed: x.rubricSha256, now: y.rubricSha256 },
        true,
      );
    const who = changedCommunity(x?.communities ?? [], y?.communities ?? []);
    if (who)
      return note(
        'verify.result-differs',
        { id: who.id, name: who.name, file: who.file, rubric: (x ?? y)!.rubric },
        true,
      );
    // Every community as signed and a quota not (a roster's community added or removed, counted
    // without a file): the quota is named, not "the result file's shape".
    const xq = x?.quotas ?? [];
    const yq = y?.quotas ?? [];
    for (let j = 0; j < Math.max(xq.length, yq.length); j++)
      if (!same(xq[j], yq[j])) {
        const q = (xq[j] ?? yq[j])!;
        return note(
          'verify.quota-differs',
          { quota: String(q.quota), group: String(q.key ?? q.by ?? ''), rubric: (x ?? y)!.rubric },
          true,
        );
      }
  }
  const xu = (signed as { unscored?: { file: string }[] } | null)?.unscored ?? [];
  const yu = (again as { unscored?: { file: string }[] } | null)?.unscored ?? [];
  for (let j = 0; j < Math.max(xu.length, yu.length); j++)
    if (!same(xu[j], yu[j]))
      return note('verify.unscored-differs', { file: String((xu[j] ?? yu[j])!.file) }, true);
  // plan --attest: the plan made again differs (a cost file, a target, the solver's answer).
  const xp = (signed as { plan?: unknown } | null)?.plan;
  const yp = (again as { plan?: unknown } | null)?.plan;
  if (!same(xp, yp)) return note('verify.plan-differs', {}, true);
  if (!same(signed, again)) return note('verify.result-file-differs', {}, true);
  return note('verify.result-same');
}

export async function verifyStatement(input: VerifyInput): Promise<VerifyNote[] | VerifyUsage> {
  const read = readStatement(input.statement);
  if (!read) return { usage: 'verify.not-a-statement', params: { file: input.statement } };
  if (!existsSync(input.allowedSigners))
    return { usage: 'verify.no-allowed-signers', params: { file: input.allowedSigners } };
  const signers = parseAllowedSigners(readFileSync(input.allowedSigners, 'utf8'));
  const notes = checkSignatures(input.statement, read, signers);
  const predicate = read.statement.predicate;
  if (predicate.tool?.version !== input.version)
    notes.push(note('verify.other-version', { signed: String(predicate.tool?.version), now: input.version }));
  // The sha256 list and the result are the ones the statement signs, by the names it gives them,
  // never the files named after the statement's own file name now: a signed statement renamed
  // (run.att to x.att) beside a forged x.att.sha256 and x.att.result.json once verified a batch
  // whose inputs had changed. A statement that signs neither is tampered with.
  const names = signedCompanions(read.statement, notes);
  const base = resolve(input.base ?? dirname(resolve(input.statement)));
  const sumsText = checkSubjects(input.statement, read.statement, notes, names.sums).get(names.sums);
  const resultFile = resolve(dirname(resolve(input.statement)), names.result);
  // Scored again first, then every input hashed again (its notes before the result's): the
  // hundred thousand sums read and listed are then never in memory beside the batch being scored.
  const again = await input.rerun(predicate, base);
  checkInputs(
    sumsText ?? readIfThere(resolve(dirname(resolve(input.statement)), names.sums)),
    predicate,
    base,
    notes,
    again.digests?.sha256,
  );
  // The result made again is the very text of the result file: the same. Only otherwise is the
  // file read as data, to name the first community that differs (a province's result is not
  // parsed to find that nothing does).
  if (existsSync(resultFile) && sha256Hex(readFileSync(resultFile)) === again.resultSha256)
    notes.push(note('verify.result-same'));
  else notes.push(compareResults(parseOr(readIfThere(resultFile)), again.data()));
  const results = predicate.options.resultsOut;
  if (results !== undefined) {
    const signedSha = read.statement.subject?.find((s) => s.name === results)?.digest?.sha256;
    notes.push(
      again.resultsSha256 !== undefined && again.resultsSha256 === signedSha
        ? note('verify.results-same', { file: results })
        : note('verify.results-differs', { file: results }, true),
    );
  }
  return notes;
}

/**
 * The sha256 list and result file a statement signs: its subjects named `….sha256` and
 * `….result.json` (as --attest names them after the statement). One it lacks is missing (a note
 * that the statement does not hold), and a name no file can have stands for it.
 */
function signedCompanions(statement: Statement, notes: VerifyNote[]): { sums: string; result: string } {
  const subjects = statement.subject ?? [];
  const named = (suffix: string) => {
    const s = subjects.find((x) => x.name.endsWith(suffix) && x.name.length > suffix.length);
    if (s) return s.name;
    notes.push(note('verify.subject-missing', { file: `*${suffix}` }, true));
    return `\u0000${suffix}`;
  };
  return { sums: named('.sha256'), result: named('.result.json') };
}

/** A file's bytes; undefined when nothing is there (one open, not a look and then an open). */
function readOrMissing(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if (!existsSync(path)) return undefined;
    throw e;
  }
}

const readIfThere = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');

function parseOr(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}
