/** How many workers a batch starts: what --jobs asks for, or by default only as many as pay. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { FILES_PER_WORKER, threadsFor, workersBeforeScan, workersFor } from '../../src/batch/threads.js';

describe('workersFor', () => {
  it('gives --jobs n up to n - 1 workers, one per chunk at most, whatever the batch size', () => {
    expect(workersFor({ jobs: 1 }, 100_000, 128)).toBe(0);
    expect(workersFor({ jobs: 2 }, 9, 128)).toBe(1);
    expect(workersFor({ jobs: 4 }, 200, 128)).toBe(2);
    expect(workersFor({ jobs: 4 }, 100_000, 128)).toBe(3);
    expect(workersFor({ jobs: 4 }, 0, 128)).toBe(0);
  });

  it('by default starts a worker only per FILES_PER_WORKER files', () => {
    const auto = { jobs: 8, filesPerWorker: FILES_PER_WORKER };
    expect(workersFor(auto, 9, 128)).toBe(0);
    expect(workersFor(auto, FILES_PER_WORKER - 1, 128)).toBe(0);
    expect(workersFor(auto, FILES_PER_WORKER, 128)).toBe(1);
    expect(workersFor(auto, 100_000, 128)).toBe(6);
    expect(workersFor(auto, 10_000_000, 128)).toBe(7);
  });

  it('reads --jobs as given, and its absence as the cores with the cap', () => {
    expect(threadsFor(3)).toEqual({ jobs: 3 });
    expect(threadsFor(undefined)).toEqual({ jobs: availableParallelism(), filesPerWorker: FILES_PER_WORKER });
  });

  it('starts ahead of the scan every worker --jobs asks for, but by default one at most', () => {
    expect(workersBeforeScan({ jobs: 4 })).toBe(3);
    expect(workersBeforeScan({ jobs: 1 })).toBe(0);
    expect(workersBeforeScan({ jobs: 8, filesPerWorker: FILES_PER_WORKER })).toBe(1);
    expect(workersBeforeScan({ jobs: 1, filesPerWorker: FILES_PER_WORKER })).toBe(0);
  });
});
