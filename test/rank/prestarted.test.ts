/**
 * The launcher's worker (bin/civscore.js starts one before the bundle loads, in a large batch's
 * relaunched process): the batch adopts it when it has the young generation the batch would give
 * its own, stops it otherwise, and never adopts it twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { startWorkers } from '../../src/batch/pool.js';
import { ROOT } from '../helpers/run-cli.js';

const KEY = Symbol.for('civscore.prestarted-workers');
const fake = () => ({ terminate: vi.fn(async () => 0), unref: vi.fn(), ref: vi.fn() }) as unknown as Worker;

describe('prestarted workers', () => {
  it('are adopted when they fit, stopped when not wanted, and taken once', () => {
    const fits = fake();
    const other = fake();
    const spare = fake();
    (globalThis as Record<symbol, unknown>)[KEY] = [
      { worker: other, youngMb: 12 },
      { worker: fits, youngMb: 4 },
      { worker: spare, youngMb: 4 },
    ];
    const adopted = startWorkers(1);
    expect(adopted).toEqual([fits]);
    expect(other.terminate).toHaveBeenCalled();
    expect(spare.terminate).toHaveBeenCalled();
    expect(fits.terminate).not.toHaveBeenCalled();
    expect((globalThis as Record<symbol, unknown>)[KEY]).toBeUndefined();
    expect(startWorkers(0)).toEqual([]);
  });

  it("none wanted (--jobs 1, only workbooks): the launcher's worker is stopped", () => {
    const w = fake();
    (globalThis as Record<symbol, unknown>)[KEY] = [{ worker: w, youngMb: 4 }];
    expect(startWorkers(0)).toEqual([]);
    expect(w.terminate).toHaveBeenCalled();
  });

  it('the launcher gives its worker the young generation the batch gives its own', () => {
    const launcher = /const PRESTART_YOUNG_MB = (\d+);/.exec(
      readFileSync(join(ROOT, 'bin', 'civscore.js'), 'utf8'),
    );
    const pool = /const WORKER_YOUNG_MB = (\d+);/.exec(
      readFileSync(join(ROOT, 'src', 'batch', 'pool.ts'), 'utf8'),
    );
    expect(launcher?.[1]).toBeDefined();
    expect(launcher?.[1]).toBe(pool?.[1]);
  });

  it('the launcher starts its worker from the entry the batch starts its own from', () => {
    const launcher = /new Worker\(join\(__dirname, '([^']+)'\)/.exec(
      readFileSync(join(ROOT, 'bin', 'civscore.js'), 'utf8'),
    );
    const pool = /const WORKER_URL = new URL\('\.\.\/\.\.\/bin\/([^']+)'/.exec(
      readFileSync(join(ROOT, 'src', 'batch', 'pool.ts'), 'utf8'),
    );
    expect(launcher?.[1]).toBe('batch-worker.js');
    expect(pool?.[1]).toBe(launcher?.[1]);
  });
});
