/**
 * One self-assessment file, end to end: read, parse, pick its rubric, interpret, score.
 * Used by check, validate and rank alike (and by the batch workers), so every command
 * judges a file the same way.
 */
import { inspectAssessment } from '../engine/inspect.js';
import { type CommunityResult, withholdTier } from '../engine/result.js';
import { score } from '../engine/score.js';
import { type LoadedYaml, loadYamlFile, place } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import type { LoadedRubric } from '../load/rubrics.js';
import type { Assessment } from '../model/assessment.js';
import { idKey } from '../model/assessment-schema.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import { type InspectionRecord, type InspectionSet, recordChecks } from '../model/inspection.js';
import { interpretAssessment } from '../model/interpret.js';
import type { LowerResults } from '../model/lower-levels.js';
import type { Exemption, Rubric } from '../model/rubric.js';
import type { FileReport } from '../report/types.js';
import { type Claim, claimOf } from './claim.js';
import { type EvidenceOptions, evidenceOf } from './evidence/check-evidence.js';
import type { RubricPolicy } from './rubric-policy.js';
import { selectRubric } from './select-rubric.js';

export interface AssessOptions {
  /** --rubric: overrides the file's own `rubric:`. */
  rubric?: string;
  /** The day exemptions are judged by; by default the last day of each file's period. */
  asOf?: string | undefined;
  waivers?: readonly Exemption[];
  maxBytes?: number;
  /** rank: which rubrics a file may name (none: any, as check allows). */
  policy?: RubricPolicy;
  /** Score even when the file has errors (check shows a provisional result); rank does not. */
  scoreInvalid?: boolean;
  /** --period: the period of the rows of a sheet that has no period column (2005, 2005-03). */
  period?: string;
  /** Keep the interpreted assessment beside the result (plan fixes it and scores it again). */
  keepAssessment?: boolean;
  /**
   * rank: the lower levels' results a street's roll-up criteria read, by the file (or row label)
   * of the street's submission (roll-up.ts).
   */
  lower?: ReadonlyMap<string, LowerResults>;
  /** The key of `lower` for this submission, when it is not the file (a spreadsheet row's label). */
  lowerKey?: string;
  /** --inspections: inspected values replace self-reported ones (the verified score). */
  inspections?: InspectionSet;
  /** How evidence files are hashed (the cache); the same object for a whole batch. */
  evidence?: EvidenceOptions;
}

export interface AssessedFile extends FileReport {
  /** The rubric could not be loaded or is invalid: the command could not run for this file. */
  rubricFailure?: LoadedRubric;
  /** A file with errors: who it says it is, so that its community still counts in the quotas. */
  claim?: Claim;
  /** With keepAssessment: what was scored. */
  assessment?: Assessment;
}

export function assessFile(file: string, options: AssessOptions): AssessedFile {
  return assessLoaded(loadYamlFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES), options);
}

/**
 * The same judgement from data already read (the batch's fast parse hands its data here):
 * rubric, interpret, score. `y.locate` places findings that carry only a path.
 */
