/**
 * `rank --results-out` writes its Parquet file on a thread of its own (results-worker.ts) while
 * this one prints the report: the batch's workers have stopped by then, and a core would sit
 * idle. The thread starts with the command, so that loading it overlaps the scoring; it gets
 * the packed results (packed-results.ts), their buffers moved rather than copied (the batch's
 * points among them: they are not to be read here again), and answers with the file's pieces.
 * The same bytes as encodeResults here, which is what runs when the thread cannot start (from
 * the sources, where there is no built worker).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { encodeResults } from '../report/results/encode-parquet.js';
import { type PackedResults, packedBuffers } from '../report/results/packed-results.js';

/** The worker's bundle, from dist/batch/results-thread.js and the bundles in dist/cli and dist/batch alike. */
const RESULTS_WORKER = new URL('../batch/results-worker.js', import.meta.url);

export interface ResultsThread {
  /** The packed results as the Parquet file's pieces (once). */
  encode(packed: PackedResults): Promise<Uint8Array[]>;
  /** Stops the thread (done, or the command failed). */
  stop(): void;
}

const here: ResultsThread = { encode: encodeResults, stop: () => {} };

export function resultsThread(): ResultsThread {
  if (!existsSync(fileURLToPath(RESULTS_WORKER))) return here;
  const worker = new Worker(RESULTS_WORKER);
  worker.unref();
  // A thread that failed before it was given work: the results are written here instead.
  let failed: unknown;
  const early = (e: unknown) => {
    failed ??= e ?? new Error('the results thread stopped');
  };
  worker.on('error', early);
  worker.on('exit', early);
  return {
    encode(packed) {
      if (failed !== undefined) return encodeResults(packed);
      worker.off('error', early);
      worker.off('exit', early);
      return new Promise<Uint8Array[]>((resolve, reject) => {
        worker.ref();
        worker.once('message', (pieces: Uint8Array[]) => {
          worker.unref();
          resolve(pieces);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the results thread stopped (exit code ${code})`)));
        worker.postMessage(packed, packedBuffers(packed));
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}
