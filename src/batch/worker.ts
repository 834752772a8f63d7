/**
 * A batch worker thread: takes chunks of file paths, answers with their results, packed small;
 * or takes a spreadsheet's rows, read by the main thread, and answers with their judgements.
 */
import { parentPort } from 'node:worker_threads';
import { type ChunkRequest, type ChunkResponse, taskEncoder, taskRunner } from './pool.js';
import { type SheetRequest, sheetResponder } from './sheet-batch.js';

let run: ((file: string) => unknown) | undefined;
let encode: ((items: unknown[], files: readonly string[]) => unknown) | undefined;
let sheets: ReturnType<typeof sheetResponder> | undefined;

parentPort!.on('message', (msg: ChunkRequest | SheetRequest) => {
  if ('sheet' in msg) {
    sheets ??= sheetResponder();
    parentPort!.postMessage(sheets(msg));
    return;
  }
  if (msg.job) {
    run = taskRunner(msg.job);
    encode = taskEncoder(msg.job);
  }
  const payload = encode!(
    msg.files.map((f) => run!(f)),
    msg.files,
  );
  parentPort!.postMessage({ start: msg.start, payload } satisfies ChunkResponse);
});
