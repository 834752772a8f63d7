/**
 * rank's spreadsheets: every row of every workbook or CSV file judged (sheet-judge.ts), one item
 * per row. Scored rows go the way the batch's own entries go (entry-wire, with interned places
 * and outcomes), so 100,000 rows of a workbook are kept as small as 100,000 YAML files.
 *
 * Reading a workbook (read-xlsx.ts) costs less than judging its rows, but not nothing. A
 * large batch of sheets is therefore read in this thread and judged in a worker: rows go over in
 * chunks as they are read, results come back in the same order. At most a few chunks are on
 * their way at a time, so memory stays flat however far the reading runs ahead. A small batch,
 * or one thread (--jobs 1), is judged here, by the same SheetJudge.
 */

import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../model/finding.js';
import { sheetFailure, sheetSource } from '../pipeline/sheet-rows.js';
import type { SheetRow } from '../sheets/sheet-row.js';
import type { BatchItem, BatchOptions } from './assess-batch-item.js';
import { entryPacker, entryUnpacker, type Wire } from './entry-wire.js';
import { BatchCanon } from './intern.js';
import type { BatchTask } from './pool.js';
import { RowPlaces } from './row-places.js';
import { packRows, type RowWire, unpackRows } from './row-wire.js';
import { type RowPlace, SheetJudge, type SheetResult } from './sheet-judge.js';

export type { RowPlace };

export interface SheetBatch {
  items: BatchItem[];
  /** A scored row's label → where its id is (for a duplicate id). */
  rowIds: RowPlaces;
}

/** Rows per chunk, read here and judged together. */
const CHUNK = 256;
/** Chunks on their way to the worker (or back) at most: the reader waits beyond this. */
const IN_FLIGHT = 4;
/** Sheets this large in all (some 8,000 workbook rows) are judged in a worker, if there is a core for it. */
export const SHEET_WORKER_BYTES = 1 << 20;

/** What the worker is sent: rows of a file, its end, or a file that could not be read at all. */
export type SheetRequest = {
  sheet:
    | { file: string; rows: RowWire }
    /** failure: why the reader stopped part-way (worked out here: an error does not cross threads whole). */
    | { file: string; end: true; failure?: ReturnType<typeof sheetFailure>; notes?: Finding[] }
    | { file: string; refused: Parameters<SheetJudge['refused']>[0] };
  /** With the first request only. */
  job?: Extract<BatchTask, { task: 'assess' }>;
};

/** A chunk's results, packed as the YAML batch packs its own. */
export interface SheetResponse {
  wire: Wire;
  labels: string[];
  /** Where a row's id is, and the column of its name (same row) when it has one. */
  ids: [number, RowPlace, number?][];
}

/** The worker's side: one judge, one packer, for all the batch's sheets. */
export function sheetResponder(): (req: SheetRequest) => SheetResponse {
  let judge: SheetJudge | undefined;
  const pack = entryPacker();
  return (req) => {
    if (req.job) judge = new SheetJudge(req.job.options);
    const s = req.sheet;
    const results =
      'rows' in s
        ? judge!.rows(s.file, unpackRows(s.rows))
        : 'end' in s
          ? judge!.end(s.file, s.failure, s.notes)
          : judge!.refused(s.refused, s.file);
    return packResults(pack, results);
  };
}

function packResults(pack: ReturnType<typeof entryPacker>, results: SheetResult[]): SheetResponse {
  const labels = results.map((r) => r.label);
  const ids: [number, RowPlace, number?][] = [];
  results.forEach((r, i) => {
    if (r.idAt) ids.push(r.nameColumn !== undefined ? [i, r.idAt, r.nameColumn] : [i, r.idAt]);
  });
  return {
    wire: pack(
      results.map((r) => r.item),
      labels,
    ),
    labels,
    ids,
  };
}

