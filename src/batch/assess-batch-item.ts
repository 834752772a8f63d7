/**
 * One file of a batch, judged exactly as `assessFile` judges it, kept small: a scored
 * community becomes a RankEntry (a few hundred bytes); an invalid file keeps its findings.
 *
 * The fast path: the simple reader or js-yaml reads the file (fastLoad). What the simple reader
 * read is judged from its data, findings placed by its own positions (the same as `yaml`'s). What
 * js-yaml read is judged from its data when there is no finding to place; a file with findings,
 * or one both fast parsers are unsure of, is judged again by `assessFile` (the `yaml` parser), so
 * every finding is placed at file:line:column. test/rank/parse-agreement checks that both paths
 * give the same results.
 */
import { type CriterionPoints, criterionPoints, type KeptPoints } from '../engine/criterion-points.js';
import { type RankEntry, toRankEntry } from '../engine/rank.js';
import type { CommunityResult } from '../engine/result.js';
import type { Assessment } from '../model/assessment.js';
import { unseenInWorkbook } from '../model/codes/sheet.js';
import { type Finding, hasErrors, type Path, type Position } from '../model/finding.js';
import type { InspectionSet } from '../model/inspection.js';
import type { LowerResults } from '../model/lower-levels.js';
import type { Exemption } from '../model/rubric.js';
import { type AssessedFile, type AssessOptions, assessFile, assessLoaded } from '../pipeline/assess-file.js';
import { mentionsEvidence } from '../pipeline/attest/file-digest.js';
import { sha256Hex } from '../pipeline/attest/sha256-list.js';
import type { Claim } from '../pipeline/claim.js';
import type { EvidenceOptions } from '../pipeline/evidence/check-evidence.js';
import { periodFitsRubric } from '../pipeline/rubric-period.js';
import type { RubricPolicy } from '../pipeline/rubric-policy.js';
import { fastLoad } from './fast-parse.js';

export interface BatchOptions {
  rubric?: string;
  /** --period: the period of the rows of a sheet that has no period column. */
  period?: string;
  asOf?: string | undefined;
  waivers?: readonly Exemption[];
  maxBytes?: number;
  /** Which rubrics a file may name: built-in ids and files under these folders. */
  policy?: RubricPolicy;
  /** --inspections: the records every thread applies alike. */
  inspections?: InspectionSet;
  /** Off: every file goes through `assessFile` (for tests and comparisons). */
  fast?: boolean;
  /**
   * Keep each scored file's full result beside its entry (report's community pages, trend's
   * criteria): the batch then hands back what it judged, never a second judgement.
   */
  keepResults?: boolean;
  /** rank's second pass: the lower levels' results of streets with roll-up criteria, by file (roll-up.ts). */
  lower?: ReadonlyMap<string, LowerResults>;
  /** Keep each scored file's interpreted assessment too (plan fixes it and scores it again). */
  keepAssessment?: boolean;
  /** How evidence files are hashed (the cache): one object for the batch. */
  evidence?: EvidenceOptions;
  /** Keep each scored file's criterion points and statuses (rank --results-out), small. */
  keepCriteria?: boolean;
  /**
   * Hash each file as it is read (--attest, verify): its item carries the sha256 of the bytes
   * scored, so the signed list never opens the file again.
   */
  digests?: boolean;
}

export type BatchItem =
  /** rubricFile: where the main thread loads the same rubric again (for titles and quotas). */
  /** result: the full result, with BatchOptions.keepResults only. */
  /** assessment: what was scored, with BatchOptions.keepAssessment only. */
  /** criteria: each criterion's points and status, with BatchOptions.keepCriteria only. */
  | {
      kind: 'scored';
      entry: RankEntry;
      rubricFile?: string;
      result?: CommunityResult;
      assessment?: Assessment;
      criteria?: CriterionPoints | KeptPoints;
      /** The evidence (台账) findings of a scored file, which rank reports at their lines. */
      notes?: Finding[];
      /** Where the file's `period` is, when it does not fit the rubric's year (see withPeriodAt). */
      periodAt?: Position;
      /** The sha256 of the bytes scored, with BatchOptions.digests (a file read whole). */
      sha256?: string;
      /** Those bytes say `evidence` (file-digest.ts). */
      mentionsEvidence?: true;
    }
  /** claim: the community the file names, counted in its group's quotas as not scored. */
  /** rubricFile: the rubric it was judged by, if any: its findings name metrics by their titles. */
  | {
      kind: 'invalid';
      file: string;
      findings: Finding[];
      claim?: Claim;
      rubricFile?: string;
      periodAt?: Position;
      sha256?: string;
      mentionsEvidence?: true;
    }
  /** The file's rubric could not be loaded: the rubric's own findings, once per batch is enough. */
  | {
      kind: 'rubric-failure';
      file: string;
      rubricFindings: Finding[];
      sha256?: string;
      mentionsEvidence?: true;
    };

