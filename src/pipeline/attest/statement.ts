/**
 * The in-toto Statement (v1) a run signs, and its DSSE envelope. The subjects are the list of
 * every input's sha256 and the canonical result, both beside the statement; the predicate names
 * what the result was computed with: the tool and version, the day, the options, each rubric's
 * sha256, the waivers, roster and inspections, and every quota verdict. The per-file digests stay in the
 * list, so the statement stays small however many files there are.
 */
import { sign, verify } from 'node:crypto';
import { canonicalJson, type Json } from '../../model/attest/canonical-json.js';
import { type DsseEnvelope, IN_TOTO_PAYLOAD_TYPE, pae } from '../../model/attest/dsse.js';
import { fingerprint, publicKeyObject, type SigningKey } from './ssh-key.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://civscore.org/attestation/rank/v1';
/** The SSH signature namespace (`ssh-keygen -Y verify -n civscore`). */
export const SSH_NAMESPACE = 'civscore';

/** What the scoring was run with, as verify runs it again (paths relative to the statement). */
export interface RecordedOptions {
  command: 'rank' | 'report' | 'plan';
  inputs: string[];
  rubric?: string;
  rubrics?: string[];
  group?: string;
  waivers?: string;
  roster?: string;
  /** The files the run wrote (-o, --quotas-output, …): never read as inputs. */
  outputs?: string[];
  /** --inspections: the files and folders named. */
  inspections?: string[];
  maxSize?: number;
  /** --period: the period of the rows of a sheet without a period column. */
  period?: string;
  /** plan: its cost and quote files (relative), targets, limits and solver, as given. */
  costs?: string[];
  quotes?: string[];
  target?: string[];
  budget?: string;
  months?: string;
  solver?: string;
  timeLimit?: string;
  /** rank --results-out: the Parquet file (a subject), and the language its tier titles are in. */
  resultsOut?: string;
  resultsLang?: string;
}

export interface Predicate {
  tool: { name: 'civscore'; version: string };
  signer: string;
  asOf: string | null;
  options: RecordedOptions;
  rubrics: { id: string; source: string; path?: string; sha256: string }[];
  waivers: { path: string; sha256: string } | null;
  roster: { path: string; sha256: string } | null;
  /** Every inspections file read (督查), by path; null without --inspections. */
  inspections: { path: string; sha256: string }[] | null;
  files: number;
  quotas: QuotaSummary;
  /**
   * The submissions' evidence (台账): how many files, and the sha256 of their lines of the sums
   * list (each file's digest is there, checked by verify and `sha256sum -c`). Absent: none.
   */
  evidence?: { files: number; sha256: string };
}

/** Every quota verdict: counts by status, and the sha256 of the verdicts' canonical JSON. */
export interface QuotaSummary {
  verdicts: number;
  met: number;
  short: number;
  over: number;
  masked: number;
  provisional: number;
  sha256: string;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: Predicate;
}

export function signEnvelope(statement: Statement, key: SigningKey): DsseEnvelope {
  const payload = Buffer.from(canonicalJson(statement as unknown as Json), 'utf8');
  const sig = sign(null, pae(IN_TOTO_PAYLOAD_TYPE, payload), key.privateKey);
  return {
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    payload: payload.toString('base64'),
    signatures: [{ keyid: fingerprint(key.raw), sig: sig.toString('base64') }],
  };
}

/** Whether one of the envelope's signatures is the key's over the envelope's payload. */
export function envelopeSignedBy(envelope: DsseEnvelope, raw: Buffer): boolean {
  const payload = Buffer.from(envelope.payload, 'base64');
  const key = publicKeyObject(raw);
  return envelope.signatures.some((s) => {
    try {
      return verify(null, pae(envelope.payloadType, payload), key, Buffer.from(s.sig, 'base64'));
    } catch {
      return false;
    }
  });
}
