/**
 * An outside review through the built binary (runCli runs the bundle in this process): what a
 * district official or a community worker met that contradicted the promises. Each test fails on
 * the build before its fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const mistakes = join(ROOT, 'test/fixtures/rubric/all-at-once/several-mistakes.yaml');

describe('a rubric author reads a duplicate id in their language', () => {
  it('names what first took the id in words, not as an English key (zh-CN, zh-TW)', () => {
    const cn = runCli(['rubric', 'lint', mistakes, '--lang', 'zh-CN']);
    expect(cn.stdout + cn.stderr).toContain('标识“rooms”已被一个评分项使用');
    const tw = runCli(['rubric', 'lint', mistakes, '--lang', 'zh-TW']);
    // Taiwan calls an id 識別碼 (標識 is a mainland word for it).
    expect(tw.stdout + tw.stderr).toContain('識別碼「rooms」已被一個評分項使用');
    for (const r of [cn, tw]) {
      const line = (r.stdout + r.stderr).split('\n').find((l) => l.includes('rubric.duplicate-id  '));
      expect(line).not.toMatch(/criterion|標識/);
    }
    const en = runCli(['rubric', 'lint', mistakes, '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('id "rooms" is already used by a criterion');
  });
});

/** The example street as a district office keeps it: its own sheet, the street and district typed once and merged down. */
async function mergedStreetWorkbook(file: string, lang: string): Promise<void> {
  const csv = join(tmp, `street-${lang}.csv`);
  expect(
    runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', csv, '--force', '--lang', lang])
      .code,
  ).toBe(0);
  const src = new ExcelJS.Workbook();
  const sheet = await src.csv.readFile(csv);
  const lines: (string | number | null)[][] = [];
  sheet.eachRow((row) => lines.push((row.values as (string | number | null)[]).slice(1)));
  const [titles, , ...rows] = lines;
  const street = titles!.indexOf(lang === 'en' ? 'Street' : '街道') + 1;
  const district = titles!.indexOf(lang === 'en' ? 'District' : '区') + 1;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填报说明').getCell('A1').value = '请于12月20日前报送';
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '五马街道2005年社区建设自评汇总表';
  ws.mergeCells(1, 1, 1, titles!.length);
  ws.addRow(titles!);
  for (const r of rows) ws.addRow(r);
  const last = 2 + rows.length;
  // Typed once in the first row, merged down over the others (and two empty rows below them).
  for (const c of [street, district]) {
    for (let r = 4; r <= last; r++) ws.getCell(r, c).value = null;
    ws.mergeCells(3, c, last + 2, c);
  }
  await wb.xlsx.writeFile(file);
}

describe('a workbook whose street and district cells are merged down (as offices type them)', () => {
  it('counts every community in the merged street and district, as the YAML files', async () => {
    const file = join(tmp, '五马 汇总.xlsx');
    await mergedStreetWorkbook(file, 'zh-CN');
    const args = ['--group', 'street', '--format', 'json', '--as-of', '2005-12-31'];
    const yaml = JSON.parse(runCli(['rank', join(ROOT, 'examples/street'), ...args]).stdout);
    const r = runCli(['rank', file, ...args]);
    expect(r.stderr).not.toMatch(/error|warning/);
    const sheet = JSON.parse(r.stdout);
    const groups = (d: { tables: { groups: { key: string; count: number }[] }[] }) =>
      d.tables[0]!.groups.map((g) => `${g.key} ${g.count}`);
    expect(groups(sheet)).toEqual(['五马街道 9']);
    expect(groups(sheet)).toEqual(groups(yaml));
    const quotas = (d: {
      tables: { quotas: { group: string; n: number; unplaced: number; status: string }[] }[];
    }) => d.tables[0]!.quotas.map((q) => `${q.group} ${q.n} ${q.unplaced} ${q.status}`);
    expect(quotas(sheet)).toEqual(quotas(yaml));
    expect(quotas(sheet)[0]).toBe('鹿城区 9 0 short');
  });
});

