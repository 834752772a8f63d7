/**
 * A name holding control, bidi and invisible format characters (`丁字\u202e社区\u0007\u001b[31m红`):
 * a warning at its place in every command that reads submissions (YAML and sheet rows alike),
 * and a CSV file or .xlsx report shows the characters as escapes, as the terminal does, keeping
 * only a line break inside a quoted CSV cell.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { pushUnsafeTextFindings } from '../../src/model/text-limits.js';
import { cellVisibleText, UNSAFE_TEXT } from '../../src/model/unsafe-text.js';
import { csvField } from '../../src/report/csv-sheet.js';
import { terminalText, UNSAFE_PATTERN } from '../../src/report/escape/terminal.js';
import { runCli } from '../helpers/run-cli.js';

const NAME = '丁字\u202e社区\u0007\u001b[31m红';
const SHOWN = '丁字\\u202e社区\\x07\\x1b[31m红';

let tmp: string;
let street: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-unsafe-'));
  street = join(tmp, 's1');
  cpSync('examples/street', street, { recursive: true });
  const file = join(street, 'dingzi.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('name: 丁字社区,');
  writeFileSync(
    file,
    text.replace(
      'name: 丁字社区,',
      `name: "${NAME.replace('\u202e', '\\u202e').replace('\u0007', '\\u0007').replace('\u001b', '\\u001b')}",`,
    ),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the core', () => {
  it('a name, street or district with control, bidi or invisible characters is a warning naming them', () => {
    const out: Finding[] = [];
    pushUnsafeTextFindings(
      { name: NAME, street: '五马\u200b街道', district: '鹿城区', city: 'a\tb' },
      'community',
      out,
    );
    expect(out).toEqual([
      {
        code: 'assessment.unsafe-text',
        severity: 'warning',
        params: { key: 'name', chars: '\\u202e \\x07 \\x1b' },
        path: ['community', 'name'],
      },
      {
        code: 'assessment.unsafe-text',
        severity: 'warning',
        params: { key: 'street', chars: '\\u200b' },
        path: ['community', 'street'],
      },
      {
        code: 'assessment.unsafe-text',
        severity: 'warning',
        params: { key: 'city', chars: '\\t' },
        path: ['community', 'city'],
      },
    ]);
    const none: Finding[] = [];
    pushUnsafeTextFindings({ name: '丁字社区', street: '五马街道', district: '鹿城區' }, 'community', none);
    expect(none).toEqual([]);
  });

  it('one set of characters for the terminal, the finding and a file cell', () => {
    expect(UNSAFE_PATTERN).toBe(UNSAFE_TEXT);
    expect(terminalText(NAME)).toBe(SHOWN);
    expect(cellVisibleText(NAME)).toBe(SHOWN);
    expect(cellVisibleText('a\nb\tc\r\u202e')).toBe('a\nb\tc\r\\u202e');
    expect(csvField(NAME, { toFile: true })).toBe(SHOWN);
    expect(csvField('a\nb\u0007', { toFile: true })).toBe('"a\nb\\x07"');
    // The fill-in sheet is read back: its text stays as written, less what a cell cannot hold.
    expect(csvField('a\u202eb\u0007', { toFile: true, reversible: true })).toBe('a\u202eb');
  });
});

describe('through the CLI', () => {
  it('validate and check warn at the name, in each language; the file is still scored', () => {
    const file = join(street, 'dingzi.yaml');
    for (const [lang, words] of [
      ['zh-CN', '警告  assessment.unsafe-text  名称中含有控制字符或不可见字符（\\u202e \\x07 \\x1b）'],
      ['zh-TW', '警告  assessment.unsafe-text  名稱中含有控制字元或不可見字元（\\u202e \\x07 \\x1b）'],
      [
        'en',
        'warning  assessment.unsafe-text  The name holds control or invisible characters (\\u202e \\x07 \\x1b)',
      ],
    ] as const) {
      const v = runCli(['--lang', lang, 'validate', street]);
      expect(v.stdout).toContain(`${file}:4:26  ${words}`);
      expect(v.code).toBe(0);
      const c = runCli(['--lang', lang, 'check', file]);
      expect(c.stdout).toContain(`${file}:4:26  ${words}`);
    }
  });

  it('rank --format csv shows the characters as escapes on stdout and in a file, and so does an .xlsx report', async () => {
    const out = runCli(['rank', street, '--format', 'csv']);
    expect(out.stdout).toContain(`,dingzi,${SHOWN},`);
    const file = join(tmp, 'rank.csv');
    runCli(['rank', street, '--format', 'csv', '-o', file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`,dingzi,${SHOWN},`);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
    const xlsx = join(tmp, 'rank.xlsx');
    runCli(['rank', street, '--format', 'xlsx', '-o', xlsx]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const names: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        names.push(cell.value);
      });
    });
    expect(names).toContain(SHOWN);
    expect(names.some((n) => typeof n === 'string' && n.includes('\u202e'))).toBe(false);
  });

  it('the HTML report shows them as the warning names them, a zero-width space too', () => {
    // A zero-width space and a zero-width joiner in the name: the warning says \u200b \u200d, and
    // the report printed from the HTML showed neither (its own, smaller set), so 丁字社区 and
    // 丁字\u200b社区 read the same on paper; BEL read \u0007 there against the warning's \x07.
    const dir = join(tmp, 'zw');
    cpSync(street, dir, { recursive: true });
    const file = join(dir, 'fuqian.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('name: 府前社区,', 'name: "府前\\u200b社区\\u200d",'),
    );
    const v = runCli(['validate', file]);
    expect(v.stdout).toContain('The name holds control or invisible characters (\\u200b \\u200d)');
    const html = runCli(['report', dir, '--as-of', '2005-12-31']).stdout;
    expect(html).toContain('府前\\u200b社区\\u200d');
    expect(html).toContain('丁字\\u202e社区\\x07\\x1b[31m红');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e]/);
  });

  it('a spreadsheet row whose name holds them is warned at its cell', () => {
    const csv = join(tmp, 'street.csv');
    expect(runCli(['convert', street, '--to', 'csv', '-o', csv, '--lang', 'zh-CN']).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    // convert keeps the name as written (less the BEL and ESC a cell cannot hold): it reads back.
    expect(text).toContain('丁字\u202e社区[31m红');
    const v = runCli(['validate', csv]);
    expect(v.stdout).toMatch(
      /street\.csv:\d+:2 {2}warning {2}assessment\.unsafe-text {2}The name holds control or invisible characters \(\\u202e\)/,
    );
  });
});
