/**
 * One file of `validate`'s batch, judged exactly as `validateFile` judges it. The fast path:
 * the simple reader or js-yaml reads the file (fastLoad). What the simple reader read is answered
 * from its data, placed by its own positions (the same as `yaml`'s). What js-yaml read is answered
 * from its data only when there is no finding; otherwise, or when both fast parsers are unsure,
 * the file is judged again by `validateFile` (the `yaml` parser), so every finding is placed.
 *
 * A file answered the fast way comes back with its id unplaced: the main thread finds it with
 * `locateId` for the few files that turn out to be duplicates.
 */
import { loadYamlFile } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import type { Level } from '../model/assessment.js';
import type { Finding, Position } from '../model/finding.js';
import type { EvidenceOptions } from '../pipeline/evidence/check-evidence.js';
import type { RubricPolicy } from '../pipeline/rubric-policy.js';
import { type ValidatedFile, validateFile, validateLoaded } from '../pipeline/validate-file.js';
import { fastLoad } from './fast-parse.js';
import type { BatchCanon } from './intern.js';
import { ownString } from './own-string.js';

export interface ValidateBatchOptions {
  rubric?: string;
  maxBytes?: number;
  /** Which rubrics a file may name: built-in ids and files under these folders. */
  policy?: RubricPolicy;
  /** Off: every file goes through `validateFile` (for tests and comparisons). */
  fast?: boolean;
  /** How evidence files are hashed (the cache): one object for the batch. */
  evidence?: EvidenceOptions;
}

export interface ValidateItem {
  file: string;
  findings: readonly Finding[];
  /** Where the main thread gets the same rubric: `rubricFor(rubricRef)`. */
  rubricRef?: string;
  /**
   * The claim the duplicate checks read as it is, `file` the item's. line and column are absent
   * when the fast path answered; name and group (the street a community names, as written) are
   * for the look-alike check.
   */
  id?: {
    file: string;
    id: string;
    scope: string;
    level: Level;
    line?: number;
    column?: number;
    name?: string;
    group?: string;
    nameAt?: Position;
    street?: string;
    district?: string;
  };
  /** The rubric could not be used: its findings, and the rubric file they are about. */
  rubricFailure?: { file?: string; findings: Finding[] };
}

export function validateBatchItem(file: string, options: ValidateBatchOptions): ValidateItem {
  const v = {
    ...(options.rubric ? { rubric: options.rubric } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
  };
  const y = options.fast !== false ? fastLoad(file, options.maxBytes) : undefined;
  if (y) {
    // The id is placed only for the few files that turn out to be duplicates (locateId).
    const r = validateLoaded(y, { ...v, placeId: false });
    // The simple reader placed every finding where `yaml` would; js-yaml's answer stands only
    // when there is nothing to place.
    if (y.exact || (r.findings.length === 0 && !r.rubricFailure)) return toValidateItem(r);
  }
  return toValidateItem(validateFile(file, v));
}

/** The item a batch keeps per file; its strings are its own, never views into the file's text. */
export function toValidateItem(r: ValidatedFile): ValidateItem {
  return {
    file: r.file,
    findings: r.findings,
    ...(r.rubricRef !== undefined ? { rubricRef: ownString(r.rubricRef) } : {}),
    ...(r.id ? { id: ownId(r.file, r.id) } : {}),
    ...(r.rubricFailure
      ? {
          rubricFailure: {
            ...(r.rubricFailure.file !== undefined ? { file: r.rubricFailure.file } : {}),
            findings: r.rubricFailure.findings,
          },
        }
      : {}),
  };
}

/** A clean file's findings: one array for the batch's every clean file. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * The item as the batch keeps it, the thread's own copy made lean in place: its file (and its
 * id's) the path as listed, not the copy a worker's message brings, and one copy of each string many items share,
 * their rubric, scope, level, street and district. A message from a worker brings a fresh copy of
 * each for each file (at 100,000 files some 25 MB of the batch's 80). Ids and names stay as they
 * are: nearly every one is a file's own.
 */
export function keptItem(item: ValidateItem, file: string, canon: BatchCanon): ValidateItem {
  if (item.file === file) item.file = file;
  if (item.findings.length === 0) item.findings = NO_FINDINGS;
  if (item.rubricRef !== undefined) item.rubricRef = canon.string(item.rubricRef);
  const id = item.id;
  if (id) {
    if (id.file === item.file) id.file = item.file;
    id.scope = canon.string(id.scope);
    id.level = canon.string(id.level) as Level;
    if (id.group !== undefined) id.group = canon.string(id.group);
    if (id.street !== undefined) id.street = canon.string(id.street);
    if (id.district !== undefined) id.district = canon.string(id.district);
  }
  return item;
}

/** Where a file writes its id, as `validateFile` places it: for a duplicate the fast path answered. */
export function locateId(file: string, level: Level, maxBytes?: number, key: 'id' | 'name' = 'id'): Position {
  return loadYamlFile(file, maxBytes ?? DEFAULT_MAX_BYTES).locate([level, key]);
}

function ownId(file: string, id: NonNullable<ValidatedFile['id']>): NonNullable<ValidateItem['id']> {
  return {
    file,
    ...id,
    id: ownString(id.id),
    scope: ownString(id.scope),
    ...(id.name !== undefined ? { name: ownString(id.name) } : {}),
    ...(id.group !== undefined ? { group: ownString(id.group) } : {}),
    ...(id.street !== undefined ? { street: ownString(id.street) } : {}),
    ...(id.district !== undefined ? { district: ownString(id.district) } : {}),
  };
}
