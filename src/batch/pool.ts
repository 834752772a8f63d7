/**
 * Scores many files over worker threads. Files go out in small chunks to whichever worker is
 * free; results come back as small items and are stored by the file's index, so the output is
 * the same for any number of jobs and any finishing order. One job scores in this thread.
 */
import { Worker } from 'node:worker_threads';
import { assessBatchItem, type BatchItem, type BatchOptions } from './assess-batch-item.js';

export interface ChunkRequest {
  start: number;
  files: string[];
  /** Sent with a worker's first chunk only. */
  options?: BatchOptions;
}

export interface ChunkResponse {
  start: number;
  items: BatchItem[];
}

export interface PoolOptions {
  jobs: number;
  /** Files per message: small enough to balance the load, large enough to keep messages few. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

// From dist/batch/pool.js and from the bundled dist/cli/main.js alike.
const WORKER_URL = new URL('../batch/worker.js', import.meta.url);

export async function assessBatch(
  files: readonly string[],
  options: BatchOptions,
  pool: PoolOptions,
): Promise<BatchItem[]> {
  const total = files.length;
  const items: BatchItem[] = new Array(total);
  const chunk = pool.chunk ?? 128;
  if (pool.jobs <= 1 || total === 0) {
    for (let i = 0; i < total; i++) {
      items[i] = assessBatchItem(files[i]!, options);
      if (pool.onProgress && (i + 1) % chunk === 0) pool.onProgress(i + 1, total);
    }
    pool.onProgress?.(total, total);
    return items;
  }
  const workers = Math.min(pool.jobs, Math.ceil(total / chunk));
  let next = 0;
  let done = 0;
  return new Promise<BatchItem[]>((resolvePromise, reject) => {
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
      const req: ChunkRequest = { start, files: files.slice(start, next), ...(first ? { options } : {}) };
      w.postMessage(req);
    };
    for (let i = 0; i < workers; i++) {
      const w = new Worker(WORKER_URL);
      threads.push(w);
      w.on('message', (res: ChunkResponse) => {
        for (let j = 0; j < res.items.length; j++) items[res.start + j] = res.items[j]!;
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
