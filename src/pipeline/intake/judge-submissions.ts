/**
 * The one road in: what the operator named (files, folders and globs of YAML, .xlsx and .csv)
 * to judged submissions, one batch item per YAML file or spreadsheet row, in the listing's sorted
 * order. Every command that reads submissions comes through here (rank, report, trend), so each
 * is judged alike: the operator's rubric policy decides a submission's rubric before anything it
 * names is opened (select-rubric.ts), the same bounds (--max-size), the same waivers and day.
 *
 * YAML files are scored over the worker pool while the folders are still being listed (the
 * batch's fast path: src/batch); workbooks and CSV files are streamed row by row, in a worker of
 * their own when they are large. What the items then mean (claims, periods, groups, roster) is
 * decided once per command's report: rank-report.ts, trend-files.ts.
 */
import type { Worker } from 'node:worker_threads';
import {
  assessBatchItem,
  type BatchItem,
  type BatchOptions,
  notesOnly,
  toItem,
} from '../../batch/assess-batch-item.js';
import { assessBatch, startWorkers } from '../../batch/pool.js';
import type { RowPlaces } from '../../batch/row-places.js';
import { assessSheets, SHEET_WORKER_YOUNG_MB, sheetsWantWorker } from '../../batch/sheet-batch.js';
import { type Threads, workersBeforeScan } from '../../batch/threads.js';
import type { Finding } from '../../model/finding.js';
import type { InspectionSet } from '../../model/inspection.js';
import type { LowerResults } from '../../model/lower-levels.js';
import type { Exemption } from '../../model/rubric.js';
import { sheetKind } from '../../sheets/sheet-files.js';
import { assessSheet } from '../assess-sheet.js';
import type { EvidenceOptions } from '../evidence/check-evidence.js';
import type { RubricPolicy } from '../rubric-policy.js';
import { listSheetInputs } from './list-inputs.js';

/** What the operator chose, already checked (a --rubric that loads, folders that exist). */
export interface IntakeOptions {
  /** --rubric: the reference every submission is judged by, whatever it names. */
  rubric?: string;
  /** Which rubrics a submission may name: built-in ids and files under the operator's folders. */
  policy: RubricPolicy;
  asOf?: string;
  waivers?: readonly Exemption[];
  maxBytes?: number;
  /** --period: the period of the rows of a sheet that has no period column. */
  period?: string;
  threads: Threads;
  /** Keep each scored submission's full result (report's pages, trend's criteria). */
  keepResults?: boolean;
  /** Keep each scored submission's interpreted assessment (plan fixes it and scores it again). */
  keepAssessment?: boolean;
  /** --inspections: inspected values replace self-reported ones, in every thread and format. */
  inspections?: InspectionSet;
  /** How evidence files are hashed (the cache); absent: every file hashed again. */
  evidence?: EvidenceOptions;
  /** Keep each scored submission's criterion points and statuses (rank --results-out). */
  keepCriteria?: boolean;
  /** Hash each submission as it is read (--attest, verify): the items carry their digests. */
  digests?: boolean;
  /** The files the command writes (absolute): never read as submissions. */
  written?: ReadonlySet<string>;
}

/** A progress line, at a terminal: then every input is listed first, so the total is known. */
export interface IntakeProgress {
  update(done: number, total: number): void;
  done(): void;
}

export type Intake =
  /** Nothing to judge: the inputs' findings say why. */
  | { kind: 'no-files'; findings: Finding[] }
  | {
      kind: 'judged';
      /** One per YAML file, then one per spreadsheet row (or unreadable spreadsheet). */
      items: BatchItem[];
      /** What was wrong with the inputs themselves (a path not found, a folder with nothing). */
      findings: Finding[];
      /** A spreadsheet row's label → where its id is. */
      rowIds?: RowPlaces;
    };

