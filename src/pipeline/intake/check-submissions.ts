/**
 * The intake's other two doors, on the same road as judgeSubmissions: `validate` (every
 * submission checked, never scored) and `check` (each submission scored and shown, in the order
 * the operator named them). Both list their inputs as the intake lists them (list-inputs.ts:
 * YAML, .xlsx and .csv, never lock files), both judge each YAML file and each spreadsheet row
 * with the intake's options (batchOptions: the rubric policy, --max-size, --period, the evidence
 * cache), and both read spreadsheets with the one bounded reader (sheet-rows.ts). Only what each
 * keeps of a judgement differs: validate's small items, check's full results.
 *
 * `check` of one YAML file named on its own is a community's own work and is given no rubric policy
 * (the file may name its own rubric by path, rubric-policy.ts); any other check is given the
 * operator's, applied as everywhere else (src/cli/commands/check.ts decides).
 */

import { startWorkers, validateBatch } from '../../batch/pool.js';
import { workersBeforeScan } from '../../batch/threads.js';
import { toValidateItem, type ValidateItem } from '../../batch/validate-batch-item.js';
import type { Finding, Position } from '../../model/finding.js';
import { sheetKind } from '../../sheets/sheet-files.js';
import { type AssessedFile, type AssessOptions, assessFile } from '../assess-file.js';
import { assessSheet, validateSheet } from '../assess-sheet.js';
import type { RubricPolicy } from '../rubric-policy.js';
import type { SheetRowItem } from '../validate-report.js';
import { batchOptions, type IntakeOptions } from './judge-submissions.js';
import { expandSheetInputs, listSheetInputs } from './list-inputs.js';

export interface ValidateIntakeOptions
  extends Pick<IntakeOptions, 'rubric' | 'policy' | 'maxBytes' | 'period' | 'threads' | 'evidence'> {
  /** Off: every file through the `yaml` parser, as before the batch (tests compare the two). */
  fast?: boolean;
}

export interface ValidatedSubmissions {
  /** The YAML files, sorted as the intake sorts them, and their items in that order. */
  yaml: string[];
  items: ValidateItem[];
  /** The spreadsheets, and each row's item under its file. */
  sheets: { files: string[]; rows: SheetRowItem[] };
  /** What was wrong with the inputs themselves. */
  findings: Finding[];
}

/** validate: every submission named, checked alike in every thread and format. */
export async function validateSubmissions(
  inputs: string[],
  options: ValidateIntakeOptions,
): Promise<ValidatedSubmissions> {
  const { threads } = options;
  const onlySheets = inputs.length > 0 && inputs.every((i) => sheetKind(i) !== undefined);
  // Workers load while the inputs are listed (those the batch turns out too small for are stopped).
  const workers = startWorkers(onlySheets ? 0 : workersBeforeScan(threads));
  const listed = listSheetInputs(inputs);
  const judge = batchOptions(options);
  const checked = {
    ...(judge.rubric ? { rubric: judge.rubric } : {}),
    ...(judge.maxBytes ? { maxBytes: judge.maxBytes } : {}),
    ...(judge.evidence ? { evidence: judge.evidence } : {}),
    policy: judge.policy,
  };
  // The YAML files are checked while the folders are still being listed.
  const items = await validateBatch(
    listed.yaml,
    { ...checked, ...(options.fast === false ? { fast: false } : {}) },
    { ...threads, workers },
  );
  listed.finish();
  const yaml = listed.sorted(listed.yaml.files.slice());
  // Workbooks and CSV files row by row, in this thread (the reader streams).
  const rows: SheetRowItem[] = [];
  for (const file of listed.sheets)
    for await (const r of validateSheet(file, {
      ...checked,
      ...(judge.period ? { period: judge.period } : {}),
    })) {
      const { label, at, ...row } = r;
      rows.push({
        file,
        ...(label !== undefined ? { label } : {}),
        ...(at !== undefined ? { at } : {}),
        item: toValidateItem(row),
      });
    }
  return {
    yaml,
    items: listed.sorted(items),
    sheets: { files: listed.sheets.slice(), rows },
    findings: listed.findings,
  };
}

/**
 * check's inputs: files, folders and globs (Windows' cmd.exe leaves `*.yaml` to the program) to
 * files, in the order given; a folder's or a glob's files sorted as the intake sorts them. A path
 * that is neither stays, for its own finding.
 */
export function listInOrder(inputs: readonly string[]): { files: string[]; findings: Finding[] } {
  const files: string[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const e = expandSheetInputs([input]);
    if (e.files.length === 0 && e.findings.every((f) => f.code === 'load.not-found')) files.push(input);
    else {
      for (const f of e.files)
        if (!seen.has(f)) {
          seen.add(f);
          files.push(f);
        }
      findings.push(...e.findings);
    }
  }
  return { files, findings };
}

export interface CheckIntakeOptions
  extends Omit<IntakeOptions, 'policy' | 'threads' | 'keepResults' | 'keepAssessment' | 'keepCriteria'> {
  /** None: a file may name any rubric (check of one file named on its own: a community's own work). */
  policy?: RubricPolicy;
}

/**
 * check: each submission judged and kept whole (result, rubric, findings), a file's as a row's,
 * scored even with errors (a provisional result, never a tier), in the order listed. A row
 * comes with `sheet`, its spreadsheet.
 */
export async function* checkSubmissions(
  files: readonly string[],
  options: CheckIntakeOptions,
): AsyncGenerator<AssessedFile & { idAt?: Position; nameAt?: Position; sheet?: string }> {
  const judge: AssessOptions = {
    ...(options.rubric ? { rubric: options.rubric } : {}),
    asOf: options.asOf,
    ...(options.waivers ? { waivers: options.waivers } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.period ? { period: options.period } : {}),
    ...(options.inspections ? { inspections: options.inspections } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    scoreInvalid: true,
  };
  for (const file of files) {
    if (sheetKind(file)) for await (const r of assessSheet(file, judge)) yield { ...r, sheet: file };
    else yield assessFile(file, judge);
  }
}
