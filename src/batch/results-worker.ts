/**
 * The results thread (results-thread.ts): takes a batch's packed results, a row group at a time
 * as they are packed, writes them into Parquet (encode-parquet.ts), and answers the end with the
 * file's pieces, their buffers moved, not copied. It loads the writer as it starts, while the
 * batch is still being scored.
 */
import { parentPort } from 'node:worker_threads';
import { parquetResults } from '../report/results/encode-parquet.js';
import type { ResultsSink } from '../report/results/packed-results.js';
import { parquetLib } from '../report/results/parquet-lib.js';
import type { ResultsMessage } from './results-thread.js';

void parquetLib();

let sink: ResultsSink | undefined;
/** The messages in the order they came (making the sink loads the writer: it may wait). */
let chain = Promise.resolve();

async function take(msg: ResultsMessage): Promise<void> {
  if ('head' in msg) {
    sink = await parquetResults();
    sink.head(msg.head);
  } else if ('group' in msg) sink!.group(msg.group);
  else {
    const pieces = await sink!.end();
    parentPort!.postMessage(
      pieces,
      pieces.map((p) => p.buffer as ArrayBuffer),
    );
  }
}

parentPort!.on('message', (msg: ResultsMessage) => {
  chain = chain.then(() => take(msg));
});
