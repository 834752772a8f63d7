/**
 * An id's identity is its idKey (src/model/assessment-schema.ts): ids that differ only in letter
 * case are one community in every command that reads submissions, from YAML, .xlsx and .csv.
 * - A community cannot escape an inspection finding by writing its id `FuQian`: the record for
 *   `fuqian` applies (said at the record, inspection.id-case), as the roster's listing does.
 * - A fake file `GuLou` beside the real `gulou` is a duplicate claim: both in doubt, neither
 *   ranked nor written by convert (validate.duplicate-id, naming the other spelling).
 * - An inspection record that applies to nobody is an error: counted in the summary, and it fails
 *   the run (--fail-on invalid) in rank, report, trend, plan and check.
 * - One name under two ids in one street is a look-alike claim (claim.same-name).
 * Hand-computed: examples/street's 府前社区 reports 310 m² of office rooms, the inspectors found
 * 280 (−10 for the criterion): 95 → 85, 虚报, and its 整改 overdue on 2005-12-31.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const I = join(ROOT, 'examples/inspections/wuma-2005.yaml');
const AS_OF = ['--as-of', '2005-12-31'];

let tmp: string;
/** examples/street with fuqian's id written FuQian. */
let d9: string;
/** examples/street with aaa-fake.yaml: guigan's figures claiming `GuLou`, named 鼓楼社区. */
let d4: string;
/** examples/street with gulou2.yaml: guigan's figures under a new id, named 鼓楼社区. */
let d5: string;
/** The inspections with fuqian's record naming `fuqiang` (a community nobody sent). */
let bad: string;

