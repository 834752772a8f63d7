/**
 * Street names that invisible characters cannot split (issue 23, point 3), through the built
 * binary: a street name ending in U+200D or U+2060, or with a combining mark, is the same street
 * in `rank` (quotas, groups, every format) and in `trend`, and the note says which fold made it one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The 2005 targets are the district's; these tests of street names judge them per street.
const AS_OF = [
  '--as-of',
  '2005-12-31',
  '--rubric',
  'test/fixtures/rubric/by-street/district-2005-by-street.yaml',
];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-invisible-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of `from` with the street of the named files written as `streets` says. */
function copyWithStreets(from: string, name: string, streets: Record<string, string>): string {
  const dir = join(tmp, name);
  cpSync(from, dir, { recursive: true });
  for (const [file, street] of Object.entries(streets)) {
    const p = join(dir, file);
    writeFileSync(p, readFileSync(p, 'utf8').replace('street: 五马街道', `street: "${street}"`));
  }
  return dir;
}

const HIDDEN = {
  'fuqian.yaml': '五马街道\\u200d',
  'guigan.yaml': '五马街道\\u2060',
  'gulou.yaml': '五\\u0301马街道',
  'taoli.yaml': '\\ufeff五马街道',
};

interface Quota {
  quota: string;
  group: string | null;
  n: number;
  reached: number;
  status: string;
}

describe('a street name with an invisible character or a combining mark is the same street', () => {
  it('rank counts the nine communities in one street, each quota as without the marks', () => {
    const plain = runCli(['rank', 'examples/street', '--format', 'json', ...AS_OF]);
    const dir = copyWithStreets('examples/street', 'rank', HIDDEN);
    const r = runCli(['rank', dir, '--format', 'json', '--lang', 'en', ...AS_OF]);
    const quotas = (out: string) =>
      (JSON.parse(out).tables[0].quotas as Quota[]).map((q) => [q.quota, q.group, q.n, q.reached, q.status]);
    expect(quotas(r.stdout)).toEqual(quotas(plain.stdout));
    expect(quotas(r.stdout).every(([, group, n]) => group === '五马街道' && n === 9)).toBe(true);
    // Said once, with the folds named.
    expect(r.stderr.match(/quota\.group-merged/g)).toHaveLength(1);
    expect(r.stderr).toContain('invisible characters removed');
    expect(r.stderr).toContain('combining marks removed');
  });

  it('rank --group street and the HTML report show one street, never two that look alike', () => {
    const dir = copyWithStreets('examples/street', 'groups', HIDDEN);
    const r = runCli(['rank', dir, '--group', 'street', '--format', 'json', ...AS_OF]);
    expect(JSON.parse(r.stdout).tables[0].groups.map((g: { key: string }) => g.key)).toEqual(['五马街道']);
    const html = runCli(['report', dir, '--group', 'street', ...AS_OF]);
    expect(html.code, html.stderr).not.toBe(2);
    // One heading per street group (the rows keep each file's street as written).
    const headings = [...html.stdout.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]!);
    expect(headings.filter((h) => h.replace(/\u200d|\u2060|\u0301|\ufeff/g, '') === '五马街道')).toEqual([
      '五马街道',
    ]);
  });

  it('trend --group street folds the names as rank does', () => {
    const dir = join(tmp, 'trend');
    cpSync('examples/trend', dir, { recursive: true });
    const p = join(dir, '2005', 'fuqian.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('street: 五马街道', 'street: "五馬街道\\u200d"'));
    const r = runCli(['trend', dir, '--group', 'street', '--format', 'json']);
    const groups = JSON.parse(r.stdout).tables[0].groups as { key: string }[];
    expect(groups.map((g) => g.key)).toEqual(['五马街道']);
  });
});

