/**
 * Names, not ids, wherever people read, through the built binary: the report's files not scored
 * name metrics by their titles and severities in words, its overview cites the source document by
 * title, its community pages explain ※ and ★; trend's findings name metrics by title; rank's
 * workbook heads each ranked row with the rubric's title.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The page's text as a reader sees it: no markup, no attribute. */
const visible = (html: string) =>
  html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"');

describe('report', () => {
  const html = join(tmp, 'report.html');
  const r = runCli([
    'report',
    'examples/street',
    'examples/invalid/missing-metric.yaml',
    'examples/invalid/masked-value.yaml',
    '--as-of',
    '2005-12-31',
    '--lang',
    'zh-CN',
    '-o',
    html,
  ]);
  const text = visible(readFileSync(html, 'utf8'));
  const notScored = text.slice(text.lastIndexOf('未能评分的自评'));

  it('words the files not scored with titles and severities in Chinese', () => {
    expect(r.code).toBe(1);
    expect(notScored).toContain('缺少指标“文化室可同时学习人数”');
    expect(notScored).toContain('服务站、服务用房面积：“**”是占位符');
    expect(notScored).toContain('错误');
    for (const id of [
      'culture-seats',
      'service-area',
      'value.masked',
      'assessment.metric-missing',
      ' error ',
    ])
      expect(notScored, id).not.toContain(id);
  });

  it("cites the rubric's source document by its title", () => {
    expect(text).toMatch(/依据\s+在全区社区建设工作会议上的讲话（004_5d52db5c1ade0b7c\.txt），2005年/);
  });

  it('explains ※ and ★ on every community page that shows them', () => {
    const pages = text.split(/(?=[^\s]+社区（[a-z]+）· )/).slice(1);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const p of pages) {
      if (p.includes(' ※')) expect(p).toContain('※ 非原文，参照通行做法：');
      if (p.includes('★')) expect(p).toContain('★ 一票否决项');
    }
    expect(pages.some((p) => p.includes('※ 非原文'))).toBe(true);
  });
});

describe('trend', () => {
  it("names a file's metric by its title, in Chinese and English", () => {
    const zh = runCli(['trend', 'examples/trend', '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('社区户数：“**”是占位符');
    expect(zh.stderr).not.toMatch(/\bhouseholds：/);
    const en = runCli(['trend', 'examples/trend', '--lang', 'en', '--format', 'json']);
    expect(JSON.parse(en.stdout).invalid[0].findings[0].message).toMatch(
      /^households \(number of households\)|^number of households|^Households/i,
    );
  });
});

describe('rank --format xlsx', () => {
  it('heads each ranked row with the rubric title, not its id', async () => {
    const out = join(tmp, 'rank.xlsx');
    const r = runCli([
      'rank',
      'examples/street',
      '--as-of',
      '2005-12-31',
      '--lang',
      'zh-CN',
      '--format',
      'xlsx',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ranking = wb.worksheets[0]!;
    expect(ranking.getRow(1).getCell(1).value).toBe('评分细则');
    expect(ranking.getRow(2).getCell(1).value).toBe('2005年社区建设目标（社区）');
    const quotas = wb.getWorksheet('指标完成情况')!;
    expect(quotas.getRow(2).getCell(1).value).toBe('2005年社区建设目标（社区）');
  });
});
