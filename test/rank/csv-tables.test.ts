/**
 * Issue 13, CSV output: one table per file, so that pandas or a database import reads each file
 * by its one header. The ranking goes to --format csv, the quotas, groups and files not scored to
 * files of their own; headers in the chosen language; numbers as numbers (a share as 0.222, points
 * lost as -5 with an ASCII minus) beside the worded columns. Read back with csv-parse.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-csv-tables-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The records of a CSV file (BOM stripped); fails unless every record has the header's length. */
function table(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records = parse(text, { bom: true, relax_column_count: false }) as string[][];
  const header = records[0]!;
  const rows = records.slice(1);
  expect(new Set(header).size).toBe(header.length);
  // A second table below the first would show as a row equal to a header, or one of another length.
  for (const r of rows) {
    expect(r).toHaveLength(header.length);
    expect(r).not.toEqual(header);
    expect(r.join('')).not.toBe('');
  }
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

function rankTables(lang: string, inputs: string[], extra: string[] = []) {
  const files = {
    quotas: join(tmp, `${lang}-quotas.csv`),
    groups: join(tmp, `${lang}-groups.csv`),
    unscored: join(tmp, `${lang}-unscored.csv`),
  };
  const r = runCli([
    '--lang',
    lang,
    'rank',
    ...inputs,
    ...AS_OF,
    '--group',
    'street',
    '--format',
    'csv',
    '--quotas-output',
    files.quotas,
    '--groups-output',
    files.groups,
    '--unscored-output',
    files.unscored,
    ...extra,
  ]);
  const read = (f: string) => table(readFileSync(f, 'utf8'));
  return {
    r,
    ranking: table(r.stdout),
    quotas: read(files.quotas),
    groups: read(files.groups),
    unscored: read(files.unscored),
  };
}

describe('rank CSV: one table per file', () => {
  const inputs = ['examples/street', 'examples/invalid/masked-value.yaml'];

  it('zh-CN: every header in Chinese, numbers as numbers beside the words', () => {
    const { r, ranking, quotas, groups, unscored } = rankTables('zh-CN', inputs);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('--quotas-output');
    for (const t of [ranking, quotas, groups, unscored])
      for (const h of t.header) expect(h).not.toMatch(/[A-Za-z]/);
    expect(ranking.header).toEqual([
      '评分细则',
      '名次',
      '组内名次',
      '编号',
      '名称',
      '街道',
      '区',
      '得分',
      '满分',
      '等级',
      '等级代码',
      '否决项',
      '失分最多项',
      '失分',
      '文件',
    ]);
    const fuqian = ranking.rows.find((x) => x['编号'] === 'fuqian')!;
    expect(fuqian).toMatchObject({
      名次: '2',
      得分: '95',
      等级: '新型现代化社区',
      等级代码: 'modern',
      失分: '-5',
    });
    expect(fuqian['失分最多项']).toBe('每百户用房面积');
    const modern = quotas.rows.find((x) => x['指标代码'] === 'modern-share')!;
    // masked-value.yaml could not be scored: its community counts, as not reaching (2 of 10).
    expect(modern).toMatchObject({
      分组方式: '区',
      社区数: '10',
      未评分: '1',
      已达: '2',
      比例: '0.2',
      要求: '0.5',
      '要求（文字）': '50%以上',
      结论: '未达标',
      暂定: '是',
      还差: '3',
    });
    expect(modern['结论（文字）']).toContain('（结论暂定）');
    expect(modern['最有望达标的社区']!.split('\n')[0]).toBe(
      '花柳塘社区（huaniutang），93 分；需整改：社区基本设施',
    );
    expect(modern['存疑社区']).toContain('examples/invalid/masked-value.yaml');
    expect(groups.rows).toHaveLength(1);
    expect(groups.rows[0]).toMatchObject({ 分组方式: '街道', 分组: '五马街道' });
    expect(Number(groups.rows[0]!['平均分'])).toBeGreaterThan(0);
    expect(unscored.rows[0]).toMatchObject({
      文件: 'examples/invalid/masked-value.yaml',
      位置: 'examples/invalid/masked-value.yaml:7:3',
      级别: '错误',
      代码: 'value.masked',
    });
  });

  it('zh-TW and en: the same tables, headed in each language', () => {
    const tw = rankTables('zh-TW', inputs);
    expect(tw.ranking.header).toContain('檔案');
    expect(tw.quotas.header).toContain('暫定');
    for (const h of [...tw.ranking.header, ...tw.quotas.header]) expect(h).not.toMatch(/[A-Za-z]/);
    const en = rankTables('en', inputs);
    for (const h of [...en.ranking.header, ...en.quotas.header, ...en.groups.header, ...en.unscored.header])
      expect(h).toMatch(/^[\x20-\x7e]+$/);
    expect(en.quotas.rows[1]).toMatchObject({ Share: '0.6', 'Target (in words)': 'at least 85%' });
    expect(en.ranking.rows.length).toBe(tw.ranking.rows.length);
  });

  it('a share that is no round number is the fraction to a tenth of a percent (0.222)', () => {
    const { quotas } = rankTables('en', ['examples/street']);
    // 2 / 9, 6 / 9 and (the district share of ≥ 300 m²) 4 / 9.
    expect(quotas.rows.map((q) => q.Share)).toEqual(['0.222', '0.667', '0.444']);
    expect(quotas.rows.map((q) => q.Provisional)).toEqual(['', '', '']);
  });

  it('without --quotas-output the ranking stays one table, and stderr says where the quotas went', () => {
    const r = runCli(['--lang', 'zh-CN', 'rank', 'examples/street', ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(1);
    const t = table(r.stdout);
    expect(t.rows).toHaveLength(9);
    expect(r.stderr).toContain('--quotas-output');
  });

  it('writes the quotas beside any format (here the table on stdout)', () => {
    const out = join(tmp, 'beside-table.csv');
    const r = runCli(['rank', 'examples/street', ...AS_OF, '--quotas-output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('桂柑社区');
    // Three quotas: the two tier shares and the share of ≥ 300 m².
    expect(table(readFileSync(out, 'utf8')).rows).toHaveLength(3);
  });

  it('refuses --groups-output without --group (exit 2), in the chosen language', () => {
    const r = runCli([
      '--lang',
      'zh-CN',
      'rank',
      'examples/street',
      ...AS_OF,
      '--groups-output',
      join(tmp, 'g.csv'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--groups-output 导出的是 --group 的分组');
  });
});
