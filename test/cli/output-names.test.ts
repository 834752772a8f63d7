/**
 * Outputs are what their names say (issue 28, item 1): the extension of --output chooses the
 * format unless --format is given, a mismatch is a usage error in the user's language, an
 * existing file is replaced only by one of its kind, and the command says what it wrote.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_FORMATS, kindOfBytes, outputFormat } from '../../src/cli/output-kind.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const street = join(ROOT, 'examples/street');
const dingzi = join(ROOT, 'examples/street/dingzi.yaml');
const head = (file: string) => kindOfBytes(readFileSync(file).subarray(0, 512));
const run = (args: string[]) => runCli(args, { cwd: dir });

describe('the extension of --output chooses the format', () => {
  it('rank -o 排名.xlsx writes a workbook and says so (zh-CN)', () => {
    const r = run(['rank', street, '-o', '排名.xlsx', '--lang', 'zh-CN']);
    expect(head(join(dir, '排名.xlsx'))).toBe('zip');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('已写入 排名.xlsx');
  });

  it('rank -o ranking.json writes JSON, -o ranking.md Markdown (en)', () => {
    const j = run(['rank', street, '-o', 'ranking.json', '--lang', 'en']);
    expect(() => JSON.parse(readFileSync(join(dir, 'ranking.json'), 'utf8'))).not.toThrow();
    expect(j.stderr).toContain('wrote ranking.json');
    run(['rank', street, '-o', 'ranking.md', '--lang', 'en']);
    expect(readFileSync(join(dir, 'ranking.md'), 'utf8')).toMatch(/^\|/m);
  });

  it('check -o and validate -o write the format their names say', () => {
    const c = run(['check', dingzi, '-o', 'dingzi.json', '--lang', 'en']);
    expect(c.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'dingzi.json'), 'utf8'))).toBeTruthy();
    const v = run(['validate', street, '-o', 'junit.xml', '--lang', 'zh-CN']);
    expect(v.stderr).toContain('已写入 junit.xml');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('trend -o trend.html writes HTML', () => {
    run(['trend', join(ROOT, 'examples/trend'), '-o', 'trend.html', '--lang', 'en']);
    expect(readFileSync(join(dir, 'trend.html'), 'utf8')).toMatch(/<html/i);
  });

  it('init --format xlsx without a file asks for --output, which init takes (and --out still works)', () => {
    const bare = run(['init', '--rubric', 'district-2005-community', '--format', 'xlsx', '--lang', 'zh-CN']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('请加上 --output <文件.xlsx>');
    const named = run([
      'init',
      '--rubric',
      'district-2005-community',
      '--output',
      '自评.xlsx',
      '--lang',
      'zh-CN',
    ]);
    expect(named.code).toBe(0);
    expect(head(join(dir, '自评.xlsx'))).toBe('zip');
    const csv = run(['init', '--rubric', 'district-2005-community', '-o', 'data.csv', '--lang', 'en']);
    expect(csv.code).toBe(0);
    expect(head(join(dir, 'data.csv'))).toBe('text');
    const old = run(['init', '--rubric', 'district-2005-community', '--out', 'old.yaml', '--lang', 'en']);
    expect(old.code).toBe(0);
    expect(old.stderr).toContain('wrote old.yaml');
  });

  it('convert takes its --to from the name of --output', () => {
    const r = run(['convert', dingzi, '-o', 'one.xlsx', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(head(join(dir, 'one.xlsx'))).toBe('zip');
  });
});

describe('a name that contradicts the format is a usage error (exit 2) with the fix', () => {
  it('--format table -o x.xlsx (zh-CN and en)', () => {
    const zh = run(['rank', street, '--format', 'table', '-o', 'x.xlsx', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--format table 与输出文件 x.xlsx（.xlsx）不符');
    expect(zh.stderr).toContain('*.txt');
    const en = run(['rank', street, '--format', 'table', '-o', 'x.xlsx', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--format table does not match x.xlsx');
  });

  it('report --format html -o 报告.pdf, and an extension a command cannot write', () => {
    const r = run(['report', street, '--format', 'html', '-o', '报告.pdf', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不符');
    const html = run(['rank', street, '-o', 'x.html', '--lang', 'en']);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('.txt .json .csv .md .xlsx');
    // A self-assessment named as rank's output is never overwritten by a table.
    const yaml = run(['rank', street, '-o', dingzi, '--lang', 'en']);
    expect(yaml.code).toBe(2);
  });

  it('an existing file of another kind is not replaced', () => {
    const file = join(dir, 'no-extension');
    writeFileSync(file, 'a note that must survive\n');
    const r = run(['rank', street, '--format', 'xlsx', '-o', file, '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能用Excel 工作簿覆盖');
    expect(readFileSync(file, 'utf8')).toBe('a note that must survive\n');
    const en = run(['rank', street, '--format', 'xlsx', '-o', file, '--lang', 'en']);
    expect(en.stderr).toContain('is not replaced by an Excel workbook');
  });
});

describe('outputFormat (the one table)', () => {
  const choose = (format: string, output?: string, formatGiven = false) =>
    outputFormat(['table', 'json', 'csv', 'xlsx'], { format, formatGiven, output });
  it('follows the extension, keeps --format when given and fitting, defaults otherwise', () => {
    expect(choose('table', 'a.csv')).toBe('csv');
    expect(choose('table', 'A.XLSX')).toBe('xlsx');
    expect(choose('csv', 'a.csv', true)).toBe('csv');
    expect(choose('json', 'a-file-with-no-extension', true)).toBe('json');
    expect(choose('table', undefined)).toBe('table');
    expect(choose('table', '-')).toBe('table');
  });
  it('refuses xlsx to the screen, and a name against --format', () => {
    expect(() => choose('xlsx', undefined, true)).toThrow('usage.needs-output');
    expect(() => choose('xlsx', '-', true)).toThrow('usage.needs-output');
    expect(() => choose('table', 'a.xlsx', true)).toThrow('usage.format-mismatch');
  });
  it('every format of the table has an extension', () => {
    for (const formats of Object.values(EXTENSION_FORMATS)) expect(formats.length).toBeGreaterThan(0);
  });
});
