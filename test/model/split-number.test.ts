/**
 * The plain reading of a figure (splitPlain, no NFKC, no pattern) answers only where it gives
 * exactly the full reading's split (splitWritten), and it does answer for the common spellings.
 */
import { describe, expect, test } from 'vitest';
import { splitPlain, splitWritten } from '../../src/model/figures.js';

/** Characters that decide a reading: digits, points, signs, exponents, spaces, units, NFKC's. */
const ALPHABET = [
  ...'0123456789',
  '.',
  ' ',
  '+',
  '-',
  'e',
  'E',
  'm',
  '2',
  '%',
  ',',
  '。',
  '，',
  ';',
  '\t',
  '\u3000',
  '平',
  '方',
  '米',
  '户',
  '人',
  '个',
  '万',
  '百',
  '分',
  '之',
  '约',
  '亩',
  '㎡',
  '０',
  '５',
  '．',
  '％',
  'ｍ',
  '²',
  '\u00a0',
  '\u0301',
  '가',
  '\uf900',
  '\u{20000}',
];

/** A fixed pseudo-random sequence (the test is the same every run). */
function* strings(count: number, seed = 42): Generator<string> {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x;
  };
  for (let k = 0; k < count; k++) {
    const len = 1 + (next() % 8);
    let s = '';
    // Most start with digits, as figures do; some do not.
    if (next() % 4 !== 0) s += String(next() % 100000);
    for (let i = 0; i < len; i++) s += ALPHABET[next() % ALPHABET.length];
    yield s;
  }
}

describe('splitPlain', () => {
  test('reads the common spellings, exactly as splitWritten', () => {
    for (const raw of [
      '183平方米',
      '66 m2',
      '74%',
      '0.85',
      '2714',
      '2400户',
      '150  平方米',
      '5m2',
      '23㎡',
      '66 m²',
    ]) {
      expect(splitPlain(raw), raw).toBeDefined();
      expect(splitPlain(raw), raw).toEqual(splitWritten(raw));
    }
  });

  test('leaves to splitWritten what only it reads right', () => {
    for (const raw of [
      '1e3',
      '5 E3',
      '5.',
      '.5',
      '+5',
      '-5',
      ' 5',
      '1,500',
      '150㎡㎡',
      '150 ㎡。',
      '１５０',
      '150。',
      '150 square metres',
      '5\u3000平方米',
      '1'.repeat(400),
      '150 m²2',
    ])
      expect(splitPlain(raw), raw).toBeUndefined();
  });

  test('every number form before every unit spelling: the same split as splitWritten', () => {
    const units = ['', 'm2', 'm²', '㎡', '平方米', '%', '户', 'M²', 'm²²', '㎡²', 'e2', 'E', 'x', '人', '²'];
    for (const num of ['0', '5', '150', '1.5', '0.85', '007', '5.'])
      for (const gap of ['', ' ', '  '])
        for (const unit of units) {
          const raw = num + gap + unit;
          const plain = splitPlain(raw);
          if (plain !== undefined) expect(plain, raw).toEqual(splitWritten(raw));
          else
            expect(
              ['5.', 'e2', 'E', 'M²', 'm²²', '㎡²', '²'].some((x) => raw.includes(x)),
              raw,
            ).toBe(true);
        }
  });

  test('answers only where it agrees with splitWritten (20,000 generated strings)', () => {
    let answered = 0;
    for (const raw of strings(20_000)) {
      const plain = splitPlain(raw);
      if (plain === undefined) continue;
      answered++;
      expect(plain, JSON.stringify(raw)).toEqual(splitWritten(raw));
    }
    expect(answered).toBeGreaterThan(1000);
  });
});
