/**
 * Values written as people write them (issue 12): Chinese numerals and 百分之 read exactly; a
 * year written 2005年 accepted; approximate figures, ranges, mu and split digits refused with what
 * to write instead. Unit tests of the readers, and golden output of the built binary.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/model/chinese-numbers.js';
import { parseArea, parseCount, parseRate } from '../../src/model/figures.js';
import { runCli, transcript } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/language/values';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `${DIR}/${f}`);

describe('Chinese numerals', () => {
  it.each([
    ['一百五十', 150],
    ['两千四百', 2400],
    ['两千四', 2400],
    ['一百零五', 105],
    ['一万二千', 12000],
    ['一万二', 12000],
    ['十五', 15],
    ['二〇〇五', 2005],
    ['一点五', 1.5],
    ['壹佰伍拾', 150],
  ])('%s is %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));

  it.each(['五五十', '百千', '点五', '一点', ''])('%s is not a number', (s) =>
    expect(parseChineseNumber(s)).toBeUndefined(),
  );
});

describe('figures as written', () => {
  it('reads the exact ones', () => {
    expect(parseArea('一百五十平方米')).toEqual({ ok: true, value: 150 });
    expect(parseArea('150 ㎡。')).toEqual({ ok: true, value: 150 });
    expect(parseCount('两千四百户')).toEqual({ ok: true, value: 2400 });
    expect(parseRate('百分之八十五')).toEqual({ ok: true, value: 0.85 });
    expect(parseRate('百分之85')).toEqual({ ok: true, value: 0.85 });
  });

  it.each([
    ['约150平方米', 'value.approximate'],
    ['150平方米左右', 'value.approximate'],
    ['150多平方米', 'value.approximate'],
    ['300-350 m2', 'value.range'],
    ['300至350平方米', 'value.range'],
    ['0.5亩', 'value.mu'],
    ['1 50 m2', 'value.split-digits'],
  ])('%s is %s', (raw, code) => {
    const r = parseArea(raw);
    expect(r.ok ? undefined : r.code).toBe(code);
  });

  it('keeps the plain findings for what is none of these', () => {
    const r = parseArea('150 km');
    expect(r.ok ? undefined : r.code).toBe('value.unit');
  });
});

describe('check on written values', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`reads or explains each value, in ${lang}`, async () => {
      const r = runCli(['check', ...files, '--lang', lang, '--as-of', '2005-12-31']);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/values.${lang}.txt`);
    });
  }

  it('reads a file written in Chinese figures, with period 2005年, without a finding', () => {
    const r = runCli(['check', `${DIR}/written-in-chinese.yaml`, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.findings).toEqual([]);
    expect(file.result.period).toBe('2005');
  });
});
