/**
 * `rank --results-out` writes its Parquet file on a thread of its own (results-worker.ts) while
 * this one prints the report: the batch's workers have stopped by then, and a core would sit
 * idle. The thread starts with the command, so that loading it overlaps the scoring. It is sent
 * the packed results (packed-results.ts) a row group at a time, as this thread packs them, their
 * buffers moved rather than copied (the batch's points among them: they are not to be read here
 * again), and answers with the file's pieces: the same bytes as encode-parquet.ts makes here,
 * which is where they are made when the thread cannot start (from the sources, where there is
 * no built worker) or failed before it was given work.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  groupBuffers,
  type ResultsGroup,
  type ResultsHead,
  type ResultsSink,
} from '../report/results/packed-results.js';

/** What the results thread is sent, in order: the head, each row group, the end. */
export type ResultsMessage = { head: ResultsHead } | { group: ResultsGroup } | { end: true };

/** The worker's bundle, from dist/batch/results-thread.js and the bundles in dist/cli and dist/batch alike. */
const RESULTS_WORKER = new URL('../batch/results-worker.js', import.meta.url);

/**
 * The thread's young generation: it makes a row group's columns and lets them go, so a small one
 * collects as often at no measurable cost, and V8's default (16 MB a semi-space) would add some
 * 30 MB to the process at its peak, while the report is printed.
 */
const YOUNG_MB = 4;

export interface ResultsThread {
  /** Where to send the packed results (once); undefined: write them on this thread. */
  sink(): ResultsSink | undefined;
  /** Stops the thread (done, or the command failed). */
  stop(): void;
}

const none: ResultsThread = { sink: () => undefined, stop: () => {} };

export function resultsThread(): ResultsThread {
  if (!existsSync(fileURLToPath(RESULTS_WORKER))) return none;
  const worker = new Worker(RESULTS_WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  worker.unref();
  let failed = false;
  const early = () => {
    failed = true;
  };
  worker.on('error', early);
  worker.on('exit', early);
  return {
    sink: () => (failed ? undefined : threadSink(worker, early)),
    stop() {
      void worker.terminate();
    },
  };
}

/** The results sent to `worker` as they are packed; the end answers with the file's pieces. */
function threadSink(worker: Worker, early: () => void): ResultsSink {
  worker.off('error', early);
  worker.off('exit', early);
  worker.ref();
  const pieces = new Promise<Uint8Array[]>((resolve, reject) => {
    worker.once('message', (p: Uint8Array[]) => {
      worker.unref();
      resolve(p);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the results thread stopped (exit code ${code})`)));
  });
  // Awaited at the end: a failure while the groups are still being sent is not left unhandled.
  pieces.catch(() => {});
  const send = (msg: ResultsMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(msg, transfer);
  return {
    head: (head) => send({ head }),
    group: (group) => send({ group }, groupBuffers(group)),
    end: () => {
      send({ end: true });
      return pieces;
    },
  };
}
