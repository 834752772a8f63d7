/**
 * Scores many files over threads: this one and jobs - 1 workers. Files go out in small chunks to
 * whichever thread is free; results come back as small items and are stored by the file's index,
 * so the output is the same for any number of jobs and any finishing order. One job: no worker.
 */
import { Worker } from 'node:worker_threads';
import { assessBatchItem, type BatchItem, type BatchOptions } from './assess-batch-item.js';
import { entryPacker, entryUnpacker, type Wire } from './entry-wire.js';
import { BatchCanon } from './intern.js';
import { type Threads, workersFor } from './threads.js';
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
  /** The chunk's results, as taskEncoder packed them. */
  payload: unknown;
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

/**
 * How a thread packs a chunk's results for the batch. Rank's entries travel small (entry-wire);
 * validate's items go as they are.
 */
export function taskEncoder(job: BatchTask): (items: unknown[], files: readonly string[]) => unknown {
  if (job.task === 'validate') return (items) => items;
  const pack = entryPacker();
  return (items, files) => pack(items as BatchItem[], files);
}

/** The batch's side: for each thread (`local`: this one), how its chunks are stored. */
type Decoder<T> = (local: boolean) => (payload: unknown, start: number, into: T[]) => void;

export interface PoolOptions extends Threads {
  /** Workers from startWorkers, begun while the inputs were scanned; extras are stopped. */
  workers?: Worker[];
  /** Files per message: small enough to balance the load, large enough to keep messages few. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Files still being listed (a province's folders): the batch scores the first ones while the
 * rest are found. `files` grows each time `more` lists a little; `more` is false once all are.
 */
export interface FileSource {
  readonly files: readonly string[];
  more(): boolean;
}

const complete = (files: readonly string[]): FileSource => ({ files, more: () => false });

/**
 * A worker's young generation (V8's default is 16-32 MB per heap): a worker keeps almost nothing
 * between files, so a small one costs no measurable time and keeps the process's peak lower.
 * (`--max-semi-space-size` cannot be given to a Worker's execArgv: V8 flags are per process.)
 */
const WORKER_YOUNG_MB = 4;
/**
 * The worker's entry (it runs the worker bundle with its code cache), from dist/batch/pool.js and
 * from the bundles in dist/cli and dist/batch alike.
 */
const WORKER_URL = new URL('../../bin/batch-worker.js', import.meta.url);

/**
 * Workers the launcher started before this code loaded (bin/civscore.js, prestartWorker), each
 * with the young generation it was given: `new Worker` on this very file.
 */
const PRESTARTED = Symbol.for('civscore.prestarted-workers');
type Prestarted = { worker: Worker; youngMb: number }[];

/** The launcher's workers that fit (the same young generation), at most `count`; the rest stopped. */
function adoptPrestarted(count: number, youngMb: number): Worker[] {
  const waiting = (globalThis as Record<symbol, Prestarted | undefined>)[PRESTARTED];
  if (!waiting) return [];
  delete (globalThis as Record<symbol, unknown>)[PRESTARTED];
  const adopted: Worker[] = [];
  for (const p of waiting) {
    if (adopted.length < count && p.youngMb === youngMb) adopted.push(p.worker);
    else void p.worker.terminate();
  }
  return adopted;
}

/**
 * Workers started ahead of the work, so that loading them overlaps the scan of the inputs (about
 * a third of a second each): the launcher's first, if it started any. Unreferenced until given
 * work: they never keep the process alive.
 */
export function startWorkers(count: number, youngMb = WORKER_YOUNG_MB): Worker[] {
  const workers = adoptPrestarted(count, youngMb);
  for (let i = workers.length; i < count; i++) {
    const w = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: youngMb } });
    w.unref();
    workers.push(w);
  }
  return workers;
}

/** rank's batch: one BatchItem per file, in the order of `files` (as listed, when a source). */
export function assessBatch(
  files: readonly string[] | FileSource,
  options: BatchOptions,
  pool: PoolOptions,
): Promise<BatchItem[]> {
  const canon = new BatchCanon();
  const source = 'more' in files ? files : complete(files);
  return runBatch<BatchItem>(source, { task: 'assess', options }, pool, (local) => {
    const unpack = entryUnpacker(source.files, canon, local);
    return (payload, start, into) => unpack(payload as Wire, start, into);
  });
}

