/**
 * The results thread (results-thread.ts): takes a batch's packed results and answers with the
 * Parquet file's bytes (encode-parquet.ts), the pieces' buffers moved, not copied. It loads the
 * writer as it starts, while the batch is still being scored.
 */
import { parentPort } from 'node:worker_threads';
import { encodeResults } from '../report/results/encode-parquet.js';
import type { PackedResults } from '../report/results/packed-results.js';
import { parquetLib } from '../report/results/parquet-lib.js';

void parquetLib();

parentPort!.on('message', async (packed: PackedResults) => {
  const pieces = await encodeResults(packed);
  parentPort!.postMessage(
    pieces,
    pieces.map((p) => p.buffer as ArrayBuffer),
  );
});
