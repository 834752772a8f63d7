/**
 * From validate's batch items to its report: every file's findings (with the same id in two
 * files), --strict and --quiet applied, the counts. Pure of output: the command prints it.
 */

import type { ValidateItem } from '../batch/validate-batch-item.js';
import { locateId } from '../batch/validate-batch-item.js';
import type { Level } from '../model/assessment.js';
import { duplicateIds, lookAlikeClaims, type NamedClaim } from '../model/duplicate-ids.js';
import { type Finding, finding, type Position } from '../model/finding.js';
import { groupKeyer } from '../model/group-name.js';
import { rowOf } from '../model/place.js';
import { collapseRepeats } from '../model/repeated.js';
import type { Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import { sortFindings } from '../report/findings-text.js';
import type { FileReport } from '../report/types.js';
import type { SheetRowPlace, ValidateReport } from '../report/validate/types.js';
import { misplacedError, placeSubmissions } from './intake/placement.js';
import { fileLocator } from './locate-file.js';
import { groupNames } from './quota-groups.js';
import { rubricConflicts } from './rubric-identity.js';
import { rubricsByRef } from './select-rubric.js';

export interface ValidateReportOptions {
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  maxSize?: number;
  tool: ValidateReport['tool'];
  /**
   * Workbooks and CSV files (read row by row in the command's thread, not by the batch): their
   * files, and each row's item under its file (one report per file), with the row's label
   * (`自评.xlsx:Sheet!A7`) naming its id for the duplicate check.
   */
  sheets?: { files: readonly string[]; rows: readonly SheetRowItem[] };
  /** The inputs as named on the command line: one that is not there is no file checked. */
  named?: readonly string[];
}

/** One spreadsheet row, validated: its item's id is at its cell (`sheet`, line = row). */
export interface SheetRowItem {
  file: string;
  label?: string;
  /** Where the row is: its id cell (sheet, row, column), or a CSV file's line. */
  at?: Position;
  item: ValidateItem;
}

export function buildValidateReport(
  inputs: readonly string[],
  items: readonly ValidateItem[],
  inputFindings: readonly Finding[],
  opts: ValidateReportOptions,
): {
  report: ValidateReport;
  couldNotRun: boolean;
  tooManyWarnings: boolean;
  /** Self-assessments with errors: a file's, or each row's of a workbook or CSV. */
  invalidSubmissions: number;
} {
  const sheetFiles = opts.sheets?.files ?? [];
  const sheetRows = opts.sheets?.rows ?? [];
  // Nothing listed, or workbooks with a header and no row (and nothing wrong in them): no
  // self-assessment to check, as an empty folder (every command alike).
  let couldNotRun = inputs.length + sheetFiles.length === 0;
  const g = new Gathering(rubricsUsed(items, sheetRows));
  g.add(inputFindings, '');
  for (let i = 0; i < items.length; i++) g.useItem(inputs[i]!, items[i]!);
  // Spreadsheet rows: one report per file, each row's id named by its row and placed at its cell.
  for (const { file, label, at, item } of sheetRows) {
    g.useItem(file, item.id ? { ...item, id: undefined } : item);
    if (item.id && label) {
      g.ids.push({ ...item.id, file: label, source: file });
      g.claim(item, at);
    }
  }
  g.add(g.duplicates(opts.maxSize), '');
  g.add(g.misplaced(), '');
  g.add(g.lookAlikes(opts.maxSize), '');
  g.add(streetsInTwoDistricts(g.ids), '');
  const files = g.fileReports(opts.strict);
  const count = (sev: Finding['severity']) =>
    files.reduce((n, r) => n + r.findings.filter((f) => f.severity === sev).length, 0);
  // A workbook or CSV holds one self-assessment a row: its rows are counted each.
  const rowsOf = new Map<string, number>();
  for (const r of sheetRows) if (r.label !== undefined) rowsOf.set(r.file, (rowsOf.get(r.file) ?? 0) + 1);
  // An input that could not be listed (a path that is not there) is said at its path and makes the
  // run exit 2; it is none of the files checked, so it counts neither there nor among the invalid.
  const named = new Set(opts.named ?? []);
  const unlisted = new Set(
    inputFindings.filter((f) => f.severity === 'error' && named.has(f.file ?? '')).map((f) => f.file ?? ''),
  );
  const checked = unlisted.size ? files.filter((r) => !unlisted.has(r.file)) : files;
  const invalid = invalidSubmissions(checked, rowsOf, new Set(sheetFiles));
  const rows = [...rowsOf.values()].reduce((a, b) => a + b, 0);
  const summary = {
    files: inputs.length + sheetFiles.length,
    invalid: checked.filter((r) => r.findings.some((f) => f.severity === 'error')).length,
    submissions: inputs.length + sheetFiles.reduce((n, f) => n + Math.max(rowsOf.get(f) ?? 0, 1), 0),
    rows,
    sheets: sheetFiles.length,
    invalidSubmissions: invalid,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('info'),
  };
  if (inputs.length + rows === 0 && invalid === 0) couldNotRun = true;
  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings;
  const rowPlaces = sheetRowPlaces(sheetRows, files);
  // Counted above in full; shown with each file's repeats of one code said once (a file with no
  // finding as it is: most of a batch, not copied).
  const shown = (
    opts.quiet
      ? files.map((r) =>
          r.findings.length === 0 ? r : { ...r, findings: r.findings.filter((f) => f.severity === 'error') },
        )
      : files
  ).map((r) => (r.findings.length === 0 ? r : { ...r, findings: collapseRepeats(r.findings) }));
  const report: ValidateReport = {
    files: shown,
    ...(rowPlaces.size ? { rows: rowPlaces } : {}),
    summary,
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
    tooManyWarnings,
    tool: opts.tool,
  };
  return { report, couldNotRun, tooManyWarnings, invalidSubmissions: invalid };
}

/**
 * Each workbook's and CSV file's rows, one self-assessment each, in order: where the row is, and
 * its errors and warnings as counted (before repeats are said once), so that a format that
 * lists submissions (JUnit) lists the rows the text counts. A finding belongs to the row whose
 * place (sheet and row; a CSV record's first line) it is at or after, before the next row's.
 */
function sheetRowPlaces(
  sheetRows: readonly SheetRowItem[],
  files: readonly FileReport[],
): Map<string, SheetRowPlace[]> {
  const out = new Map<string, SheetRowPlace[]>();
  for (const r of sheetRows) {
    if (!r.at) continue;
    let list = out.get(r.file);
    if (!list) out.set(r.file, (list = []));
    list.push({ at: { sheet: r.at.sheet, line: r.at.line, column: r.at.column }, errors: 0, warnings: 0 });
  }
  for (const f of files) {
    const rows = out.get(f.file);
    if (!rows) continue;
    for (const x of f.findings) {
      const row = rowOf(rows, x);
      if (row && x.severity === 'error') row.errors++;
      else if (row && x.severity === 'warning') row.warnings++;
    }
  }
  return out;
}

/** Every rubric the files were judged under, by reference: two contents under one id are never one. */
function rubricsUsed(
  items: readonly ValidateItem[],
  sheetRows: readonly SheetRowItem[],
): Map<string, Rubric> {
  const all = sheetRows.length ? [...items, ...sheetRows.map((x) => x.item)] : items;
  return rubricsByRef(all.map((r) => r.rubricRef));
}

/**
 * Self-assessments with errors: a file's, or each row's of a workbook or CSV (`rowsOf` holds the
 * rows read of each); a spreadsheet none of whose rows could be read counts as one.
 */
function invalidSubmissions(
  files: readonly FileReport[],
  rowsOf: ReadonlyMap<string, number>,
  sheets: ReadonlySet<string>,
): number {
  return files.reduce((n, r) => {
    const errors = r.findings.filter((f) => f.severity === 'error');
    if (!errors.length) return n;
    if (!sheets.has(r.file) && !/\.(xlsx|csv)$/i.test(r.file)) return n + 1;
    const rows = new Set<string>();
    for (const f of errors) if (f.line !== undefined) rows.add(`${f.sheet ?? ''}\u0000${f.line}`);
    // A finding at the file (a bound passed, no rows) is one submission with errors at least.
    return n + Math.min(Math.max(rows.size, 1), Math.max(rowsOf.get(r.file) ?? 0, 1));
  }, 0);
}

/** The period of a claim's scope (`level|rubric as written|period`). */
const periodOfScope = (scope: string) => scope.slice(scope.lastIndexOf('|') + 1);

/** Each file's findings as validate gathers them, and the ids for the duplicate check. */
class Gathering {
  private readonly byFile = new Map<string, FileReport>();
  readonly ids: (NamedClaim & { street?: string; district?: string })[] = [];
  private readonly failedRubrics = new Set<string>();
  /** Files whose id the fast path left unplaced: placed only if they turn out to be duplicates. */
  private readonly unplaced = new Map<string, Level>();
  private readonly conflicts: ReturnType<typeof rubricConflicts>;
  /**
   * For the placement rule, beside `ids` (same index, no copy of the claims): the id of the rubric
   * each claim was judged under (none: a rubric not used), the distinct tables, and rows' places.
   */
  private readonly claimRubric: (string | undefined)[] = [];
  private readonly tables = new Set<string>();
  private readonly rowAt = new Map<number, Position>();

  constructor(private readonly rubricByRef: ReadonlyMap<string, Rubric>) {
    this.conflicts = rubricConflicts(rubricByRef);
  }

  /** The file's report, made with its rubric when it has one (one object, no property added later). */
  private entry(file: string, rubric?: Rubric): FileReport {
    let r = this.byFile.get(file);
    if (!r) this.byFile.set(file, (r = rubric ? { file, findings: [], rubric } : { file, findings: [] }));
    else if (rubric) r.rubric = rubric;
    return r;
  }

  add(fs: readonly Finding[], fallback: string): void {
    for (const f of fs) this.entry(f.file ?? fallback).findings.push(f);
  }

  useItem(file: string, r: ValidateItem): void {
    const rep = this.entry(file, r.rubricRef !== undefined ? this.rubricByRef.get(r.rubricRef)! : undefined);
    rep.findings.push(...r.findings);
    if (r.rubricRef !== undefined) {
      const conflict = this.conflicts.get(r.rubricRef);
      if (conflict)
        rep.findings.push({
          ...finding('trust.rubric-conflict', 'error', conflict),
          file,
          line: 1,
          column: 1,
        });
    }
    if (r.id) {
      // The batch's claims as they are (no copy of 100,000 at the end of the run).
      if (r.id.line === undefined) this.unplaced.set(file, r.id.level);
      this.ids.push(r.id.file === file ? r.id : { ...r.id, file });
      this.claim(r);
    }
    if (r.rubricFailure) this.rubricFailed(rep, file, r.rubricFailure);
  }

  /** The file's own rubric cannot be used: that file fails (exit 1), the run goes on. */
  private rubricFailed(
    rep: FileReport,
    file: string,
    failure: NonNullable<ValidateItem['rubricFailure']>,
  ): void {
    const key = failure.file ?? '';
    rep.findings.push({
      ...finding('trust.rubric-unusable', 'error', { rubric: key }),
      file,
      line: 1,
      column: 1,
    });
    if (!this.failedRubrics.has(key)) {
      this.failedRubrics.add(key);
      this.add(failure.findings, key);
    }
  }

  /**
   * The rubric of the claim just pushed to `ids`, for the one placement rule (intake/placement.ts):
   * by the rubric's id and the period as rank keys them; a spreadsheet row placed at its row.
   */
  claim(r: ValidateItem, at?: Position): void {
    const usable = r.id !== undefined && r.rubricRef !== undefined && !r.rubricFailure;
    const rubric = usable ? (this.rubricByRef.get(r.rubricRef!)?.id ?? r.rubricRef!) : undefined;
    this.claimRubric[this.ids.length - 1] = rubric;
    if (at) this.rowAt.set(this.ids.length - 1, at);
    if (rubric !== undefined) this.tables.add(`${rubric}\u0000${periodOfScope(r.id!.scope)}`);
  }

  /**
   * What rank says of a file under another rubric or period of the year than its street's (or
   * district's): the same error here, so a file validate passes is never one rank does not rank.
   * (A period outside its rubric's year, a refused rubric, a period that is none, have their own.)
   * A batch of one table (nearly every one) has none.
   */
  misplaced(): Finding[] {
    if (this.tables.size < 2) return [];
    const years = new Map<string, number | undefined>();
    for (const r of this.rubricByRef.values()) years.set(r.id, r.year);
    const claims = this.ids.flatMap((e, i) => {
      const rubric = this.claimRubric[i];
      if (rubric === undefined || e.scope === undefined) return [];
      return [
        {
          i,
          file: e.file,
          id: e.id,
          level: e.scope.slice(0, e.scope.indexOf('|')),
          rubric,
          period: periodOfScope(e.scope),
          ...(e.street !== undefined ? { street: e.street } : {}),
          ...(e.district !== undefined ? { district: e.district } : {}),
        },
      ];
    });
    const misplaced = placeSubmissions(claims, (ref) =>
      years.has(ref) ? { year: years.get(ref) } : undefined,
    );
    const out: Finding[] = [];
    const locate = fileLocator();
    for (const c of claims) {
      const m = misplaced.get(c.file);
      if (!m || (m.misfit !== 'rubric-other' && m.misfit !== 'period-other')) continue;
      const f = misplacedError(m, c)!;
      const source = this.ids[c.i]!.source ?? c.file;
      const at =
        this.rowAt.get(c.i) ??
        (source === c.file ? locate(source, [m.misfit === 'rubric-other' ? 'rubric' : 'period']) : {});
      out.push({ ...f, file: source, line: 1, column: 1, ...at });
    }
    return out;
  }

  /** The same id in two files, each placed at its id (found again where the fast path did not). */
  duplicates(maxSize: number | undefined): Finding[] {
    return duplicateIds(this.ids).map((d) => {
      const level = this.unplaced.get(d.file!);
      return level ? { ...d, ...locateId(d.file!, level, maxSize) } : d;
    });
  }

  /** One name under two ids in one street (groups folded as the quotas fold them), at its name. */
  lookAlikes(maxSize: number | undefined): Finding[] {
    const fold = groupKeyer();
    const groupOf = (e: NamedClaim) => (e.group !== undefined ? fold(e.group) : undefined);
    return lookAlikeClaims(this.ids, undefined, groupOf).map((d) => {
      const level = this.unplaced.get(d.file!);
      return level ? { ...d, ...locateId(d.file!, level, maxSize, 'name') } : d;
    });
  }

  /**
   * The files in order, each with its findings sorted (warnings made errors by --strict); a file
   * with none (most of a batch) as it is.
   */
  fileReports(strict: boolean | undefined): FileReport[] {
    return [...this.byFile.values()]
      .sort((a, b) => byCodeUnits(a.file, b.file))
      .map((r) => {
        if (r.findings.length === 0) return r;
        let fs = r.findings;
        if (strict) fs = fs.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as const } : f));
        return { ...r, findings: sortFindings(fs) };
      });
  }
}

/** A street named under two districts: the warning rank and trend give, from the same fold. */
function streetsInTwoDistricts(
  ids: readonly { id: string; street?: string; district?: string }[],
): Finding[] {
  return groupNames(ids).findings.filter((f) => f.code === 'quota.street-districts');
}
