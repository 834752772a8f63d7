/**
 * One self-assessment checked, not scored: read, parse, pick its rubric, interpret. The same
 * steps as assessFile up to the score, so validate and check judge a file alike; the id and its
 * position come back for the cross-file duplicate check.
 */
import { type LoadedYaml, loadYamlFile, place } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import type { LoadedRubric } from '../load/rubrics.js';
import type { Level } from '../model/assessment.js';
import { periodText } from '../model/assessment-schema.js';
import type { Finding, Position } from '../model/finding.js';
import { interpretAssessment } from '../model/interpret.js';
import type { Rubric } from '../model/rubric.js';
import type { Claim } from './claim.js';
import { type EvidenceOptions, evidenceOf } from './evidence/check-evidence.js';
import { rubricYearFinding } from './rubric-period.js';
import type { RubricPolicy } from './rubric-policy.js';
import { selectRubric } from './select-rubric.js';

export interface ValidateFileOptions {
  /** --rubric: overrides the file's own `rubric:`. */
  rubric?: string;
  maxBytes?: number;
  /** Which rubrics a file may name (none: any). */
  policy?: RubricPolicy;
  /** Off: the id comes without line and column (a batch places it only for duplicates). */
  placeId?: boolean;
  /** --period: the period of the rows of a sheet that has no period column. */
  period?: string;
  /** How evidence files are hashed (the cache); the same object for a whole batch. */
  evidence?: EvidenceOptions;
}

export interface ValidatedFile {
  file: string;
  findings: Finding[];
  rubric?: Rubric;
  /** The reference the rubric was loaded under: `rubricFor(rubricRef)` gives it again. */
  rubricRef?: string;
  /** The community (or street) id, where it is written (unless placeId is off): for the duplicate-id check. */
  id?: {
    id: string;
    line?: number;
    column?: number;
    scope: string;
    level: Level;
    /** The name it gives and its group as written (a community's street): for the look-alike check. */
    name?: string;
    group?: string;
    /** Where the name is written: the look-alike warning's place. */
    nameAt?: Position;
    /** The street and district it names: a street named under two districts is said once. */
    street?: string;
    district?: string;
  };
  /** The rubric could not be used (invalid): the command could not run for this file. */
  rubricFailure?: LoadedRubric;
}

export function validateFile(file: string, options: ValidateFileOptions = {}): ValidatedFile {
  return validateLoaded(loadYamlFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES), options);
}

/**
 * The same judgement from data already read (the batch's fast parse hands its data here, with
 * every position at 1:1, and keeps the answer only when there is no finding to place).
 */
export function validateLoaded(y: LoadedYaml, options: ValidateFileOptions = {}): ValidatedFile {
  const file = y.file;
  if (!y.data) return { file, findings: y.findings };
  const ref = options.rubric ?? (typeof y.data.rubric === 'string' ? y.data.rubric : undefined);
  const id = entityId(y.data);
  const level: Level = y.data.compound ? 'compound' : y.data.community ? 'community' : 'street';
  const period = y.data.period;
  const scope = idScope(level, ref, period);
  const idAt = id
    ? {
        id,
        scope,
        level,
        ...namedIn(y.data, level),
        ...groupOf(y.data, level),
        ...(options.placeId !== false
          ? { ...y.locate([level, 'id']), nameAt: y.locate([level, 'name']) }
          : {}),
      }
    : undefined;
  const withId = (r: ValidatedFile): ValidatedFile => (idAt ? { ...r, id: idAt } : r);
  const choice = selectRubric({ ...y, data: y.data }, options.rubric, options.policy);
  if (choice.kind === 'rubric-failure')
    return withId({ file, findings: y.findings, rubricFailure: choice.loaded });
  if (choice.kind === 'file-problem') return withId({ file, findings: [...y.findings, ...choice.findings] });
  const rubric = choice.rubric;
  const interpreted = interpretAssessment(y.data, rubric);
  const evidence = interpreted.assessment
    ? evidenceOf(y, interpreted.evidence, rubric, options.evidence)
    : undefined;
  // A period outside its rubric's year: the one finding every command gives (placement.ts).
  const year = interpreted.assessment
    ? rubricYearFinding({ file, rubric, result: { period: interpreted.assessment.period } })
    : undefined;
  return withId({
    file,
    findings: [
      ...y.findings,
      ...choice.findings,
      ...place(interpreted.findings, file, y.locate),
      ...(evidence ? place(evidence.findings, file, y.locate) : []),
      ...(year ? place([year], file, y.locate) : []),
    ],
    rubric,
    rubricRef: choice.ref,
  });
}

/** Where an id must be unique for validate's duplicate check: its level, its rubric as written, its period. */
function idScope(level: Level, ref: string | undefined, period: unknown): string {
  return `${level}|${ref ?? ''}|${typeof period === 'string' || typeof period === 'number' ? periodText(period) : ''}`;
}

/**
 * The id of a submission that was not read as data (a spreadsheet row that could not be read, or
 * one nobody filled in), from who it says it is: the claim rank counts and checks for duplicates
 * (assess-sheet.ts rowClaim), so validate sees the same ids.
 */
export function claimedId(
  claim: Claim,
  rubric: string | undefined,
  at: { line?: number; column?: number; sheet?: string } = {},
  nameAt?: Position,
): NonNullable<ValidatedFile['id']> {
  const { level } = claim;
  const group =
    level === 'community' ? claim.street : level === 'compound' ? claim.community : claim.district;
  return {
    id: claim.id,
    // The rubric as rank's claim takes it (rank-report.ts claimed): its own, else --rubric.
    scope: idScope(level, claim.rubric ?? rubric, claim.period),
    level,
    ...(claim.name !== undefined ? { name: claim.name } : {}),
    ...(group !== undefined ? { group } : {}),
    ...(level !== 'street' && claim.street !== undefined ? { street: claim.street } : {}),
    ...(claim.district !== undefined ? { district: claim.district } : {}),
    ...at,
    ...(nameAt ? { nameAt } : {}),
  };
}

/** The name a file gives its community (or street, compound) and the group it names, as written. */
function namedIn(data: Record<string, unknown>, level: Level): { name?: string; group?: string } {
  const entity = data[level];
  if (entity === null || typeof entity !== 'object') return {};
  const e = entity as Record<string, unknown>;
  const group = e[level === 'community' ? 'street' : level === 'compound' ? 'community' : 'district'];
  return {
    ...(typeof e.name === 'string' ? { name: e.name } : {}),
    ...(typeof group === 'string' ? { group } : {}),
  };
}

function entityId(data: Record<string, unknown>): string | undefined {
  const entity = data.compound ?? data.community ?? data.street;
  if (entity === null || typeof entity !== 'object') return undefined;
  const id = (entity as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** The street and district a file names, as written. */
function groupOf(data: Record<string, unknown>, level: Level): { street?: string; district?: string } {
  const entity = data[level];
  if (entity === null || typeof entity !== 'object') return {};
  const e = entity as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const street = level === 'street' ? undefined : text(e.street);
  const district = text(e.district);
  return {
    ...(street !== undefined ? { street } : {}),
    ...(district !== undefined ? { district } : {}),
  };
}
