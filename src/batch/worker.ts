/** A batch worker thread: takes chunks of file paths, answers with small per-file items. */
import { parentPort } from 'node:worker_threads';
import { type ChunkRequest, type ChunkResponse, taskRunner } from './pool.js';

let run: ((file: string) => unknown) | undefined;

parentPort!.on('message', (msg: ChunkRequest) => {
  if (msg.job) run = taskRunner(msg.job);
  const items = msg.files.map((f) => run!(f));
  parentPort!.postMessage({ start: msg.start, items } satisfies ChunkResponse);
});
