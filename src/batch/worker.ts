/** A batch worker thread: takes chunks of file paths, answers with their results, packed small. */
import { parentPort } from 'node:worker_threads';
import { type ChunkRequest, type ChunkResponse, taskEncoder, taskRunner } from './pool.js';

let run: ((file: string) => unknown) | undefined;
let encode: ((items: unknown[], files: readonly string[]) => unknown) | undefined;

parentPort!.on('message', (msg: ChunkRequest) => {
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
