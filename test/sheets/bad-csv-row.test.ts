/**
 * One bad record in a CSV file (a broken quote, as a hand edit leaves it) costs that row only:
 * the row is named at file.csv:line with its error and counted in its street in doubt, as far as
 * its line says who it is; every other row is read and scored. Before, the whole file was one
 * unscored submission and the street's nine communities were missing from every quota.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/sheets/read-csv.js';
import { runCli } from '../helpers/run-cli.js';
import { csvText, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-bad-row-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The street as CSV with line `line` (1: the header) edited by `edit`. */
function streetCsv(name: string, line: number, edit: (text: string) => string): string {
  const { header, rows } = streetRows();
  const lines = csvText(header, rows).split('\r\n');
  lines[line - 1] = edit(lines[line - 1]!);
  const file = join(tmp, name);
  writeFileSync(file, lines.join('\r\n'));
  return file;
}

describe('a CSV file with one bad record', () => {
  const cases: [string, (s: string) => string, string][] = [
    // A quote opened and never closed: csv-parse reads to the end of the file for its close.
    ['unclosed.csv', (s) => s.replace('fuqian,府前社区', 'fuqian,"府前社区'), 'sheet.csv-quote-not-closed'],
    // A quote in the middle of a cell.
    ['stray.csv', (s) => s.replace('府前社区', '府前"社区'), 'sheet.csv-quote-opening'],
    // Characters after a closing quote.
    ['after.csv', (s) => s.replace('府前社区', '"府前社区" 居委会'), 'sheet.csv-quote-closing'],
  ];
  for (const [name, edit, code] of cases)
    it(`${code}: that row is in doubt at its line, the other eight are ranked`, () => {
      const file = streetCsv(name, 3, edit);
      const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'zh-CN']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file}:3:2  错误  ${code}  `);
      const json = JSON.parse(r.stdout);
      expect(json.summary).toMatchObject({ files: 9, scored: 8, invalid: 1 });
      const ranked = json.tables[0].ranking.map((e: { id: string }) => e.id);
      expect(ranked).toHaveLength(8);
      expect(ranked).not.toContain('fuqian');
      // 府前社区 still counts in 五马街道's quotas: nine communities, one in doubt.
      for (const q of json.tables[0].quotas)
        expect(q).toMatchObject({ n: 9, unscored: 1, provisional: true });
      expect(runCli(['rank', file, ...AS_OF, '--lang', 'zh-CN']).stdout).toContain(
        `（fuqian）：自评无法评分（${file}:3）`,
      );
      const v = runCli(['validate', file, '--lang', 'en']);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(`${file}:3:2  error  ${code}`);
      expect(v.stdout).toContain('9 self-assessments');
    });

  it('a quote a later line would close costs only its own row', () => {
    const { header, rows } = streetRows();
    rows[1]![1] = '"府前社区'; // written raw below, unbalanced
    rows[5]![1] = '菱藕社区, 西'; // quoted by csvText: its quotes would close the one above
    const lines = csvText(header, rows).split('\r\n');
    lines[2] = lines[2]!.replace('"""府前社区"', '"府前社区');
    const file = join(tmp, 'later.csv');
    writeFileSync(file, lines.join('\r\n'));
    const read = readCsvRows(file, 5_000_000);
    expect(read.rows.map((x) => x.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(read.rows.filter((x) => x.broken).map((x) => [x.row, x.broken!.line])).toEqual([[3, 3]]);
    expect(read.rows[6]!.cells[1]!.value).toBe('菱藕社区, 西');
    const r = runCli(['rank', file, ...AS_OF, '--format', 'json']);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 9, scored: 8, invalid: 1 });
  });

  it("a broken row that claims another row's id: validate and rank both say duplicate-id, at both rows", () => {
    // 府前社区's line again at the end, its name with a stray quote: one id in two rows, one broken.
    const { header, rows } = streetRows();
    const lines = csvText(header, rows).split('\r\n');
    const again = lines[2]!.replace('府前社区', '"府前社区" 居委会');
    const file = join(tmp, 'dup-broken.csv');
    writeFileSync(file, [...lines.slice(0, 10), again, ...lines.slice(10)].join('\r\n'));
    const dupAt = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.includes('validate.duplicate-id'))
        .map((l) => l.slice(file.length).split('  ')[0]);
    const r = runCli(['rank', file, ...AS_OF, '--lang', 'en']);
    expect(dupAt(r.stderr)).toEqual([':3:1', ':11:1']);
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(dupAt(v.stdout)).toEqual(dupAt(r.stderr));
    expect(v.stdout).toContain(`${file}:11:2  error  sheet.csv-quote-closing`);
    expect(v.stdout).toContain('10 self-assessments checked (10 rows in 1 workbook or CSV file): 2 invalid');
  });

  it('check scores the other rows; convert writes them', () => {
    const file = streetCsv('check.csv', 3, (s) => s.replace('fuqian,府前社区', 'fuqian,"府前社区'));
    const c = runCli(['check', file, '--lang', 'zh-CN']);
    expect(c.code).toBe(1);
    expect(c.stdout + c.stderr).toContain('共 9 份自评：8 份已评分，1 份有错误');
    const out = join(tmp, 'out.xlsx');
    const cv = runCli(['convert', file, '--to', 'xlsx', '-o', out, '--lang', 'zh-CN']);
    expect(cv.stderr).toContain('sheet.csv-quote-not-closed');
    expect(cv.stderr).toMatch(/8 个社区/);
  });
});
