/**
 * Strings a batch keeps must not keep the file they were read from alive: 20,000 ids sliced from
 * 8 KB texts hold 160 MB through V8's sliced strings; their own copies hold almost nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/batch/own-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth, in MB, of keeping `keep(text)` for 20,000 texts of 8 KB each. */
function retainedMB(keep: (s: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const text = `${String(i).padStart(8, '0')}-`.repeat(900);
    kept.push(keep(text.slice(100, 130)));
  }
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept.every((s) => s.length === 30)).toBe(true);
  return mb;
}

describe('ownString', () => {
  it('is the same text', () => {
    for (const s of ['', 'c1', '1234567890123', '社区'.repeat(20), 'x'.repeat(100)])
      expect(ownString(s)).toBe(s);
  });

  it('keeps only its own characters alive, where a plain slice keeps the whole text', () => {
    expect(retainedMB((s) => s)).toBeGreaterThan(100);
    expect(retainedMB(ownString)).toBeLessThan(10);
  });
});