/**
 * An item that is only a workbook's own notes with no error (its encoding, a sheet without rows):
 * said at the file, but no submission of its own, so neither counted nor in doubt.
 */
export const notesOnly = (it: BatchItem): boolean =>
  it.kind === 'invalid' && !it.claim && !it.findings.some((f) => f.severity === 'error');

/** The scoring options of a batch's options, made once per options object (not once per file). */
const assessOptionsOf = new WeakMap<BatchOptions, AssessOptions>();
function assessOptions(options: BatchOptions): AssessOptions {
  let assess = assessOptionsOf.get(options);
  if (!assess) {
    assess = {
      ...(options.rubric ? { rubric: options.rubric } : {}),
      asOf: options.asOf,
      ...(options.waivers ? { waivers: options.waivers } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.lower ? { lower: options.lower } : {}),
      ...(options.keepAssessment ? { keepAssessment: true } : {}),
      ...(options.inspections ? { inspections: options.inspections } : {}),
      ...(options.evidence ? { evidence: options.evidence } : {}),
    };
    assessOptionsOf.set(options, assess);
  }
  return assess;
}

export function assessBatchItem(file: string, options: BatchOptions): BatchItem {
  if (!options.digests) return judged(file, options);
  let sha256: string | undefined;
  let evidence = false;
  const item = judged(file, options, (bytes) => {
    sha256 = sha256Hex(bytes);
    evidence = mentionsEvidence(bytes);
  });
  if (sha256 !== undefined) item.sha256 = sha256;
  if (evidence) item.mentionsEvidence = true;
  return item;
}

/** The file judged; `whole` sees its bytes when the fast path read it whole. */
function judged(file: string, options: BatchOptions, whole?: (bytes: Uint8Array) => void): BatchItem {
  const assess = assessOptions(options);
  const y = options.fast !== false ? fastLoad(file, options.maxBytes, whole) : undefined;
  if (y) {
    const r = assessLoaded(y, assess);
    // Placed exactly (the simple reader), or only the scoring's own findings (placed at 1:1 by
    // the pipeline): the judgement stands. Otherwise `yaml` reads the file to place them.
    if (y.exact) return withPeriodAt(toItem(r, options), r, y.locate);
    if (r.rubricFailure || r.findings.length === (r.result?.findings.length ?? 0)) return toItem(r, options);
  }
  return toItem(assessFile(file, assess), options);
}

/**
 * Where the file's `period` is, for the finding the batch's report may make of it after the
 * batch (rank-report.ts: quota.period-mismatch), so that the main thread does not read the file
 * again: for a scored file whose period does not fit its rubric's year, and for a file that
 * claims a community (its period decides its table). Only where the simple reader read the file
 * (`locate` is exact); the report reads any other file again.
 */
function withPeriodAt(item: BatchItem, r: AssessedFile, locate: (path: Path) => Position): BatchItem {
  if (item.kind === 'scored') {
    if (r.rubric && !periodFitsRubric(item.entry.period, r.rubric)) item.periodAt = locate(['period']);
  } else if (item.kind === 'invalid' && item.claim) item.periodAt = locate(['period']);
  return item;
}

/** What a scored item keeps beside its entry. */
export type Keep = Pick<BatchOptions, 'keepResults' | 'keepCriteria'>;

export function toItem(r: AssessedFile, keep: Keep = {}): BatchItem {
  if (r.rubricFailure)
    return { kind: 'rubric-failure', file: r.file, rubricFindings: r.rubricFailure.findings };
  if (!r.result || !r.rubric || hasErrors(r.findings)) {
    return {
      kind: 'invalid',
      file: r.file,
      findings: r.findings,
      ...(r.claim ? { claim: r.claim } : {}),
      ...(r.rubric?.file ? { rubricFile: r.rubric.file } : {}),
    };
  }
  let warnings = 0;
  let notes: Finding[] | undefined;
  for (const f of r.findings) {
    if (f.severity === 'warning') warnings++;
    // Printed by rank though the file is scored: its evidence (台账), and what nobody sees of a
    // workbook in Excel (a community hidden among the others, a hidden column of figures).
    if (f.code.startsWith('evidence.') || unseenInWorkbook(f.code)) (notes ??= []).push(f);
  }
  // Key by key in this order, without a spread of a small object per optional key (per file).
  const item: Extract<BatchItem, { kind: 'scored' }> = {
    kind: 'scored',
    entry: toRankEntry(r.rubric, r.result, r.file, warnings),
  };
  if (r.rubric.file) item.rubricFile = r.rubric.file;
  if (keep.keepResults) item.result = r.result;
  if (keep.keepCriteria) item.criteria = criterionPoints(r.rubric, r.result);
  if (r.assessment) item.assessment = r.assessment;
  if (notes) item.notes = notes;
  return item;
}
