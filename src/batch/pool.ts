/**
 * Scores many files over worker threads. Files go out in small chunks to whichever worker is
 * free; results come back as small items and are stored by the file's index, so the output is
 * the same for any number of jobs and any finishing order. One job scores in this thread.
 */
import { Worker } from 'node:worker_threads';
import { assessBatchItem, type BatchItem, type BatchOptions } from './assess-batch-item.js';
import { type ValidateBatchOptions, type ValidateItem, validateBatchItem } from './validate-batch-item.js';

/** What a batch does with each file: rank's scoring or validate's checking. */
export type BatchTask =
  | { task: 'assess'; options: BatchOptions }
  | { task: 'validate'; options: ValidateBatchOptions };

export interface ChunkRequest {
  start: number;
  files: string[];
  /** Sent with a worker's first chunk only. */
  job?: BatchTask;
}

export interface ChunkResponse {
  start: number;
  items: unknown[];
}

/** The function a task runs on each file (in a worker, or here for one job). */
export function taskRunner(job: BatchTask): (file: string) => unknown {
  if (job.task === 'validate') {
    const options = job.options;
    return (file) => validateBatchItem(file, options);
  }
  const options = job.options;
  return (file) => assessBatchItem(file, options);
}

export interface PoolOptions {
  jobs: number;
  /** Files per message: small enough to balance the load, large enough to keep messages few. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

// From dist/batch/pool.js and from the bundled dist/cli/main.js alike.
const WORKER_URL = new URL('../batch/worker.js', import.meta.url);

export function assessBatch(
  files: readonly string[],
  options: BatchOptions,
  pool: PoolOptions,
): Promise<BatchItem[]> {
  return runBatch<BatchItem>(files, { task: 'assess', options }, pool, interner());
}

/** validate's batch: one ValidateItem per file, in the files' order. */
export function validateBatch(
  files: readonly string[],
  options: ValidateBatchOptions,
  pool: PoolOptions,
): Promise<ValidateItem[]> {
  return runBatch<ValidateItem>(files, { task: 'validate', options }, pool, (item) => item);
}

async function runBatch<T>(
  files: readonly string[],
  job: BatchTask,
  pool: PoolOptions,
  intern: (item: T) => T,
): Promise<T[]> {
  const total = files.length;
  const items: T[] = new Array(total);
  const chunk = pool.chunk ?? 128;
  if (pool.jobs <= 1 || total === 0) {
    const run = taskRunner(job) as (file: string) => T;
    for (let i = 0; i < total; i++) {
      items[i] = intern(run(files[i]!));
      if (pool.onProgress && (i + 1) % chunk === 0) pool.onProgress(i + 1, total);
    }
    pool.onProgress?.(total, total);
    return items;
  }
  const workers = Math.min(pool.jobs, Math.ceil(total / chunk));
  let next = 0;
  let done = 0;
  return new Promise<T[]>((resolvePromise, reject) => {
    let running = workers;
    let failed = false;
    const threads: Worker[] = [];
    const send = (w: Worker, first: boolean) => {
      if (next >= total) {
        void w.terminate();
        if (--running === 0) resolvePromise(items);
        return;
      }
      const start = next;
      next = Math.min(total, next + chunk);
      const req: ChunkRequest = { start, files: files.slice(start, next), ...(first ? { job } : {}) };
      w.postMessage(req);
    };
    for (let i = 0; i < workers; i++) {
      const w = new Worker(WORKER_URL);
      threads.push(w);
      w.on('message', (res: ChunkResponse) => {
        for (let j = 0; j < res.items.length; j++) items[res.start + j] = intern(res.items[j] as T);
        done += res.items.length;
        pool.onProgress?.(done, total);
        send(w, false);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        for (const t of threads) void t.terminate();
        reject(e);
      });
      send(w, true);
    }
  });
}

/**
 * Strings that arrive from a worker (or come out of a parse) are fresh copies: the same street,
 * district, rubric, tier and criterion names a hundred thousand times over. One copy of each
 * keeps a province's batch small.
 */
function interner(): (item: BatchItem) => BatchItem {
  const seen = new Map<string, string>();
  const one = (s: string): string => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
  return (item) => {
    if (item.kind !== 'scored') return item;
    const e = item.entry;
    e.rubric = one(e.rubric);
    e.period = one(e.period);
    if (e.street !== undefined) e.street = one(e.street);
    if (e.district !== undefined) e.district = one(e.district);
    if (e.tier !== null) e.tier = one(e.tier);
    if (e.shortfall) e.shortfall.criterion = one(e.shortfall.criterion);
    for (const g of Object.values(e.gaps)) g.fixes = g.fixes.map(one);
    if (item.rubricFile !== undefined) item.rubricFile = one(item.rubricFile);
    return item;
  };
}