describe.each(['csv', 'xlsx'])('the same streets in a .%s of the street (convert made it)', (ext) => {
  it('rank counts one street with the quotas of plain names; trend and report show one street', () => {
    const dir = copyWithStreets('examples/street', `sheet-${ext}`, HIDDEN);
    const sheet = join(tmp, `street.${ext}`);
    expect(runCli(['convert', dir, '--to', ext, '-o', sheet]).code).toBe(0);
    const plain = runCli(['rank', 'examples/street', '--format', 'json', ...AS_OF]);
    const r = runCli(['rank', sheet, '--format', 'json', '--lang', 'en', ...AS_OF]);
    const quotas = (out: string) =>
      (JSON.parse(out).tables[0].quotas as Quota[]).map((q) => [q.quota, q.group, q.n, q.reached, q.status]);
    expect(quotas(r.stdout)).toEqual(quotas(plain.stdout));
    expect(r.stderr.match(/quota\.group-merged/g)).toHaveLength(1);
    const t = runCli(['trend', sheet, '--group', 'street', '--format', 'json', ...AS_OF]);
    expect(JSON.parse(t.stdout).tables[0].groups.map((g: { key: string }) => g.key)).toEqual(['五马街道']);
    const html = runCli(['report', sheet, '--group', 'street', ...AS_OF]);
    const headings = [...html.stdout.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]!);
    expect(headings.filter((h) => h.replace(/\u200d|\u2060|\u0301|\ufeff/g, '') === '五马街道')).toEqual([
      '五马街道',
    ]);
  });
});

// A blank braille pattern (U+2800) prints as a space and is neither a format character nor
// default-ignorable; DEL and U+0085 are controls a CSV or workbook cell carries as it is.
const BLANKS = {
  'fuqian.yaml': '五马街道\\u2800',
  'guigan.yaml': '五马\\u2800街道',
  'gulou.yaml': '五马街道\\x7f',
  'taoli.yaml': '五马街道\\x85',
};

describe.each(['yaml', 'csv', 'xlsx'])(
  'a blank braille pattern or a control in a street name (%s)',
  (ext) => {
    it('is the same street: the quotas of plain names, one street group, the fold said', () => {
      const dir = copyWithStreets('examples/street', `blank-${ext}`, BLANKS);
      let input = dir;
      if (ext !== 'yaml') {
        input = join(tmp, `blank.${ext}`);
        expect(runCli(['convert', dir, '--to', ext, '-o', input]).code).toBe(0);
      }
      const plain = runCli(['rank', 'examples/street', '--format', 'json', ...AS_OF]);
      const r = runCli(['rank', input, '--format', 'json', '--lang', 'en', ...AS_OF]);
      const quotas = (out: string) =>
        (JSON.parse(out).tables[0].quotas as Quota[]).map((q) => [
          q.quota,
          q.group,
          q.n,
          q.reached,
          q.status,
        ]);
      expect(quotas(r.stdout)).toEqual(quotas(plain.stdout));
      expect(r.stderr).toContain('invisible characters removed');
      const g = runCli(['rank', input, '--group', 'street', '--format', 'json', ...AS_OF]);
      expect(JSON.parse(g.stdout).tables[0].groups.map((x: { key: string }) => x.key)).toEqual(['五马街道']);
    });
  },
);

describe('街 / 街道 / 街道办事处 / 办事处 are one office, and ordinary neighbours are not look-alikes', () => {
  it('八里台街 and 八里台街道 are one street', () => {
    const dir = copyWithStreets('examples/street', 'office', {
      'fuqian.yaml': '五马街',
      'guigan.yaml': '五马街道办事处',
      'gulou.yaml': '五马办事处',
    });
    const r = runCli(['rank', dir, '--format', 'json', '--lang', 'zh-CN', ...AS_OF]);
    const quotas = JSON.parse(r.stdout).tables[0].quotas as Quota[];
    expect(new Set(quotas.map((q) => q.group))).toEqual(new Set(['五马街道']));
    expect(r.stderr).toContain('不计名称末尾的机构称谓（街、街道、街道办事处、办事处、居委会等）');
  });

  it('东苑 / 西苑 and 一村 / 二村 raise no look-alike warning; 五马 / 五牛 still does', () => {
    const dir = copyWithStreets('examples/street', 'series', {
      'fuqian.yaml': '东苑街道',
      'guigan.yaml': '西苑街道',
      'gulou.yaml': '一村街道',
      'taoli.yaml': '二村街道',
    });
    const r = runCli(['rank', dir, '--format', 'json', '--lang', 'en', ...AS_OF]);
    expect(r.stderr).not.toContain('quota.group-alike');
    const typo = copyWithStreets('examples/street', 'typo', { 'fuqian.yaml': '五牛街道' });
    expect(runCli(['rank', typo, '--format', 'json', ...AS_OF]).stderr).toContain('quota.group-alike');
  });
});