function copyStreet(name: string, change: (dir: string) => void): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
  change(dir);
  return dir;
}
const edit = (file: string, from: RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-id-case-'));
  d9 = copyStreet('d9', (d) => edit(join(d, 'fuqian.yaml'), /id: fuqian,/, 'id: FuQian,'));
  d4 = copyStreet('d4', (d) => {
    cpSync(join(d, 'guigan.yaml'), join(d, 'aaa-fake.yaml'));
    edit(join(d, 'aaa-fake.yaml'), /id: guigan, name: [^,]*,/, 'id: GuLou, name: 鼓楼社区,');
  });
  d5 = copyStreet('d5', (d) => {
    cpSync(join(d, 'guigan.yaml'), join(d, 'gulou2.yaml'));
    edit(join(d, 'gulou2.yaml'), /id: guigan, name: [^,]*,/, 'id: gulou2, name: 鼓楼社区,');
  });
  bad = join(tmp, 'bad-inspections.yaml');
  writeFileSync(bad, readFileSync(I, 'utf8').replace(/community: fuqian$/m, 'community: fuqiang'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rankJson = (args: string[]) => {
  const r = runCli(['rank', ...args, '-f', 'json', '--lang', 'en']);
  return { ...r, json: JSON.parse(r.stdout) as RankJson };
};
interface RankJson {
  summary: { warnings: number; errors?: number };
  tables: {
    ranking: { id: string; total: number; tier: string | null; inspection?: { self: { total: number } } }[];
    quotas: { quota: string; n: number; reached: number }[];
  }[];
}
const quota = (j: RankJson, id: string) => j.tables[0]!.quotas.find((q) => q.quota === id)!;

describe('an inspection record applies to its community whatever the letter case of the id', () => {
  it('rank: 府前社区（FuQian） is verified at 85 (95, −10, 虚报, overdue); the 50% quota stays 1/9', () => {
    const r = runCli(['rank', d9, '--inspections', I, ...AS_OF, '--lang', 'zh-CN', '--fail-on', 'invalid']);
    expect(r.stdout).toMatch(/府前社区（FuQian） +85 +95（−10） 虚报 逾期 +安全文明社区/);
    expect(r.stdout).toMatch(/已达 11\.1%（1 \/ 9 个）/);
    expect(r.stderr).not.toMatch(/inspection\.unknown-community/);
    expect(r.stderr).toMatch(
      /wuma-2005\.yaml:7:5 +警告 +inspection\.id-case +此条记录的社区编号“fuqian”在该社区自评中写作“FuQian”/,
    );
    expect(r.stderr).toMatch(/inspection\.overstated +虚报：府前社区（FuQian）/);
    expect(r.code).toBe(0);
  });

  it('rank JSON: FuQian verified 85 of a self-reported 95', () => {
    const { json } = rankJson([d9, '--inspections', I, ...AS_OF]);
    const row = json.tables[0]!.ranking.find((x) => x.id === 'FuQian')!;
    expect(row.total).toBe(85);
    expect(row.inspection?.self.total).toBe(95);
    expect(quota(json, 'modern-share')).toMatchObject({ n: 9, reached: 1 });
  });

  it('check of the one file applies the record and says so', () => {
    const r = runCli(['check', join(d9, 'fuqian.yaml'), '--inspections', I, ...AS_OF, '--lang', 'en']);
    expect(r.stderr).toMatch(/inspection\.id-case/);
    expect(r.stderr).toMatch(/inspection\.overstated/);
    expect(r.stdout).toMatch(/Total: 85 of 100/);
  });

  it('a submissions workbook whose id cell says FuQian gets the record too', async () => {
    const x = join(tmp, 'inspected.xlsx');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', x]).code).toBe(0);
    await setIdCell(x, 'fuqian', 'FuQian');
    const { json } = rankJson([x, '--inspections', I, ...AS_OF]);
    expect(json.tables[0]!.ranking.find((r) => r.id === 'FuQian')?.total).toBe(85);
  });

  it('the roster lists FuQian as fuqian: counted once, with a warning, never "missing" beside it', () => {
    const roster = join(ROOT, 'examples/rosters/wuma-street.yaml');
    const { json, stderr } = rankJson([d9, '--roster', roster, ...AS_OF]);
    expect(stderr).toMatch(/roster\.id-case +community id "FuQian" is written "fuqian" on the roster/);
    expect(stderr).not.toMatch(/roster\.not-listed/);
    expect(quota(json, 'modern-share').n).toBe(9);
  });
});

describe('an inspection record that applies to nobody is an error in every command', () => {
  it('rank: counted in the summary, and --fail-on invalid fails (without it in the file: 0)', () => {
    const r = runCli(['rank', d9, '--inspections', bad, ...AS_OF, '--fail-on', 'invalid', '--lang', 'en']);
    expect(r.stderr).toMatch(/bad-inspections\.yaml:7:5 +error +inspection\.unknown-community +.*"fuqiang"/);
    expect(r.stdout).toMatch(/9 ranked, 0 not scored, 1 error in the inspections, /);
    expect(r.code).toBe(1);
    expect(rankJson([d9, '--inspections', bad, ...AS_OF]).json.summary.errors).toBe(1);
    const zh = runCli([
      'rank',
      d9,
      '--inspections',
      bad,
      ...AS_OF,
      '--fail-on',
      'invalid',
      '--lang',
      'zh-CN',
    ]);
    expect(zh.stdout).toMatch(/督查记录错误 1 个，警告/);
  });

  it('report (HTML), trend and plan fail on it; check fails on a record that nearly names its file', () => {
    const html = join(tmp, 'bad.html');
    const report = runCli(['report', d9, '--inspections', bad, ...AS_OF, '-o', html]);
    expect(report.stderr).toMatch(/inspection\.unknown-community/);
    expect(report.code).toBe(1);
    const trend = runCli(['trend', d9, '--inspections', bad, ...AS_OF, '--lang', 'en']);
    expect(trend.stderr).toMatch(/inspection\.unknown-community/);
    expect(trend.stdout).toMatch(/1 error in the inspections/);
    expect(trend.code).toBe(1);
    const good = runCli(['trend', d9, '--inspections', I, ...AS_OF]);
    expect(good.code).toBe(0);
    const plan = runCli(['plan', d9, '--inspections', bad, ...AS_OF, '--fail-on', 'invalid', '--lang', 'en']);
    expect(plan.stderr).toMatch(/inspection\.unknown-community/);
    expect(plan.stderr).toMatch(/1 error/);
    expect(plan.code).toBe(1);
    const check = runCli([
      'check',
      join(ROOT, 'examples/street/fuqian.yaml'),
      '--inspections',
      bad,
      ...AS_OF,
    ]);
    expect(check.stderr).toMatch(/inspection\.unknown-community .*did you mean "fuqian"/);
    expect(check.code).toBe(1);
    // Records about communities check was not given are none of its business.
    const other = runCli(['check', join(ROOT, 'examples/street/fuqian.yaml'), '--inspections', I, ...AS_OF]);
    expect(other.stderr).not.toMatch(/unknown-community/);
    expect(other.code).toBe(0);
  });
});

describe('ids that differ only in case are one claim: a fake GuLou beside the real gulou', () => {
  it('rank: both in doubt, neither ranked; the 50% share is 2/9, not 3/10', () => {
    const { json, stderr, code } = rankJson([d4, ...AS_OF]);
    const ids = json.tables[0]!.ranking.map((r) => r.id);
    expect(ids).not.toContain('GuLou');
    expect(ids).not.toContain('gulou');
    expect(quota(json, 'modern-share')).toMatchObject({ n: 9, reached: 2 });
    expect(stderr).toMatch(
      /aaa-fake\.yaml:3:14 +error +validate\.duplicate-id +id "GuLou" is also used in .*gulou\.yaml \(written "gulou"/,
    );
    expect(code).toBe(1);
  });

  it('validate, trend, check (many files), report --format html and plan mark both', () => {
    const validate = runCli(['validate', d4, '--lang', 'en']);
    expect(validate.stdout.match(/validate\.duplicate-id/g)).toHaveLength(2);
    expect(validate.code).toBe(1);
    const trend = runCli(['trend', d4, ...AS_OF, '-f', 'json']);
    expect(trend.stderr.match(/validate\.duplicate-id/g)).toHaveLength(2);
    const t = JSON.parse(trend.stdout).tables[0];
    expect(t.communities.filter((c: { id: string }) => /^gulou$/i.test(c.id))).toHaveLength(1);
    expect(t.groups[0].periods[0]).toMatchObject({ n: 9, unscored: 1 });
    const check = runCli(['check', d4, '--lang', 'en']);
    expect(check.stdout.match(/validate\.duplicate-id/g)).toHaveLength(2);
    expect(check.code).toBe(1);
    const report = runCli(['report', d4, ...AS_OF, '--format', 'html', '-o', join(tmp, 'd4.html')]);
    expect(report.stderr).toMatch(/validate\.duplicate-id/);
    expect(report.code).toBe(1);
    expect(readFileSync(join(tmp, 'd4.html'), 'utf8')).not.toMatch(/鼓楼社区（GuLou）<\/h/);
    const plan = runCli(['plan', d4, ...AS_OF, '--lang', 'en']);
    expect(plan.stderr).toMatch(/validate\.duplicate-id/);
  });

  it('convert --to yaml writes neither, in any letter case', () => {
    const out = join(tmp, 'd4y');
    const r = runCli(['convert', d4, '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(r.stderr.match(/validate\.duplicate-id/g)).toHaveLength(2);
    expect(existsSync(join(out, 'GuLou.yaml'))).toBe(false);
    expect(existsSync(join(out, 'gulou.yaml'))).toBe(false);
    expect(existsSync(join(out, 'guigan.yaml'))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('a workbook row and a CSV row claiming GuLou are duplicates of the row gulou', async () => {
    const x = join(tmp, 'fake.xlsx');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', x]).code).toBe(0);
    await setIdCell(x, 'guigan', 'GuLou');
    const fromXlsx = rankJson([x, ...AS_OF]);
    expect(fromXlsx.stderr.match(/validate\.duplicate-id/g)).toHaveLength(2);
    expect(fromXlsx.json.tables[0]!.ranking.map((r) => r.id)).not.toContain('GuLou');
    const csv = join(tmp, 'fake.csv');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', csv]).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('guigan,'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace(/^guigan,/, 'GULOU,');
    writeFileSync(csv, lines.join('\n'));
    const fromCsv = runCli(['validate', csv, '--lang', 'en']);
    expect(fromCsv.stdout.match(/validate\.duplicate-id/g)).toHaveLength(2);
    expect(fromCsv.code).toBe(1);
  });

  it('streets: BinJiang beside binjiang (the street-level rubric) is one claim', () => {
    const dir = join(tmp, 'streets');
    cpSync(join(ROOT, 'examples/street-level'), dir, { recursive: true });
    cpSync(join(dir, 'wuma.yaml'), join(dir, 'aaa-fake.yaml'));
    edit(join(dir, 'aaa-fake.yaml'), /id: wuma,/, 'id: BinJiang,');
    const { json, stderr } = rankJson([dir, ...AS_OF]);
    expect(stderr.match(/validate\.duplicate-id/g)).toHaveLength(2);
    const ids = json.tables[0]!.ranking.map((r) => r.id);
    expect(ids).not.toContain('BinJiang');
    expect(ids).not.toContain('binjiang');
  });
});

describe('a look-alike claim: one name under two ids in one street', () => {
  it('rank, validate and trend warn once, naming the other id and file', () => {
    const said = /claim\.same-name +"鼓楼社区" \(gulou\) has the same name as gulou2 \(.*gulou2\.yaml\)/;
    const rank = runCli(['rank', d5, ...AS_OF, '--lang', 'en']);
    expect(rank.stderr).toMatch(said);
    expect(rank.stderr.match(/claim\.same-name/g)).toHaveLength(1);
    const validate = runCli(['validate', d5, '--lang', 'en']);
    expect(validate.stdout).toMatch(said);
    const trend = runCli(['trend', d5, ...AS_OF, '--lang', 'en']);
    expect(trend.stdout + trend.stderr).toMatch(/claim\.same-name/);
    // examples/street alone has none.
    expect(runCli(['rank', join(ROOT, 'examples/street'), ...AS_OF]).stderr).not.toMatch(/same-name/);
  });
});

/** The workbook convert wrote, with the id cell that says `from` saying `to`. */
async function setIdCell(file: string, from: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let done = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === from) {
          cell.value = to;
          done++;
        }
      }),
    ),
  );
  expect(done).toBe(1);
  await wb.xlsx.writeFile(file);
}