/** The options each submission is judged with: the same for every thread and every format. */
export function batchOptions(o: IntakeOptions): BatchOptions {
  return {
    ...(o.rubric ? { rubric: o.rubric } : {}),
    ...(o.asOf ? { asOf: o.asOf } : {}),
    ...(o.waivers ? { waivers: o.waivers } : {}),
    ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
    ...(o.period ? { period: o.period } : {}),
    ...(o.keepResults ? { keepResults: true } : {}),
    ...(o.keepAssessment ? { keepAssessment: true } : {}),
    ...(o.inspections ? { inspections: o.inspections } : {}),
    ...(o.evidence ? { evidence: o.evidence } : {}),
    ...(o.keepCriteria ? { keepCriteria: true } : {}),
    ...(o.digests ? { digests: true } : {}),
    policy: o.policy,
  };
}

export async function judgeSubmissions(
  inputs: string[],
  options: IntakeOptions,
  progress?: IntakeProgress,
): Promise<Intake> {
  const threads = options.threads;
  // Workers load while the inputs are scanned (those the batch turns out too small for are
  // stopped); none when only spreadsheets are named, whose rows have a worker of their own.
  const onlySheets = inputs.every((i) => sheetKind(i) !== undefined);
  const workers = startWorkers(onlySheets ? 0 : workersBeforeScan(threads));
  // A large batch of workbooks is read here and judged in a worker of its own (sheet-batch.ts),
  // started as soon as the listing is complete, so that it loads while the YAML files are scored.
  let sheetWorker: Worker | undefined;
  // The folders are listed while their first files are scored.
  const listed = listSheetInputs(
    inputs,
    (sheets) => {
      if (sheets.length > 0 && threads.jobs > 1 && sheetsWantWorker(sheets))
        sheetWorker = startWorkers(1, SHEET_WORKER_YOUNG_MB)[0];
    },
    options.written,
  );
  if (!listed.any()) {
    for (const w of workers) void w.terminate();
    return { kind: 'no-files', findings: listed.findings };
  }
  const assess = batchOptions(options);
  if (progress) listed.finish();
  const yamlItems = listed.sorted(
    await assessBatch(listed.yaml, assess, {
      ...threads,
      workers,
      ...(progress ? { onProgress: progress.update } : {}),
    }),
  );
  progress?.done();
  listed.finish();
  const sheets = listed.sheets;
  // Workbooks and CSV files, streamed row by row: each row is an item.
  const sheetBatch = sheets.length ? await assessSheets(sheets, assess, sheetWorker) : undefined;
  const items = sheetBatch ? yamlItems.concat(sheetBatch.items) : yamlItems;
  // Workbooks with a header and no row (a template sent back empty) and nothing else: no
  // self-assessment at all, as an empty folder; their notes say why.
  if (items.every(notesOnly))
    return {
      kind: 'no-files',
      findings: [...listed.findings, ...items.flatMap((it) => (it.kind === 'invalid' ? it.findings : []))],
    };
  return {
    kind: 'judged',
    items,
    findings: listed.findings,
    ...(sheetBatch ? { rowIds: sheetBatch.rowIds } : {}),
  };
}

/**
 * Some submissions judged again with what their roll-up criteria read: the results of their
 * compounds or communities (`lower`, by file or row label), once those are judged. A YAML file is
 * read again here; a spreadsheet row by reading its sheet again (only the rows asked for are
 * kept). The judgement is the same road as the first: the same options, the same rubric policy.
 */
export async function judgeAgain(
  lower: ReadonlyMap<string, LowerResults>,
  options: IntakeOptions,
  rowIds?: { get(label: string): { file?: string } | undefined },
): Promise<Map<string, BatchItem>> {
  const assess = { ...batchOptions(options), lower };
  const out = new Map<string, BatchItem>();
  const sheets = new Map<string, Set<string>>();
  for (const label of lower.keys()) {
    const sheet = rowIds?.get(label)?.file;
    if (sheet === undefined) {
      out.set(label, assessBatchItem(label, assess));
      continue;
    }
    let rows = sheets.get(sheet);
    if (!rows) sheets.set(sheet, (rows = new Set()));
    rows.add(label);
  }
  for (const [sheet, rows] of sheets)
    for await (const r of assessSheet(sheet, assess))
      if (rows.has(r.file)) out.set(r.file, toItem(r, assess));
  return out;
}