/** validate's batch: one ValidateItem per file, in the order of `files` (as listed, when a source). */
export function validateBatch(
  files: readonly string[] | FileSource,
  options: ValidateBatchOptions,
  pool: PoolOptions,
): Promise<ValidateItem[]> {
  return runBatch<ValidateItem>(
    'more' in files ? files : complete(files),
    { task: 'validate', options },
    pool,
    () => (payload, start, into) => {
      const items = payload as ValidateItem[];
      for (let j = 0; j < items.length; j++) into[start + j] = items[j]!;
    },
  );
}

async function runBatch<T>(
  source: FileSource,
  job: BatchTask,
  pool: PoolOptions,
  decoder: Decoder<T>,
): Promise<T[]> {
  const files = source.files;
  const items: T[] = [];
  const chunk = pool.chunk ?? 128;
  let listing = true;
  /** Lists until `n` files are known or all are; the files known. */
  const known = (n: number): number => {
    while (listing && files.length < n) listing = source.more();
    return files.length;
  };
  // This thread scores too (jobs - 1 workers): one V8 heap fewer, and no core left coordinating.
  // The workers are counted once enough files are listed to tell the batch's size apart as far
  // as workersFor does (one worker per filesPerWorker files, or per chunk), or all of them.
  const workers = workersFor(pool, known(Math.max(1, pool.jobs - 1) * (pool.filesPerWorker ?? chunk)), chunk);
  const started = pool.workers ?? [];
  for (const w of started.slice(workers)) void w.terminate();
  const run = taskRunner(job);
  const encode = taskEncoder(job);
  const local = decoder(true);
  /** Scores files [start, end) here. */
  const runHere = (start: number, end: number) => {
    const chunkFiles = files.slice(start, end);
    local(encode(chunkFiles.map(run), chunkFiles), start, items);
  };
  /** Progress against the files known so far (all of them, once listed). */
  let done = 0;
  const progress = (n: number) => {
    done += n;
    pool.onProgress?.(done, files.length);
  };
  if (workers === 0) {
    for (let start = 0; start < known(start + chunk); start += chunk) {
      const end = Math.min(files.length, start + chunk);
      runHere(start, end);
      progress(end - start);
    }
    if (files.length === 0) pool.onProgress?.(0, 0);
    items.length = files.length;
    return items;
  }
  // Each worker holds two chunks so that it never waits while this thread is busy with one.
  const mainChunk = Math.max(1, chunk >> 1);
  let next = 0;
  return new Promise<T[]>((resolvePromise, reject) => {
    let running = workers + 1;
    let failed = false;
    const threads: Worker[] = [];
    const finished = () => {
      if (--running === 0) {
        items.length = files.length;
        resolvePromise(items);
      }
    };
    const take = (size: number): number | undefined => {
      const total = known(next + size);
      if (next >= total) return undefined;
      const start = next;
      next = Math.min(total, next + size);
      return start;
    };
    /** How many files each chunk out at a worker holds, by its first index. */
    const sizes = new Map<number, number>();
    const send = (w: Worker, first: boolean): boolean => {
      const start = take(chunk);
      if (start === undefined) return false;
      const req: ChunkRequest = { start, files: files.slice(start, next), ...(first ? { job } : {}) };
      sizes.set(start, next - start);
      w.postMessage(req);
      return true;
    };
    for (let i = 0; i < workers; i++) {
      const w = started[i] ?? startWorkers(1)[0]!;
      w.ref();
      threads.push(w);
      let pending = 0;
      const store = decoder(false);
      w.on('message', (res: ChunkResponse) => {
        const size = sizes.get(res.start)!;
        sizes.delete(res.start);
        store(res.payload, res.start, items);
        pending--;
        progress(size);
        if (send(w, false)) pending++;
        else if (pending === 0) {
          void w.terminate();
          finished();
        }
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        for (const t of threads) void t.terminate();
        reject(e);
      });
      if (send(w, true)) pending++;
      if (send(w, false)) pending++;
    }
    const step = () => {
      if (failed) return;
      const start = take(mainChunk);
      if (start === undefined) return finished();
      const end = next;
      try {
        runHere(start, end);
      } catch (e) {
        failed = true;
        for (const t of threads) void t.terminate();
        reject(e);
        return;
      }
      progress(end - start);
      setImmediate(step);
    };
    setImmediate(step);
  });
}
