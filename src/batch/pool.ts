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
import {
  keptItem,
  type ValidateBatchOptions,
  type ValidateItem,
  validateBatchItem,
} from './validate-batch-item.js';

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
  const canon = new BatchCanon();
  const source = 'more' in files ? files : complete(files);
  return runBatch<ValidateItem>(source, { task: 'validate', options }, pool, () => (payload, start, into) => {
    const items = payload as ValidateItem[];
    for (let j = 0; j < items.length; j++)
      into[start + j] = keptItem(items[j]!, source.files[start + j]!, canon);
  });
}

async function runBatch<T>(
  source: FileSource,
  job: BatchTask,
  pool: PoolOptions,
  decoder: Decoder<T>,
): Promise<T[]> {
  const run = new BatchRun<T>(source, job, pool, decoder);
  // This thread scores too (jobs - 1 workers): one V8 heap fewer, and no core left coordinating.
  // The workers are counted once enough files are listed to tell the batch's size apart as far
  // as workersFor does (one worker per filesPerWorker files, or per chunk), or all of them.
  const workers = workersFor(
    pool,
    run.known(Math.max(1, pool.jobs - 1) * (pool.filesPerWorker ?? run.chunk)),
    run.chunk,
  );
  const started = pool.workers ?? [];
  for (const w of started.slice(workers)) void w.terminate();
  return workers === 0 ? run.alone() : run.withWorkers(workers, started);
}

/**
 * One batch over this thread and its workers: the files as they are listed, the items stored by
 * each file's index, and which files have gone out (`next`).
 */
class BatchRun<T> {
  readonly chunk: number;
  private readonly files: readonly string[];
  private readonly items: T[] = [];
  private listing = true;
  /** Files handed out so far, to this thread or a worker. */
  private next = 0;
  /** Files done, for progress against the files known so far (all of them, once listed). */
  private done = 0;
  private readonly run: (file: string) => unknown;
  private readonly encode: (items: unknown[], files: readonly string[]) => unknown;
  private readonly local: ReturnType<Decoder<T>>;
  /** How many files each chunk out at a worker holds, by its first index. */
  private readonly sizes = new Map<number, number>();

  constructor(
    private readonly source: FileSource,
    private readonly job: BatchTask,
    private readonly pool: PoolOptions,
    private readonly decoder: Decoder<T>,
  ) {
    this.files = source.files;
    this.chunk = pool.chunk ?? 128;
    this.run = taskRunner(job);
    this.encode = taskEncoder(job);
    this.local = decoder(true);
  }

  /** Lists until `n` files are known or all are; the files known. */
  known(n: number): number {
    while (this.listing && this.files.length < n) this.listing = this.source.more();
    return this.files.length;
  }

  /** Every file on this thread, chunk by chunk. */
  alone(): T[] {
    const { chunk, files } = this;
    for (let start = 0; start < this.known(start + chunk); start += chunk) {
      const end = Math.min(files.length, start + chunk);
      this.runHere(start, end);
      this.progress(end - start);
    }
    if (files.length === 0) this.pool.onProgress?.(0, 0);
    return this.finish();
  }

  /**
   * Chunks to `workers` workers (two out at each, so that none waits while this thread is busy
   * with one) and half-chunks on this thread between their messages.
   */
  withWorkers(workers: number, started: readonly Worker[]): Promise<T[]> {
    const mainChunk = Math.max(1, this.chunk >> 1);
    return new Promise<T[]>((resolvePromise, reject) => {
      let running = workers + 1;
      let failed = false;
      const threads: Worker[] = [];
      const finished = () => {
        if (--running === 0) resolvePromise(this.finish());
      };
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        for (const t of threads) void t.terminate();
        reject(e);
      };
      for (let i = 0; i < workers; i++) {
        const w = started[i] ?? startWorkers(1)[0]!;
        threads.push(w);
        this.drive(w, finished, fail);
      }
      const step = () => {
        if (failed) return;
        const start = this.take(mainChunk);
        if (start === undefined) return finished();
        const end = this.next;
        try {
          this.runHere(start, end);
        } catch (e) {
          return fail(e);
        }
        this.progress(end - start);
        setImmediate(step);
      };
      setImmediate(step);
    });
  }

  /** Keeps worker `w` busy until no file is left, then stops it and calls `finished`. */
  private drive(w: Worker, finished: () => void, fail: (e: unknown) => void): void {
    w.ref();
    let pending = 0;
    const store = this.decoder(false);
    w.on('message', (res: ChunkResponse) => {
      const size = this.sizes.get(res.start)!;
      this.sizes.delete(res.start);
      store(res.payload, res.start, this.items);
      pending--;
      this.progress(size);
      if (this.send(w, false)) pending++;
      else if (pending === 0) {
        void w.terminate();
        finished();
      }
    });
    w.on('error', fail);
    if (this.send(w, true)) pending++;
    if (this.send(w, false)) pending++;
  }

  /** The first index of the next `size` files, once listed; undefined when none is left. */
  private take(size: number): number | undefined {
    const total = this.known(this.next + size);
    if (this.next >= total) return undefined;
    const start = this.next;
    this.next = Math.min(total, this.next + size);
    return start;
  }

  /** A chunk to worker `w` (with the job, the first time); false when no file is left. */
  private send(w: Worker, first: boolean): boolean {
    const start = this.take(this.chunk);
    if (start === undefined) return false;
    const req: ChunkRequest = {
      start,
      files: this.files.slice(start, this.next),
      ...(first ? { job: this.job } : {}),
    };
    this.sizes.set(start, this.next - start);
    w.postMessage(req);
    return true;
  }

  /** Scores files [start, end) here. */
  private runHere(start: number, end: number): void {
    const chunkFiles = this.files.slice(start, end);
    this.local(this.encode(chunkFiles.map(this.run), chunkFiles), start, this.items);
  }

  private progress(n: number): void {
    this.done += n;
    this.pool.onProgress?.(this.done, this.files.length);
  }

  private finish(): T[] {
    this.items.length = this.files.length;
    return this.items;
  }
}
