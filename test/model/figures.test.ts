import { describe, expect, it } from 'vitest';
import {
  GRADE_SHARE,
  isMasked,
  parseArea,
  parseCount,
  parseFlag,
  parseGrade,
  parseMetricValue,
  parseNumber,
  parseRate,
} from '../../src/model/figures.js';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
const code = (p: { ok: true } | { ok: false; code: string }) => (p.ok ? 'ok' : p.code);

describe('parseArea', () => {
  it.each([
    [150, 150],
    ['150', 150],
    ['150 m2', 150],
    ['150m2', 150],
    ['150m²', 150],
    ['150 m²', 150],
    ['150 ㎡', 150],
    ['150㎡', 150],
    ['150平方米', 150],
    ['150 平方米', 150],
    ['150平米', 150],
    ['150 sqm', 150],
    ['150 M2', 150],
    ['１５０', 150],
    ['１５０平方米', 150],
    ['１５０．５ ㎡', 150.5],
    ['1,500 m2', 1500],
    ['0', 0],
    ['  80.5 m2 ', 80.5],
  ])('%j is %d m²', (raw, expected) => {
    expect(value(parseArea(raw))).toBe(expected);
  });

  it.each([
    ['**', 'value.masked'],
    ['***-***', 'value.masked'],
    ['*** m2', 'value.masked'],
    ['**平方米', 'value.masked'],
    ['150 km', 'value.unit'],
    ['150 户', 'value.unit'],
    ['150%', 'value.unit'],
    ['abc', 'value.not-a-number'],
    ['', 'value.not-a-number'],
    ['-5', 'value.negative'],
    [-5, 'value.negative'],
    [Number.NaN, 'value.not-finite'],
    [Number.POSITIVE_INFINITY, 'value.not-finite'],
    [true, 'value.not-a-number'],
    [null, 'value.not-a-number'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseArea(raw))).toBe(expected);
  });

  it('names the unit it did not know', () => {
    const p = parseArea('150 km');
    expect(p).toMatchObject({ ok: false, params: { unit: 'km', expected: 'm²' } });
  });
});

describe('parseRate', () => {
  it.each([
    ['85%', 0.85],
    ['85 %', 0.85],
    ['85％', 0.85],
    ['８５％', 0.85],
    ['0.85', 0.85],
    [0.85, 0.85],
    ['100%', 1],
    ['0%', 0],
    [0, 0],
    ['29%', 0.29],
    ['57%', 0.57],
    ['99.5%', 0.995],
  ])('%j is %d', (raw, expected) => {
    expect(value(parseRate(raw))).toBe(expected);
  });

  it.each([
    [96, 'value.rate-ambiguous'],
    ['96', 'value.rate-ambiguous'],
    ['1.5', 'value.rate-ambiguous'],
    // 1 is 1% as much as 100% (issue #10, point 7).
    [1, 'value.rate-ambiguous'],
    ['1', 'value.rate-ambiguous'],
    ['101%', 'value.rate-range'],
    ['150%', 'value.rate-range'],
    ['-5%', 'value.rate-range'],
    [-0.1, 'value.rate-range'],
    ['**', 'value.masked'],
    ['**%', 'value.masked'],
    ['*.**', 'value.masked'],
    ['85 m2', 'value.unit'],
    ['eighty', 'value.not-a-number'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseRate(raw))).toBe(expected);
  });

  it('reads a percent and its fraction as the same number', () => {
    // 1 alone is refused as ambiguous (1% or 100%?), so 100% has no bare fraction.
    for (let p = 0; p < 100; p++) {
      expect(value(parseRate(`${p}%`))).toBe(value(parseRate(String(p / 100))));
    }
  });
});