describe('Chinese outputs use Chinese punctuation, as the text table does', () => {
  /** English punctuation between Chinese words: `名称 (id)`, `a; b`, `题: 说明`, `**标题**, 区: `. */
  const english = /[\u4e00-\u9fff）] \(|[\u4e00-\u9fff）]; |[\u4e00-\u9fff）]: |\*\*, /;

  it('init: the comments a community worker reads (types, options, criteria, facilities)', () => {
    for (const rubric of ['district-2005-community', 'brand-community-2006']) {
      const r = runCli(['init', '--rubric', rubric, '--lang', 'zh-CN']);
      const comments = r.stdout
        .split('\n')
        .filter((l) => /^\s*#/.test(l) && !l.includes('yaml-language-server'));
      expect(comments.filter((l) => english.test(l))).toEqual([]);
    }
    const r = runCli(['init', '--rubric', 'district-2005-community', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('# 社区服务站（service-station）。用于评分项：社区基本设施。');
    expect(r.stdout).toContain('用于评分项：办公和服务用房达300平方米以上；每百户用房面积。');
    // English keeps its own.
    const en = runCli(['init', '--rubric', 'district-2005-community', '--lang', 'en']);
    expect(en.stdout).toContain('# community service station (service-station). Scored by:');
  });

  it('rank --format markdown: the quota lines, and the candidates under the heading the table gives them', () => {
    const r = runCli(['rank', join(ROOT, 'examples/street'), '--format', 'markdown', '--lang', 'zh-CN']);
    const quotas = r.stdout.slice(r.stdout.indexOf('### 指标完成情况'));
    expect(quotas.split('\n').filter((l) => english.test(l))).toEqual([]);
    expect(quotas).toContain('- ❌ **50%的社区达到新型现代化社区标准** · 鹿城区：要求50%以上');
    expect(quotas).toContain('  - 最有望达标的社区：\n    - 花柳塘社区（huaniutang），93 分');
  });

  it('explain: the criterion, its section, the metrics and criteria it names', () => {
    const rubric = ['--rubric', 'district-2005-community', '--lang', 'zh-CN'];
    for (const target of ['service-area-150', 'households', 'facilities'])
      expect(
        runCli(['explain', target, ...rubric])
          .stdout.split('\n')
          .filter((l) => english.test(l)),
      ).toEqual([]);
    expect(runCli(['explain', 'households', ...rubric]).stdout).toContain(
      '  每百户用房面积（area-per-100-households）',
    );
    const show = runCli([
      'rubric',
      'show',
      'district-2005-community',
      '--format',
      'markdown',
      '--lang',
      'zh-CN',
    ]);
    expect(show.stdout).toContain('发生重大火灾或死亡事故：否；一票否决');
  });

  it('rubric show and the HTML report name a tier, a quota and the rubric with its id in （）', () => {
    const show = runCli(['rubric', 'show', 'district-2005-community', '--lang', 'zh-CN']);
    expect(show.stdout).toContain('新型现代化社区（modern）');
    const html = runCli(['report', join(ROOT, 'examples/street'), '--lang', 'zh-CN']);
    expect(html.stdout).toContain('<dd>2005年社区建设目标（社区）（district-2005-community）</dd>');
  });
});

describe('verify names the community whose result changed', () => {
  it('not a neighbour whose rank moved because of it', () => {
    const dir = join(tmp, 'signed');
    cpSync(join(ROOT, 'examples/street'), join(dir, 'street'), { recursive: true });
    const gen = runCli(['key', 'generate', '-o', join(dir, 'key'), '--comment', 'wuma@lucheng']);
    writeFileSync(join(dir, 'allowed_signers'), gen.stdout);
    const rank = ['rank', 'street', '--attest', 'run.att', '--key', 'key', '--fail-on', 'none'];
    expect(runCli(rank, { cwd: dir }).code).toBe(0);
    // 丁字社区 (49 points, 9th) claims 150 m² after signing: 69 points, now above 庆年坊社区 (61).
    const dingzi = join(dir, 'street/dingzi.yaml');
    writeFileSync(
      dingzi,
      readFileSync(dingzi, 'utf8').replace('service-area: 120 m2', 'service-area: 150 m2'),
    );
    const r = runCli(['verify', 'run.att', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = (r.stdout + r.stderr)
      .split('\n')
      .find((l) => /scored again|differs/i.test(l) && /\(/.test(l));
    expect(line).toContain('dingzi');
    expect(line).not.toContain('qingnianfang');
  });
});

describe('`-` for standard input', () => {
  it('is said to be unread, with the fix, not "file not found" (check, rank; zh-CN and en)', () => {
    for (const cmd of ['check', 'rank']) {
      const r = runCli([cmd, '-', '--lang', 'zh-CN']);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain('-:1:1  错误  load.not-found  civscore 不读取标准输入（-）');
    }
    const en = runCli(['check', '-', '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('not standard input (-): save the text to a file');
    // A file that is not there is still just that.
    expect(runCli(['check', 'no-such.yaml', '--lang', 'en']).stdout).toContain('file not found');
  });
});

describe('trend counts submissions as rank does', () => {
  it('says 份自评 (self-assessments), not 个文件, for the rows of one workbook too', async () => {
    const file = join(tmp, 'trend-book.xlsx');
    await mergedStreetWorkbook(file, 'zh-CN');
    const rank = runCli(['rank', file, '--lang', 'zh-CN']);
    const trend = runCli(['trend', file, '--lang', 'zh-CN']);
    expect(rank.stdout).toContain('9 份自评：9 份参加排名');
    expect(trend.stdout).toContain('9 份自评：9 个社区，1 个年度');
    expect(runCli(['trend', join(ROOT, 'examples/trend'), '--lang', 'en']).stdout).toContain(
      '26 self-assessments: 9 communities over 3 periods',
    );
  });
});