export function assessLoaded(y: LoadedYaml, options: AssessOptions): AssessedFile {
  const file = y.file;
  if (!hasData(y)) return { file, findings: y.findings };
  const choice = selectRubric(y, options.rubric, options.policy);
  if (choice.kind === 'rubric-failure') return { file, findings: y.findings, rubricFailure: choice.loaded };
  if (choice.kind === 'file-problem')
    return withClaim({ file, findings: [...y.findings, ...choice.findings] }, y.data);
  const rubric = choice.rubric;
  const interpreted = interpretAssessment(y.data, rubric, file);
  const evidence = interpreted.assessment
    ? evidenceOf(y, interpreted.evidence, rubric, options.evidence)
    : undefined;
  if (evidence && interpreted.assessment) interpreted.assessment.evidence = evidence.intact;
  const findings = concat(
    y.findings,
    choice.findings,
    place(interpreted.findings, file, y.locate),
    evidence ? place(evidence.findings, file, y.locate) : [],
  );
  const invalid = hasErrors(findings);
  if (!interpreted.assessment || (invalid && !options.scoreInvalid))
    return withClaim({ file, findings, rubric }, y.data, rubric.id);
  const lower = options.lower?.get(options.lowerKey ?? file);
  const assessment = lower ? { ...interpreted.assessment, lower } : interpreted.assessment;
  const self = score(rubric, assessment, options);
  // Inspected: the verified result, and the assessment it scored (the one plan fixes).
  const checked = options.inspections
    ? verified(rubric, assessment, self, options.inspections, options)
    : { result: self, assessment };
  const result = checked.result;
  // Most files have no scoring finding: then the result needs no copy to place them.
  const scored = result.findings.length
    ? { ...result, findings: result.findings.map((f) => (f.file ? f : { ...f, file, line: 1, column: 1 })) }
    : result;
  // A file with errors is scored only provisionally: never a tier, so never reported as passing.
  const assessed = {
    file,
    findings: concat(findings, scored.findings),
    result: invalid ? withholdTier(scored) : scored,
    rubric,
    ...(options.keepAssessment ? { assessment: checked.assessment } : {}),
  };
  return invalid ? withClaim(assessed, y.data, rubric.id) : assessed;
}

/** Each set's records by community id (its idKey: any letter case), made once per set (per thread). */
const bySet = new WeakMap<InspectionSet, Map<string, InspectionRecord[]>>();
function recordsOf(set: InspectionSet, id: string): InspectionRecord[] | undefined {
  let index = bySet.get(set);
  if (!index) {
    index = new Map();
    for (const r of set.records) {
      const key = idKey(r.community);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(r);
    }
    bySet.set(set, index);
  }
  return index.get(idKey(id));
}

/**
 * The verified result: the community's inspection records of its period applied, and the
 * assessment with the inspected values (none: the result and assessment as they are).
 */
function verified(
  rubric: Rubric,
  assessment: Assessment,
  self: CommunityResult,
  set: InspectionSet,
  options: AssessOptions,
): { result: CommunityResult; assessment: Assessment } {
  // A record dated after the day judged is not yet applied: a community whose every record is
  // later was not inspected by then (未督查), not inspected and found as it said. Without
  // --as-of, the day is its own year's latest inspection day: a record of another year (a
  // forged 2099) never moves it.
  const itemsAsOf = options.asOf ?? set.lastDays[assessment.period.slice(0, 4)] ?? set.lastDay;
  const records = recordsOf(set, assessment.entity.id)?.filter(
    (r) => r.date <= itemsAsOf && recordChecks(r, assessment.period),
  );
  if (!records?.length) return { result: self, assessment };
  const checked = inspectAssessment(rubric, assessment, self, records, { ...options, itemsAsOf });
  const inspection = checked.result.inspection;
  const spelled = records.filter((r) => r.community !== assessment.entity.id);
  if (!inspection || !spelled.length) return checked;
  // Applied, since the id is one community in any letter case; said at each record so written.
  const notes = spelled.map((r) => ({
    ...finding('inspection.id-case', 'warning', { community: r.community, id: assessment.entity.id }),
    ...r.at,
  }));
  return {
    ...checked,
    result: {
      ...checked.result,
      inspection: { ...inspection, problems: [...inspection.problems, ...notes] },
    },
  };
}

/** An unscored file with the community it names, if it names one. */
function withClaim(r: AssessedFile, data: unknown, rubric?: string): AssessedFile {
  const claim = claimOf(data, rubric);
  return claim ? { ...r, claim } : r;
}

function hasData(y: LoadedYaml): y is LoadedYaml & { data: Record<string, unknown> } {
  return Boolean(y.data);
}

/** The lists one after the other, in a new array (spreading empty lists is what a batch mostly does). */
function concat(...lists: readonly Finding[][]): Finding[] {
  const out: Finding[] = [];
  for (const list of lists) for (const f of list) out.push(f);
  return out;
}
