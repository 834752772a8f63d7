/**
 * Valid files mutated line by line (cut, duplicated, retyped, re-encoded, garbled): validate
 * never throws, and every finding's line and column lie inside the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decode } from '../../src/load/read-source.js';
import { validateFile } from '../../src/pipeline/validate-file.js';
import { FIXTURES, tempDir } from './helpers.js';

const SEEDS = ['valid.yaml', 'crlf.yaml', 'unknown-key.yaml', 'duplicate-ids/a.yaml'].map((n) =>
  readFileSync(join(FIXTURES, n), 'utf8').split(/\r?\n/),
);

const RETYPES = [
  '',
  '~',
  '[]',
  '{}',
  '[1, [2, {a: b}]]',
  '-1',
  '1e999',
  '"**"',
  '0',
  'yes',
  '&a x',
  '*a',
  '!!binary x',
  '|',
  '"',
];

type Mutation =
  | { op: 'cut'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'retype'; at: number; value: string }
  | { op: 'indent'; at: number; by: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number; keep: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom(...RETYPES) }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 6 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
);

function apply(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return m.op === 'insert' ? [m.text] : lines;
  const i = m.at % lines.length;
  const out = [...lines];
  const line = out[i]!;
  switch (m.op) {
    case 'cut':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, line);
      break;
    case 'retype': {
      const colon = line.indexOf(':');
      out[i] = colon >= 0 ? `${line.slice(0, colon + 1)} ${m.value}` : `${line} ${m.value}`;
      break;
    }
    case 'indent':
      out[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'insert':
      out.splice(i, 0, m.text);
      break;
    case 'truncate':
      out[i] = line.slice(0, m.keep % (line.length + 1));
      break;
  }
  return out;
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'crlf' | 'gb18030' | 'latin1-garbage' | 'nul';

function encode(lines: string[], enc: Encoding, which: number): Buffer {
  const text = lines.join(enc === 'crlf' ? '\r\n' : '\n');
  switch (enc) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'crlf':
      return Buffer.from(text, 'utf8');
    case 'gb18030':
      return Buffer.from(new TextEncoderGb().encode(text));
    case 'latin1-garbage': {
      // Re-encode one line's bytes as if each UTF-8 byte were a character: mojibake, maybe invalid.
      const i = lines.length ? which % lines.length : 0;
      const parts = lines.map((l, j) => (j === i ? Buffer.from(l, 'utf8').toString('latin1') : l));
      return Buffer.from(parts.join('\n'), 'latin1');
    }
    case 'nul':
      return Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);
  }
}

/** A GB18030 encoder for the characters our seeds hold, learnt from the committed GB18030 fixture. */
class TextEncoderGb {
  private static table?: Map<string, Buffer>;
  encode(text: string): Buffer {
    const table = TextEncoderGb.load();
    const out: Buffer[] = [];
    for (const ch of text)
      out.push(table.get(ch) ?? Buffer.from(ch.codePointAt(0)! < 0x80 ? ch : '?', 'latin1'));
    return Buffer.concat(out);
  }
  private static load(): Map<string, Buffer> {
    if (TextEncoderGb.table) return TextEncoderGb.table;
    // The committed GB18030 fixture and its UTF-8 twin hold the same Chinese characters.
    const gb = readFileSync(join(FIXTURES, 'gb18030.yaml'));
    const dec = new TextDecoder('gb18030');
    const table = new Map<string, Buffer>();
    let i = 0;
    while (i < gb.length) {
      const b = gb[i]!;
      const len = b < 0x80 ? 1 : gb[i + 1]! >= 0x30 && gb[i + 1]! <= 0x39 ? 4 : 2;
      const bytes = gb.subarray(i, i + len);
      table.set(dec.decode(bytes), Buffer.from(bytes));
      i += len;
    }
    TextEncoderGb.table = table;
    return table;
  }
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe('validate on mutated files', () => {
  test('never throws; every finding lies inside the file', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'crlf', 'gb18030', 'latin1-garbage', 'nul'),
        fc.nat(),
        (seed, mutations, enc, which) => {
          const lines = mutations.reduce(apply, SEEDS[seed]!);
          const bytes = encode(lines, enc, which);
          const file = join(dir, `m${n++ % 50}.yaml`);
          writeFileSync(file, bytes);
          const r = validateFile(file);
          const d = decode(bytes);
          const text = 'text' in d ? d.text.replace(/^\uFEFF/, '') : '';
          const fileLines = text.split(/\r\n|\n|\r/);
          for (const f of r.findings) {
            expect(f.file).toBe(file);
            expect(Number.isInteger(f.line) && Number.isInteger(f.column)).toBe(true);
            expect(f.line!).toBeGreaterThanOrEqual(1);
            expect(f.line!).toBeLessThanOrEqual(fileLines.length);
            expect(f.column!).toBeGreaterThanOrEqual(1);
            expect(f.column!).toBeLessThanOrEqual(fileLines[f.line! - 1]!.length + 1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
