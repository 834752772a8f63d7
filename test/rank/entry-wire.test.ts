/**
 * Entries travel from a scoring thread to the batch packed (entry-wire): what arrives must be
 * exactly the items the thread made, key order included (the JSON report lists an entry's keys
 * as they are), with one shared copy of each place and outcome across threads.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessBatchItem, type BatchItem } from '../../src/batch/assess-batch-item.js';
import { entryPacker, entryUnpacker } from '../../src/batch/entry-wire.js';
import { BatchCanon } from '../../src/batch/intern.js';
import type { RankEntry } from '../../src/engine/rank.js';
import { generatedSubmissions } from '../helpers/generated.js';

const generated = generatedSubmissions(600, 11);
let files: string[];
let items: BatchItem[];
beforeAll(() => {
  files = generated.files();
  items = files.map((f) => assessBatchItem(f, { asOf: '2005-12-31' }));
});

/** The items of `files` as the batch stores them, sent by `threads` threads in chunks of `size`. */
function through(threads: number, size: number): BatchItem[] {
  const canon = new BatchCanon();
  const into: BatchItem[] = new Array(files.length);
  const senders = Array.from({ length: threads }, (_, t) => ({
    pack: entryPacker(),
    // Thread 0 is the batch's own; the others' chunks are copied as a message would copy them.
    unpack: entryUnpacker(files, canon, t === 0),
    local: t === 0,
  }));
  for (let start = 0, k = 0; start < files.length; start += size, k++) {
    const s = senders[k % threads]!;
    const chunk = files.slice(start, start + size);
    const wire = s.pack(items.slice(start, start + size), chunk);
    s.unpack(s.local ? wire : structuredClone(wire), start, into);
  }
  return into;
}

describe('entry-wire', () => {
  it('delivers every item as it was made, keys in the same order, for any threads and chunk sizes', () => {
    const expected = JSON.stringify(items);
    expect(items.filter((i) => i.kind === 'scored').length).toBeGreaterThan(500);
    expect(items.some((i) => i.kind === 'invalid')).toBe(true);
    expect(items.some((i) => i.kind === 'scored' && i.entry.shortfall)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 200 }), (threads, size) => {
        expect(JSON.stringify(through(threads, size))).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it("delivers where a scored file's period is, for the files that have it", () => {
    const saved = items;
    items = items.map((it, i) =>
      it.kind === 'scored' && i % 3 === 0 ? { ...it, periodAt: { line: i + 1, column: (i % 7) + 1 } } : it,
    );
    try {
      const expected = JSON.stringify(items);
      expect(expected).toContain('periodAt');
      for (const [threads, size] of [
        [1, 1],
        [2, 7],
        [3, 128],
      ] as const)
        expect(JSON.stringify(through(threads, size))).toBe(expected);
    } finally {
      items = saved;
    }
  });

  it('keeps one copy of each shared place and outcome, whichever thread sent it', () => {
    const out = through(3, 17)
      .filter((i) => i.kind === 'scored')
      .map((i) => i.entry);
    const same = (pick: (e: RankEntry) => unknown, key: (e: RankEntry) => string) => {
      const first = new Map<string, unknown>();
      for (const e of out) {
        const k = key(e);
        if (!first.has(k)) first.set(k, pick(e));
        else expect(pick(e)).toBe(first.get(k));
      }
      return first.size;
    };
    expect(
      same(
        (e) => e.gaps,
        (e) => JSON.stringify(e.gaps),
      ),
    ).toBeLessThan(out.length / 2);
    same(
      (e) => e.vetoes,
      (e) => JSON.stringify(e.vetoes),
    );
    same(
      (e) => e.shortfall,
      (e) => JSON.stringify(e.shortfall ?? null),
    );
    same(
      (e) => e.street,
      (e) => e.street ?? '',
    );
  });

  it('sends each place and outcome once per thread, and entries as a few numbers and strings', () => {
    const pack = entryPacker();
    const first = pack(items.slice(0, 300), files.slice(0, 300));
    const again = pack(items.slice(0, 300), files.slice(0, 300));
    expect(first.places.length + first.outcomes.length).toBeGreaterThan(0);
    expect(again.places).toEqual([]);
    expect(again.outcomes).toEqual([]);
    expect(again.rows.every((v) => v === null || typeof v !== 'object')).toBe(true);
  });

  it('keeps a path the item gives that is not the one the batch listed', () => {
    const i = items.findIndex((x) => x.kind === 'scored');
    const elsewhere = {
      ...items[i],
      entry: { ...(items[i] as { entry: RankEntry }).entry, file: 'x/y.yaml' },
    };
    const wire = entryPacker()([elsewhere as BatchItem], [files[i]!]);
    const into: BatchItem[] = [];
    entryUnpacker([files[i]!], new BatchCanon(), false)(structuredClone(wire), 0, into);
    expect((into[0] as { entry: RankEntry }).entry.file).toBe('x/y.yaml');
  });
});
