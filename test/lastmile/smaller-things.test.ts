/**
 * Issue 28, item 8: the smaller things a user trips on, each through the binary (runCli runs the
 * built bundle in this process). Each test fails on the build before the fix.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { simplifyByConverter } from '../../src/model/names.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-lastmile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const street = join(ROOT, 'examples/street');
const waivers = join(ROOT, 'examples/waivers/district-2005.yaml');

describe('the fill-in workbook', () => {
  it('pops up no warning for a figure with its unit, which its guide says is read (zh-CN, en)', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const file = join(tmp, `book-${lang}.xlsx`);
      const r = runCli([
        'init',
        '--rubric',
        'district-2005-community',
        '--format',
        'xlsx',
        '-o',
        file,
        '--lang',
        lang,
      ]);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const guide = wb.worksheets[1]!;
      const text: string[] = [];
      guide.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
      expect(text.join('\n')).toMatch(/120平方米|120平方公尺/);
      const rules = Object.values(
        (
          wb.worksheets[0] as unknown as {
            dataValidations: { model: Record<string, { type: string; showErrorMessage?: boolean }> };
          }
        ).dataValidations.model,
      );
      const numbers = rules.filter((v) => v.type === 'decimal' || v.type === 'whole');
      expect(numbers.length).toBeGreaterThan(0);
      for (const v of numbers) expect(v.showErrorMessage, lang).not.toBe(true);
    }
  });

  it('zh-TW: its guide says 平方公尺, also for a unit typed in a cell', async () => {
    const file = join(tmp, 'book-tw.xlsx');
    runCli([
      'init',
      '--rubric',
      'district-2005-community',
      '--format',
      'xlsx',
      '-o',
      file,
      '--lang',
      'zh-TW',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text: string[] = [];
    wb.worksheets[1]!.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const guide = text.filter((t) => /^\d\. /.test(t)).join('\n');
    expect(guide).toContain('120平方公尺');
    expect(guide).not.toContain('平方米');
  });
});

describe('zh-TW quotes with 「」 in what the program prints', () => {
  it('findings, titles and the workbook guide', () => {
    const v = runCli(['validate', join(ROOT, 'examples/invalid'), '--lang', 'zh-TW']);
    const show = runCli(['rubric', 'show', 'nankai-wugeyi-2004', '--lang', 'zh-TW']);
    const tier = runCli(['check', join(street, 'dingzi.yaml'), '--min-tier', '安全文明', '--lang', 'zh-TW']);
    // The heading of rubric show (a criterion's source words and the names a file may use are data).
    const heading = show.stdout.split('\n').slice(0, 2).join('\n');
    for (const out of [v.stdout + v.stderr, heading, tier.stderr]) {
      expect(out).not.toMatch(/[“”]/);
      expect(out).toContain('「');
    }
  });
});

describe('zh-CN rubric list', () => {
  it('shows every source in simplified characters', () => {
    const r = runCli(['rubric', 'list', '--format', 'json', '--lang', 'zh-CN']);
    const rows = JSON.parse(r.stdout) as { rubrics?: { source?: string }[] } | { source?: string }[];
    const list = Array.isArray(rows) ? rows : (rows.rubrics ?? []);
    expect(list.length).toBe(readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.yaml')).length);
    for (const row of list) expect(row.source).toBe(simplifyByConverter(row.source ?? ''));
  });
});

describe('names as people type them', () => {
  it('a title fragment that fits one rubric is that rubric; one that fits several lists them', () => {
    const one = runCli(['rubric', 'show', '六好社区', '--lang', 'zh-CN']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('“六好”平安和谐社区（liuhao-2008）');
    const many = runCli(['rubric', 'show', '2005年社区建设目标', '--lang', 'zh-CN']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('district-2005-community或district-2005-street');
  });

  it('--min-tier 安全文明 suggests the tier by its title', () => {
    const r = runCli(['check', join(street, 'dingzi.yaml'), '--min-tier', '安全文明', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是不是要写“安全文明社区”？');
    const en = runCli(['check', join(street, 'dingzi.yaml'), '--min-tier', 'safe civilised', '--lang', 'en']);
    expect(en.stderr).toContain('did you mean "Safe and civilized community"?');
  });
});

describe('rank shows the exemptions that held', () => {
  const args = ['rank', street, '--waivers', waivers, '--as-of', '2005-12-31'];
  it('in the table (zh-CN, en), Markdown, JSON and the workbook', async () => {
    const zh = runCli([...args, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('免评项目（按满分计）：');
    expect(zh.stdout).toContain(
      '花柳塘社区（huaniutang）：社区义务巡逻队：已与物业联合巡逻，经街道认定（区创建办批准，有效至 2005-12-31）',
    );
    const en = runCli([...args, '--lang', 'en']);
    expect(en.stdout).toContain('花柳塘社区 (huaniutang): Volunteer patrol team:');
    const md = runCli([...args, '--format', 'markdown', '--lang', 'zh-CN']);
    expect(md.stdout).toContain('### 免评项目（按满分计）');
    const json = JSON.parse(runCli([...args, '--format', 'json', '--lang', 'en']).stdout);
    expect(json.tables[0].exemptions).toEqual([
      expect.objectContaining({ community: 'huaniutang', criterion: 'patrol-team', expires: '2005-12-31' }),
    ]);
    const file = join(tmp, 'rank.xlsx');
    expect(runCli([...args, '-o', file, '--lang', 'zh-CN']).code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells: string[] = [];
    wb.worksheets.at(-1)!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join('\n')).toContain('花柳塘社区（huaniutang）：社区义务巡逻队');
  });
  it('not after it expired, and none without waivers', () => {
    const late = runCli(['rank', street, '--waivers', waivers, '--as-of', '2006-01-01', '--lang', 'zh-CN']);
    expect(late.stdout).not.toContain('免评项目');
    expect(runCli(['rank', street, '--lang', 'zh-CN']).stdout).not.toContain('免评项目');
  });
  it('in the report overview', () => {
    const file = join(tmp, 'r.html');
    runCli(['report', street, '--waivers', waivers, '--as-of', '2005-12-31', '-o', file, '--lang', 'zh-CN']);
    expect(readFileSync(file, 'utf8')).toContain('<ul class="exemptions"><li>花柳塘社区（huaniutang）');
  });
});

describe('convert --to yaml', () => {
  it('writes the schema file its $schema line names', () => {
    const out = join(tmp, 'yaml-out');
    const r = runCli(['convert', street, '--to', 'yaml', '-o', out, '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    const named = /\$schema=\.\/(\S+)/.exec(readFileSync(join(out, 'dingzi.yaml'), 'utf8'))![1]!;
    expect(existsSync(join(out, named))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, named), 'utf8')).$schema).toBeDefined();
    expect(readdirSync(out).filter((f) => f.endsWith('.yaml'))).toHaveLength(9);
  });
});

describe('trend', () => {
  const trend = join(ROOT, 'examples/trend');
  it('shows no change for a community whose latest year was not scored', () => {
    const r = runCli(['trend', trend, '--lang', 'zh-CN', '--width', '200']);
    const gulou = r.stdout.split('\n').find((x) => x.startsWith('鼓楼社区'))!;
    expect(gulou.trimEnd()).toMatch(/未评分$/);
    const json = JSON.parse(runCli(['trend', trend, '--format', 'json', '--lang', 'en']).stdout);
    const communities = json.trends?.[0]?.communities ?? json.communities ?? json.tables?.[0]?.communities;
    expect(communities.find((c: { id: string }) => c.id === 'gulou').change).toBeNull();
    expect(communities.find((c: { id: string }) => c.id === 'dingzi').change).toBe(20);
  });
  it('HTML keeps each tier name on one line in its year column', () => {
    const file = join(tmp, 't.html');
    runCli(['trend', trend, '--format', 'html', '-o', file, '--lang', 'zh-CN']);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<table class="sortable trend" style="table-layout:auto">');
    expect(html).toContain('white-space:nowrap">新型现代化社区</span>');
    expect(html).not.toContain('white-space:normal">');
  });
});

describe("a street's fill-in workbook with rows nobody filled in", () => {
  it('counts each such row in its quota as a community that did not submit, by name', () => {
    const blank = runCli([
      'init',
      '--rubric',
      'district-2005-community',
      '--format',
      'csv',
      '--roster',
      join(ROOT, 'examples/rosters/wuma-street.csv'),
      '--period',
      '2005',
      '--lang',
      'zh-CN',
    ]).stdout;
    // 府前社区 fills in its row (full marks for the top tier); the other eight leave theirs.
    const lines = blank.split('\r\n');
    const ids = lines[1]!.split(',');
    const values: Record<string, string> = {
      'service-area': '200',
      'office-service-area': '320',
      'culture-room-seats': '60',
      households: '2400',
      'open-affairs': '是',
      'cadre-education-rate': '90%',
      'community-police-officers': '2',
      'health-station-coverage': '是',
      'patrol-team': '是',
      'major-incident': '否',
      'service-station.count': '1',
      'culture-room.count': '1',
      'education-station.count': '1',
      'police-office.count': '1',
      'help-station.count': '1',
    };
    const filled = lines
      .map((line) => {
        if (!line.startsWith('fuqian,')) return line;
        const cells = line.split(',');
        return ids.map((id, i) => values[id] ?? cells[i] ?? '').join(',');
      })
      .join('\r\n');
    expect(filled).not.toBe(blank);
    const file = join(tmp, '采集表.csv');
    writeFileSync(file, filled);
    const r = runCli(['rank', file, '--group', 'street', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('共 1 个社区参加排名');
    // 1 of 9 reaches the top tier: the eight blank rows count, as not submitted.
    expect(r.stdout).toContain('已达 11.1%（1 / 9 个，其中 8 个未报送）');
    expect(r.stdout).toContain('丁字社区（dingzi）：尚未填写（');
    expect(r.stdout).not.toContain('无法对应到任何社区');
    // The report: one line a row, under 未能评分的自评, and the rows counted as self-assessments.
    const html = join(tmp, '采集表.html');
    runCli(['report', file, '--group', 'street', '-o', html, '--lang', 'zh-CN']);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2>未能评分的自评</h2>\n<ul class="unfilled">');
    expect(page).toMatch(/<li><code>[^<]*采集表\.csv:3:1<\/code> 丁字社区：尚未填写/);
    expect(page.slice(page.indexOf('<section id="not-scored">'))).not.toContain('<h4>');
    expect(page).toContain('8份自评未能评分');
  });
});