describe('parseCount', () => {
  it.each([
    [3000, 3000],
    ['3000', 3000],
    ['3000户', 3000],
    ['3000 户', 3000],
    ['3000戶', 3000],
    ['2 人', 2],
    ['3 households', 3],
    ['３０００户', 3000],
    ['3,000户', 3000],
    [0, 0],
  ])('%j is %d', (raw, expected) => {
    expect(value(parseCount(raw))).toBe(expected);
  });

  it.each([
    ['**', 'value.masked'],
    ['**户', 'value.masked'],
    ['2.5', 'value.not-integer'],
    [2.5, 'value.not-integer'],
    ['-1', 'value.negative'],
    ['3000 m2', 'value.unit'],
    ['many', 'value.not-a-number'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseCount(raw))).toBe(expected);
  });
});

describe('parseFlag', () => {
  it.each([
    [true, true],
    [false, false],
    ['true', true],
    ['TRUE', true],
    ['false', false],
    ['yes', true],
    ['no', false],
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['無', false],
    ['达到', true],
    ['達到', true],
  ])('%j is %s', (raw, expected) => {
    expect(value(parseFlag(raw))).toBe(expected);
  });

  it.each([
    ['**', 'value.masked'],
    ['maybe', 'value.not-a-flag'],
    [1, 'value.not-a-flag'],
    [null, 'value.not-a-flag'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseFlag(raw))).toBe(expected);
  });
});

describe('parseGrade', () => {
  it.each([
    ['A', 'A'],
    ['B', 'B'],
    ['C', 'C'],
    ['C#', 'C#'],
    ['c#', 'C#'],
    [' b ', 'B'],
    ['Ｃ＃', 'C#'],
  ])('%j is %s', (raw, expected) => {
    expect(value(parseGrade(raw))).toBe(expected);
  });

  it.each([
    ['D', 'value.not-a-grade'],
    ['A+', 'value.not-a-grade'],
    [1, 'value.not-a-grade'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseGrade(raw))).toBe(expected);
  });

  it('says a masked grade is a placeholder', () => {
    expect(code(parseGrade('**'))).toBe('value.masked');
  });

  it('earns 100/66/33/0% by grade', () => {
    expect(GRADE_SHARE).toEqual({ A: 1, B: 0.66, C: 0.33, 'C#': 0 });
  });
});

describe('parseNumber', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['-3.5', -3.5],
    ['１２', 12],
  ])('%j is %d', (raw, expected) => {
    expect(value(parseNumber(raw))).toBe(expected);
  });

  it.each([
    ['**', 'value.masked'],
    ['12 m2', 'value.not-a-number'],
    [Number.NaN, 'value.not-finite'],
  ])('%j is refused as %s', (raw, expected) => {
    expect(code(parseNumber(raw))).toBe(expected);
  });
});

describe('isMasked', () => {
  it.each(['**', '***', '***-***', '**%', '*.**', '** m2', '**㎡', '**平方米', '**户', '***-*** m2'])(
    '%j is masked',
    (raw) => {
      expect(isMasked(raw)).toBe(true);
    },
  );
  it.each(['150', '150 m2', 'a*b', 85, null, '', '社区*'])('%j is not masked', (raw) => {
    expect(isMasked(raw)).toBe(false);
  });
});

describe('parseMetricValue', () => {
  it('reads by the metric type', () => {
    expect(value(parseMetricValue('area', '150㎡'))).toBe(150);
    expect(value(parseMetricValue('count', '3000户'))).toBe(3000);
    expect(value(parseMetricValue('rate', '85%'))).toBe(0.85);
    expect(value(parseMetricValue('flag', '是'))).toBe(true);
    expect(value(parseMetricValue('number', '7'))).toBe(7);
    expect(value(parseMetricValue('grade', 'C#'))).toBe('C#');
  });
});

describe('values of the wrong shape', () => {
  const parsers = { parseArea, parseCount, parseRate, parseFlag, parseNumber, parseGrade };
  it.each([[{ toString: '' }], [{ a: 1 }], [[1, 2]], [Object.create(null)]])(
    '%j is refused, never thrown',
    (raw) => {
      for (const parse of Object.values(parsers)) {
        const p = parse(raw);
        expect(p.ok).toBe(false);
        if (!p.ok) expect(['[…]', '{…}']).toContain(p.params.raw);
      }
    },
  );
});
