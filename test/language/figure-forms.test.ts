/**
 * Figures that were read silently as something else: `1,50` as 150 and `1,5` as 15 (a comma that
 * groups no thousands is a decimal comma or a typo), `0x96` and `0o226` as 150 (YAML's core
 * schema reads them as integers; here they stay text and are refused), `1e308` as an area. Each is
 * an error with what to write instead, in YAML (both the fast readers and `yaml`), in a CSV cell
 * and in an .xlsx cell, for check and validate alike.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastParse } from '../../src/batch/fast-parse.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { parseSimpleYaml } from '../../src/load/simple-yaml.js';
import { PLAUSIBLE_MAX, parseArea, parseCount, parseNumber, parseRate } from '../../src/model/figures.js';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
let street: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-forms-'));
  street = join(tmp, 's1');
  cpSync('examples/street', street, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the value reader', () => {
  it('reads a thousands separator only where it groups by three', () => {
    expect(parseArea('1,500')).toEqual({ ok: true, value: 1500 });
    expect(parseArea('1,500 m2')).toEqual({ ok: true, value: 1500 });
    expect(parseArea('12,345.5平方米')).toEqual({ ok: true, value: 12345.5 });
    expect(parseArea('１，５００')).toEqual({ ok: true, value: 1500 });
    expect(parseCount('2,100户')).toEqual({ ok: true, value: 2100 });
    expect(parseArea('1,50')).toEqual({
      ok: false,
      code: 'value.grouping',
      params: { raw: '1,50', decimal: '1.50', plain: '150' },
    });
    expect(parseArea('1,5')).toEqual({
      ok: false,
      code: 'value.grouping',
      params: { raw: '1,5', decimal: '1.5', plain: '15' },
    });
    expect(parseArea('1，5')).toMatchObject({ ok: false, code: 'value.grouping' });
    expect(parseArea('15,00 m2')).toMatchObject({ ok: false, code: 'value.grouping' });
    expect(parseArea('1,5,0')).toEqual({
      ok: false,
      code: 'value.grouping',
      params: { raw: '1,5,0', plain: '150' },
    });
    expect(parseRate('0,85')).toMatchObject({ ok: false, code: 'value.grouping' });
    expect(parseNumber('1,50')).toMatchObject({ ok: false, code: 'value.grouping' });
  });

  it('refuses a figure in another base', () => {
    for (const raw of ['0x96', '0o226', '0b10010110', '0X96', '0x96 m2'])
      expect(parseArea(raw), raw).toEqual({ ok: false, code: 'value.radix', params: { raw } });
    expect(parseCount('0x10')).toMatchObject({ ok: false, code: 'value.radix' });
    expect(parseNumber('0o17')).toMatchObject({ ok: false, code: 'value.radix' });
    // Leading zeros are decimal, as YAML's core schema reads them.
    expect(parseArea('0150')).toEqual({ ok: true, value: 150 });
  });

  it('refuses an area or a count past the plausible bound, and keeps every figure up to it', () => {
    expect(PLAUSIBLE_MAX).toBe(10_000_000);
    expect(parseArea(1e308)).toMatchObject({ ok: false, code: 'value.implausible' });
    expect(parseArea('1e308')).toMatchObject({ ok: false, code: 'value.implausible' });
    expect(parseArea('20000000 m2')).toEqual({
      ok: false,
      code: 'value.implausible',
      params: { raw: '20000000 m2', limit: '10000000', expected: 'm²' },
    });
    expect(parseCount(10_000_001)).toMatchObject({ ok: false, code: 'value.implausible' });
    expect(parseArea(10_000_000)).toEqual({ ok: true, value: 10_000_000 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: PLAUSIBLE_MAX, noNaN: true }), (n) => {
        expect(parseArea(n)).toEqual({ ok: true, value: n });
        expect(parseArea(`${n} m2`)).toEqual({ ok: true, value: Number(String(n)) });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('property: digits grouped by three read as the digits; any other comma between digits is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 9 }), (ds) => {
        const digits = ds.join('').replace(/^0+(?=\d)/, '');
        const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const n = Number(digits);
        if (n > PLAUSIBLE_MAX) return;
        expect(parseArea(grouped)).toEqual({ ok: true, value: n });
        // A comma at any other place between the digits is no grouping.
        for (let k = 1; k < digits.length; k++) {
          const typed = `${digits.slice(0, k)},${digits.slice(k)}`;
          if (typed === grouped) continue;
          expect(parseArea(typed), typed).toMatchObject({ ok: false, code: 'value.grouping' });
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('YAML keeps hexadecimal and octal as text, in every reader', () => {
  it('yaml, the simple reader and js-yaml agree', () => {
    const text = 'a: 0x96\nb: 0o226\nc: 0b10010110\nd: 1,50\ne: 1e308\nf: 0150\n';
    const expected = { a: '0x96', b: '0o226', c: '0b10010110', d: '1,50', e: 1e308, f: 150 };
    expect(parseYaml(text).data).toEqual(expected);
    expect(parseSimpleYaml(text)).toEqual(expected);
    expect(fastParse(`${text}g: [x]\n`)).toEqual({ ...expected, g: ['x'] });
  });
});

/** dingzi.yaml with its service area written `value`. */
function dingzi(value: string): string {
  const src = readFileSync(join(street, 'dingzi.yaml'), 'utf8');
  expect(src).toMatch(/^ {2}service-area: .*$/m);
  const file = join(tmp, `dingzi-${value.replace(/[^\w]/g, '_')}.yaml`);
  writeFileSync(file, src.replace(/^( {2}service-area:) .*$/m, `$1 ${value}`));
  return file;
}

