/**
 * The result file written in pieces (a community at a time) is byte for byte the canonical JSON
 * of the whole: on random values, lazy arrays or not, and on a real ranking's result.
 */
import { describe, expect, it } from 'vitest';
import { prng as random } from '../../bench/generate.js';
import {
  canonicalChunks,
  canonicalJson,
  type Json,
  type LazyJson,
} from '../../src/model/attest/canonical-json.js';
import { resultChunks, resultData } from '../../src/pipeline/attest/result-data.js';
import { rankBatch } from '../../src/pipeline/intake/rank-batch.js';
import { rubricPolicy } from '../../src/pipeline/rubric-policy.js';
import { ROOT } from '../helpers/run-cli.js';

const KEYS = ['a', 'b', 'Z', '社区', '\u20ac', 'é', '1', 'tables', ''];

/** A random JSON value and the same value with some arrays made lazy. */
function value(r: () => number, depth: number): [Json, LazyJson] {
  const k = Math.floor(r() * (depth > 3 ? 4 : 7));
  switch (k) {
    case 0:
      return [null, null];
    case 1: {
      const b = r() < 0.5;
      return [b, b];
    }
    case 2: {
      const n = r() < 0.3 ? Math.round(r() * 1000) : (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
      return [n, n];
    }
    case 3: {
      const s = String.fromCharCode(
        ...Array.from({ length: Math.floor(r() * 6) }, () => Math.floor(r() * 0x3000)),
      );
      return [s, s];
    }
    case 4:
    case 5: {
      const items = Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
      const plain = items.map((x) => x[0]);
      const lazy = items.map((x) => x[1]);
      return [
        plain,
        r() < 0.5
          ? lazy
          : {
              *[Symbol.iterator]() {
                yield* lazy;
              },
            },
      ];
    }
    default: {
      const plain: Record<string, Json> = {};
      const lazy: Record<string, LazyJson> = {};
      for (const key of KEYS) if (r() < 0.4) [plain[key], lazy[key]] = value(r, depth + 1);
      return [plain, lazy];
    }
  }
}

describe('canonical JSON in pieces', () => {
  it('is the canonical JSON of the same value, on 2,000 random values', () => {
    const r = random(27);
    for (let i = 0; i < 2000; i++) {
      const [plain, lazy] = value(r, 0);
      expect([...canonicalChunks(lazy)].join('')).toBe(canonicalJson(plain));
    }
  });

  it('writes a ranking’s result file as resultData’s canonical JSON and a line break', async () => {
    const batch = await rankBatch([`${ROOT}/examples/street`, `${ROOT}/examples/street-broken`], {
      policy: rubricPolicy([]),
      threads: { jobs: 1 },
    });
    if (batch.kind !== 'ranked') throw new Error('not ranked');
    const base = `${ROOT}/examples`;
    const pieces = [...resultChunks(batch.report, base)];
    expect(pieces.length).toBeGreaterThan(9);
    expect(pieces.join('')).toBe(`${canonicalJson(resultData(batch.report, base))}\n`);
    // Read twice, the same (the result is hashed, then written).
    expect([...resultChunks(batch.report, base)].join('')).toBe(pieces.join(''));
  });
});
