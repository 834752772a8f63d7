/** How many threads a batch uses: as many as --jobs asks for, or by default as many as pay. */
import { availableParallelism } from 'node:os';

/**
 * A worker costs about a third of a second of CPU to start: loading its code and warming it up,
 * which no thread can share. On the 2-core machine one worker made a rank slower below about
 * 30,000 files (10,000: 1.13 s against 0.97 s on this thread alone) and faster above (100,000:
 * 3.6 s against 4.8 s). So by default a batch takes one worker per this many files, at most.
 */
export const FILES_PER_WORKER = 16_384;

export interface Threads {
  /** This thread and jobs - 1 workers, at most. */
  jobs: number;
  /** At most one worker per this many files (none: as many as jobs says). */
  filesPerWorker?: number;
}

/** --jobs as given, or by default the cores, with no more workers than the batch pays for. */
export function threadsFor(jobs: number | undefined): Threads {
  return jobs !== undefined ? { jobs } : { jobs: availableParallelism(), filesPerWorker: FILES_PER_WORKER };
}

/** The workers a batch of `files` files starts, sent work `chunk` files at a time. */
export function workersFor(threads: Threads, files: number, chunk: number): number {
  const cap = threads.filesPerWorker ? Math.floor(files / threads.filesPerWorker) : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(threads.jobs - 1, Math.ceil(files / chunk), cap));
}

/**
 * Workers to start before the inputs are scanned, so that loading them overlaps the scan: all
 * that --jobs asks for, but by default one (a batch too small for it stops it; a large one
 * starts the rest when it knows its size).
 */
export function workersBeforeScan(threads: Threads): number {
  return Math.max(0, threads.filesPerWorker ? Math.min(1, threads.jobs - 1) : threads.jobs - 1);
}