/**
 * The young generation of the worker that judges rows. With a file batch's 4 MB, rows that live a
 * little while were promoted and its heap grew to 120 MB between full collections; 16 MB held it
 * near 50, 12 MB near 46. Judging is the longer thread of a workbook's rank, and at 12 MB it spent
 * a quarter of its time collecting; 24 MB takes a tenth off the whole run's CPU (100,000 rows:
 * 8.07 → 7.21–7.44 s, paired runs) for some 5 MB more peak (246–251 → 250–256 MB); 32 MB saved
 * little more CPU for 10–20 MB more.
 */
export const SHEET_WORKER_YOUNG_MB = 24;

/** Whether `files` are worth a worker: large enough in all. */
export function sheetsWantWorker(files: readonly string[]): boolean {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // Not found: the judge reports it.
    }
  }
  return bytes >= SHEET_WORKER_BYTES;
}

/**
 * Every row of `files`, judged in `worker` when one is given (it is terminated at the end), else
 * here. The items come in the files' and rows' order either way.
 */
export async function assessSheets(
  files: readonly string[],
  options: BatchOptions,
  worker?: Worker,
): Promise<SheetBatch> {
  const items: BatchItem[] = [];
  const labels: string[] = [];
  const rowIds = new RowPlaces();
  const unpack = entryUnpacker(labels, new BatchCanon(), worker === undefined);
  const store = (res: SheetResponse) => {
    const start = labels.length;
    for (const l of res.labels) labels.push(l);
    for (const [i, place, nameColumn] of res.ids) rowIds.set(res.labels[i]!, place, nameColumn);
    unpack(res.wire, start, items);
  };
  const send = worker ? workerSender(worker, options, store) : localSender(options, store);
  try {
    for (const file of files) {
      const source = sheetSource(file, options);
      if (!('rows' in source)) {
        await send({ file, refused: source });
        continue;
      }
      let chunk: SheetRow[] = [];
      try {
        for await (const row of source.rows) {
          chunk.push(row);
          if (chunk.length >= CHUNK) {
            await send({ file, rows: packRows(chunk) });
            chunk = [];
          }
        }
      } catch (e) {
        if (chunk.length) await send({ file, rows: packRows(chunk) });
        await send({ file, end: true, failure: sheetFailure(file, e) });
        continue;
      }
      if (chunk.length) await send({ file, rows: packRows(chunk) });
      await send({ file, end: true, notes: source.notes });
    }
    await send.drain();
  } finally {
    if (worker) void worker.terminate();
  }
  return { items, rowIds };
}

type Sender = ((sheet: SheetRequest['sheet']) => Promise<void>) & { drain(): Promise<void> };

/** Judged here, at once. */
function localSender(options: BatchOptions, store: (res: SheetResponse) => void): Sender {
  const respond = sheetResponder();
  let first = true;
  const send = async (sheet: SheetRequest['sheet']) => {
    store(respond({ sheet, ...(first ? { job: { task: 'assess', options } } : {}) }));
    first = false;
  };
  return Object.assign(send, { drain: async () => {} });
}

/** Judged in the worker: requests in order, answers in the same order, at most IN_FLIGHT waiting. */
function workerSender(worker: Worker, options: BatchOptions, store: (res: SheetResponse) => void): Sender {
  let first = true;
  let pending = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const woken = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  // The worker keeps the process alive only while it has rows to judge.
  worker.on('message', (res: SheetResponse) => {
    if (--pending === 0) worker.unref();
    store(res);
    woken();
  });
  worker.on('error', (e) => {
    failure ??= e;
    woken();
  });
  // Listening for messages refs the worker's port again.
  worker.unref();
  const waitBelow = async (n: number) => {
    while (pending > n && failure === undefined) await new Promise<void>((r) => (wake = r));
    if (failure !== undefined) throw failure;
  };
  const send = async (sheet: SheetRequest['sheet']) => {
    await waitBelow(IN_FLIGHT - 1);
    const req: SheetRequest = { sheet, ...(first ? { job: { task: 'assess', options } } : {}) };
    first = false;
    if (pending++ === 0) worker.ref();
    worker.postMessage(req);
  };
  return Object.assign(send, { drain: () => waitBelow(0) });
}
