/**
 * What `check` of several submissions judges across them, as the other commands judge a batch
 * (src/cli/commands/check.ts prints it): one community claimed twice (validate.duplicate-id), one
 * name under two ids in a street (claim.same-name), the inspection records meant for the checked
 * communities, and a period outside its rubric's year.
 */
import { idKey } from '../../model/assessment-schema.js';
import { duplicateIds } from '../../model/duplicate-ids.js';
import { type Finding, hasErrors, type Path, type Position } from '../../model/finding.js';
import { alikePairs } from '../../model/group-name.js';
import type { InspectionSet } from '../../model/inspection.js';
import type { AssessedFile } from '../assess-file.js';
import { unmatchedRecords } from '../inspection-findings.js';
import { groupNames, sameNameFindings } from '../quota-groups.js';
import { periodFitsRubric, rubricYearFinding } from '../rubric-period.js';

/** A submission as check judges it: a spreadsheet row comes with its spreadsheet and its id's cell. */
export type CheckedSubmission = AssessedFile & { idAt?: Position; nameAt?: Position; sheet?: string };

/**
 * Several submissions checked at once claim one community (rubric, period, level, and an id in
 * any letter case): each is marked as rank marks it (validate.duplicate-id), and fails the run.
 * One name under two ids in one group is claim.same-name, a warning, as in validate and rank.
 */
export function markDuplicates(
  assessed: CheckedSubmission[],
  locate: (file: string, path: Path) => Partial<Position>,
): void {
  if (assessed.length < 2) return;
  // A spreadsheet row's finding is at its cell in its spreadsheet (自评.xlsx:Sheet!A7: the id's,
  // or the name's for a name), a YAML file's at the key.
  const placeOf = (i: number, path: Path): Partial<Position> & { file?: string } => {
    const r = assessed[i]!;
    const cell = path[1] === 'name' ? (r.nameAt ?? r.idAt) : r.idAt;
    return r.sheet !== undefined && cell ? { file: r.sheet, ...cell } : locate(r.file, path);
  };
  const claims = assessed.flatMap((r, i) => {
    const e = r.result?.entity;
    if (!e || !r.rubric) return [];
    return [
      { file: r.file, id: e.id, scope: `${e.level}|${r.rubric.id}|${r.result!.period}`, i, level: e.level },
    ];
  });
  const byFile = new Map(claims.map((c) => [c.file, c] as const));
  for (const d of duplicateIds(claims)) {
    const c = byFile.get(d.file!)!;
    const r = assessed[c.i]!;
    assessed[c.i] = { ...r, findings: [...r.findings, { ...d, ...placeOf(c.i, [c.level, 'id']) }] };
  }
  // One name under two ids in one street (a look-alike, or a second file under a new id): said
  // as validate, rank and trend say it, at the first claim's name.
  const named = claims.map((c) => ({
    ...assessed[c.i]!.result!.entity,
    file: c.file,
    scope: c.scope,
    i: c.i,
  }));
  const names = groupNames(named);
  for (const f of sameNameFindings(
    named,
    names.nameOf,
    (c) => c.scope,
    () => ({}),
  )) {
    const c = byFile.get(f.file!);
    if (!c) continue;
    const r = assessed[c.i]!;
    assessed[c.i] = { ...r, findings: [...r.findings, { ...f, ...placeOf(c.i, [c.level, 'name']) }] };
  }
}

/**
 * check judges the files it is given, not a street: a record for a community it did not check is
 * none of its business, but a record that applies to none of them while naming one (another
 * period) or nearly naming one (a suggestion: a typo, a changed id) is an error, as in rank.
 */
export function meantForChecked(set: InspectionSet, assessed: readonly AssessedFile[]): Finding[] {
  const entries = assessed.flatMap((r) =>
    r.result ? [{ id: r.result.entity.id, period: r.result.period }] : [],
  );
  if (!entries.length) return [];
  const ids = new Set(entries.map((e) => idKey(e.id)));
  // A record for the neighbour of a series (a2 beside a1, 二村 beside 一村) is the street's other
  // community, not a typo of this one: only a look-alike suggestion is taken for one.
  const typo = (f: Finding) =>
    f.params.suggestion !== undefined &&
    alikePairs([idKey(String(f.params.community)), idKey(String(f.params.suggestion))]).length > 0;
  return unmatchedRecords(set, entries).filter((f) => typo(f) || ids.has(idKey(String(f.params.community))));
}

/** A file whose period is not its rubric's year gets the warning that says so, with the fix. */
export function withRubricYear<T extends AssessedFile>(r: T, locate?: (file: string) => Position): T {
  if (!r.result || !r.rubric || periodFitsRubric(r.result.period, r.rubric)) return r;
  const warning = rubricYearFinding(r, locate?.(r.file));
  return warning ? { ...r, findings: [...r.findings, warning] } : r;
}

/**
 * Nothing checked is a self-assessment: only workbooks with a header and no row (a template sent
 * back empty), whose notes say so. Then the command could not run, as on an empty folder.
 */
export function noSubmission(assessed: readonly CheckedSubmission[]): boolean {
  return assessed.length > 0 && assessed.every((r) => !r.result && !r.claim && !hasErrors(r.findings));
}
