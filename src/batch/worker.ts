/** A batch worker thread: takes chunks of file paths, answers with small per-file items. */
import { parentPort } from 'node:worker_threads';
import { assessBatchItem, type BatchOptions } from './assess-batch-item.js';
import type { ChunkRequest, ChunkResponse } from './pool.js';

let options: BatchOptions | undefined;

parentPort!.on('message', (msg: ChunkRequest) => {
  if (msg.options) options = msg.options;
  const items = msg.files.map((f) => assessBatchItem(f, options!));
  parentPort!.postMessage({ start: msg.start, items } satisfies ChunkResponse);
});