const CASES = [
  ['1,50', 'value.grouping', '请写成 1.50 或 150'],
  ['1,5', 'value.grouping', '请写成 1.5 或 15'],
  ['0x96', 'value.radix', '请用十进制数字填写'],
  ['0o226', 'value.radix', '请用十进制数字填写'],
  ['1e308', 'value.implausible', '超过 10000000 平方米'],
] as const;

describe('through the CLI', () => {
  it('check and validate refuse each form in a YAML file, at its line', () => {
    for (const [value, code, words] of CASES) {
      const file = dingzi(value);
      const v = runCli(['--lang', 'zh-CN', 'validate', file]);
      expect(v.stdout, value).toContain(`${file}:7:3  错误  ${code}  服务站、服务用房面积：`);
      expect(v.stdout, value).toContain(words);
      expect(v.code).toBe(1);
      const c = runCli(['--lang', 'zh-CN', 'check', file]);
      expect(c.stdout, value).toContain(`${file}:7:3  错误  ${code}`);
      expect(c.code).toBe(1);
    }
    // A thousands separator that groups by three is read, and so is a plain figure.
    for (const value of ['1,500', '"1,500 m2"', '150']) {
      const v = runCli(['validate', dingzi(value)]);
      expect(v.code, value).toBe(0);
    }
  });

  it('in zh-TW and en the fix is said too', () => {
    const file = dingzi('1,5');
    expect(runCli(['--lang', 'zh-TW', 'validate', file]).stdout).toContain(
      '「1,5」中的逗號不是千分位符號（千分位每三位一組，如 1,500），不予讀取：請寫成 1.5 或 15',
    );
    expect(runCli(['--lang', 'en', 'validate', file]).stdout).toContain(
      'the comma is no thousands separator (those group digits by three, as in 1,500), so the figure is not read: write 1.5 or 15',
    );
  });

  it('a CSV cell and an .xlsx cell are read by the same value reader', async () => {
    const csv = join(tmp, 'street.csv');
    expect(runCli(['convert', street, '--to', 'csv', '-o', csv, '--lang', 'zh-CN']).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').split('\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const col = header.indexOf('服务站、服务用房面积（平方米）');
    expect(col).toBe(6);
    const dingziLine = lines.findIndex((l) => l.startsWith('dingzi,'));
    for (const [value, code] of [
      ['"1,50"', 'value.grouping'],
      ['0x96', 'value.radix'],
      ['1e308', 'value.implausible'],
    ] as const) {
      const cells = lines[dingziLine]!.split(',');
      cells[col] = value;
      const bad = [...lines];
      bad[dingziLine] = cells.join(',');
      const file = join(tmp, `cell-${code}.csv`);
      writeFileSync(file, bad.join('\n'));
      const v = runCli(['validate', file]);
      expect(v.stdout, value).toContain(`${file}:${dingziLine + 1}:${col + 1}  error  ${code}`);
    }
    const xlsx = join(tmp, 'street.xlsx');
    expect(runCli(['convert', street, '--to', 'xlsx', '-o', xlsx, '--lang', 'zh-CN']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B3').value).toBe('丁字社区');
    ws.getCell('G3').value = '1,5';
    ws.getCell('H3').value = 1e308;
    ws.getCell('G4').value = '0o226';
    await wb.xlsx.writeFile(xlsx);
    const v = runCli(['validate', xlsx]);
    expect(v.stdout).toContain(`${xlsx}:自评!G3  error  value.grouping`);
    expect(v.stdout).toContain(`${xlsx}:自评!H3  error  value.implausible`);
    expect(v.stdout).toContain(`${xlsx}:自评!G4  error  value.radix`);
  });
});
