/**
 * Issue 23: `trend` reads submissions through the one intake, so what holds on `rank`'s road
 * holds here: a file's own rubric beside it is refused, two files for one id and period are both
 * marked, a later period never moves the cycle, street names are folded, and a roster counts
 * every listed community in every year's share. Each case failed on the trend of before.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CYCLE_RUBRIC = join(ROOT, 'examples/cycle/district-2005-cycle.yaml');

/** A lenient rubric under the built-in id: a community's own, three lines that matter. */
const lenient = (year: number) => `rubric: district-2005-community
extends: district-2005-community
year: ${year}
tiers:
  - id: modern
    title: { zh-CN: 新型现代化社区, zh-TW: 新型現代化社區, en: New modern community }
    min-score: 60
    requires: []
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trend-intake-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of examples/trend, changed by `edit` (given the copy's folder). */
function copy(name: string, edit: (dir: string) => void): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'examples/trend'), dir, { recursive: true });
  edit(dir);
  return dir;
}

function rewrite(file: string, from: RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

type Point = { period: string; scored: boolean; total: number | null; tier: string | null };
type Community = { id: string; points: Point[]; composite?: { value: number } };
type GroupPeriod = { period: string; n: number; reached: Record<string, number>; missing?: number };
type Group = { key: string | null; periods: GroupPeriod[] };

function trendJson(args: string[]) {
  const r = runCli(['trend', ...args, '-f', 'json', '--lang', 'en']);
  expect(r.code, r.stderr).not.toBe(2);
  const j = JSON.parse(r.stdout);
  const t = j.tables[0];
  return {
    r,
    j,
    table: t,
    community: (id: string): Community => t.communities.find((c: Community) => c.id === id),
    group: (key: string | null): Group => t.groups.find((g: Group) => g.key === key),
  };
}

describe('trend: a rubric beside the file', () => {
  for (const year of [2005, 2099])
    it(`is refused, so a 69-point community stays below the top tier (year ${year})`, () => {
      const dir = copy(`lenient-${year}`, (d) => {
        writeFileSync(join(d, '2006', 'lenient.yaml'), lenient(year));
        rewrite(join(d, '2006', 'dingzi.yaml'), /^rubric: .*$/m, 'rubric: ./lenient.yaml');
      });
      const { r, table, community, group } = trendJson([dir, '--group', 'street']);
      expect(r.stderr).toMatch(/dingzi\.yaml:\d+:\d+ +error +trust\.rubric-not-allowed/);
      // The table's rubric is still the built-in one, with its own tiers.
      expect(table.rubric.id).toBe('district-2005-community');
      expect(table.rubric.title).toBe('2005 community-building targets (community)');
      const p2006 = community('dingzi').points.find((p) => p.period === '2006')!;
      expect(p2006).toMatchObject({ scored: false, total: null, tier: null });
      // 五马街道's 2006 share of the top tier: fuqian, guigan, taoli, as without the rubric.
      const g = group('五马街道').periods.find((p) => p.period === '2006')!;
      expect(g.reached.modern).toBe(3);
      expect(g.n).toBe(9);
    });
});

describe('trend: two files for one community and period', () => {
  it('marks both, and the period counts once, not scored', () => {
    const dir = copy('duplicate', (d) => {
      const fake = readFileSync(join(d, '2006', 'dingzi.yaml'), 'utf8').replace(
        /id: dingzi, name: 丁字社区/,
        'id: huaniutang, name: 花柳塘社区',
      );
      writeFileSync(join(d, '2006', 'zz-fake.yaml'), fake);
    });
    const { r, j, community, group } = trendJson([dir, '--group', 'street']);
    expect(r.code).toBe(1);
    const marked = j.invalid
      .filter((f: { findings: { code: string }[] }) =>
        f.findings.some((x) => x.code === 'validate.duplicate-id'),
      )
      .map((f: { file: string }) => f.file.split('/').pop())
      .sort();
    expect(marked).toEqual(['huaniutang.yaml', 'zz-fake.yaml']);
    const h = community('huaniutang');
    expect(h.points.filter((p) => p.period === '2006')).toEqual([
      expect.objectContaining({ scored: false, total: null }),
    ]);
    // Its change is no longer the fake's −31 (nor any "down" move made from it).
    expect(h.points.find((p) => p.period === '2005')!.total).toBe(93);
    // Nine communities in the street, not ten.
    expect(group('五马街道').periods.find((p) => p.period === '2006')!.n).toBe(9);
  });
});

describe('trend: a period later than the day it is judged on', () => {
  for (const asOf of [['--as-of', '2006-12-31'], []])
    it(`is marked and moves no one else's cycle (${asOf.join(' ') || 'today'})`, () => {
      const dir = copy(`period-2099-${asOf.length}`, (d) => {
        mkdirSync(join(d, '2099'));
        const text = readFileSync(join(d, '2006', 'lingou.yaml'), 'utf8');
        writeFileSync(join(d, '2099', 'lingou.yaml'), text.replace(/^period: 2006$/m, 'period: 2099'));
      });
      const { j, table, community } = trendJson([dir, '--rubric', CYCLE_RUBRIC, ...asOf]);
      // The one code every command gives a period outside its rubric's year (issue #23, item 6).
      // Set apart and listed with the files not scored, as rank lists it.
      const note = j.invalid
        .flatMap((i: { findings: { code: string }[] }) => i.findings)
        .find((n: { code: string }) => n.code === 'period.rubric-year');
      expect(note).toMatchObject({ severity: 'warning', file: join(dir, '2099', 'lingou.yaml') });
      expect(note.line).toBeGreaterThan(1);
      expect(table.periods).toEqual(['2004', '2005', '2006']);
      expect(table.cycle.years).toEqual(['2004', '2005', '2006']);
      expect(community('fuqian').composite?.value).toBeGreaterThan(0);
      expect(community('lingou').composite?.value).toBeGreaterThan(0);
      // lingou has its 2006 file: the 2099 one is a stray, counted nowhere, never a second lingou.
      expect(community('lingou').points.map((p: { period: string }) => p.period)).toEqual([
        '2004',
        '2005',
        '2006',
      ]);
    });
});

describe('trend: street names', () => {
  it('are folded: 五馬 and 五马街道 are one street, as in rank', () => {
    const dir = copy('folded', (d) => {
      rewrite(join(d, '2006', 'dingzi.yaml'), /street: 五马街道/, 'street: 五馬');
    });
    const { group, table } = trendJson([dir, '--group', 'street']);
    expect(table.groups.map((g: Group) => g.key)).toEqual(['五马街道']);
    expect(group('五马街道').periods.find((p) => p.period === '2006')!.n).toBe(9);
  });
});

describe('trend --roster', () => {
  it("counts a listed community that sent nothing in a year in that year's share", () => {
    const roster = join(tmp, 'roster.csv');
    const ids = [
      'dingzi',
      'fuqian',
      'guigan',
      'gulou',
      'huaniutang',
      'lingou',
      'qingnianfang',
      'taoli',
      'wumajie',
    ];
    writeFileSync(roster, `street,id,name\n${ids.map((id) => `五马街道,${id},${id}`).join('\n')}\n`);
    const { group } = trendJson(['examples/trend', '--group', 'street', '--roster', roster]);
    // qingnianfang has no 2004 file: 2004 counts nine, not eight.
    const p2004 = group('五马街道').periods.find((p) => p.period === '2004')!;
    expect(p2004).toMatchObject({ n: 9, missing: 1 });
    const text = runCli(['trend', 'examples/trend', '--group', 'street', '--roster', roster, '--lang', 'en']);
    expect(text.stdout).toMatch(
      /五马街道, 2004: New modern community 22\.2% \(2 of 9\).*1 on the roster sent no file/,
    );
  });

  it("says a file's street or id that differs from the roster, as rank does", () => {
    const roster = join(tmp, 'roster-differs.csv');
    writeFileSync(roster, 'street,id,name\n五马街道,dingzi,丁字社区\n五马街道,fuqian,府前社区\n');
    const dir = copy('roster-differs', (d) => {
      rewrite(join(d, '2005', 'dingzi.yaml'), /street: 五马街道/, 'street: 松台街道');
      rewrite(join(d, '2005', 'fuqian.yaml'), /id: fuqian/, 'id: FuQian');
    });
    const said = (cmd: string, input: string) => {
      const r = runCli([
        cmd,
        input,
        '--group',
        'street',
        '--roster',
        roster,
        '--as-of',
        '2006-12-31',
        '--lang',
        'en',
      ]);
      // trend says its notes under its table, rank on stderr.
      return `${r.stdout}\n${r.stderr}`
        .split('\n')
        .filter((l) => /roster\.(street-differs|id-case)/.test(l))
        .map((l) => l.trim().replace(/^.*?(\d{4}\/\w+\.yaml)/, '$1'));
    };
    const trend = said('trend', dir);
    expect(trend).toEqual(said('rank', join(dir, '2005')));
    expect(trend).toHaveLength(2);
  });

  it('is refused when it cannot be read (exit 2), as for rank', () => {
    const r = runCli([
      'trend',
      'examples/trend',
      '--roster',
      join(tmp, 'no-such-roster.csv'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-roster.csv');
    expect(r.stderr).not.toMatch(/unknown option/);
  });
});

describe('trend: a cycle of more years than the files give', () => {
  it('makes no composite and says so, in each language (2005 and 2006 for 15% / 25% / 60%)', () => {
    const dir = copy('cycle-short', (d) => rmSync(join(d, '2004'), { recursive: true }));
    const args = ['trend', dir, '--rubric', CYCLE_RUBRIC, '--as-of', '2006-12-31'];
    const { table } = trendJson(args.slice(1));
    expect(table.cycle).toBeUndefined();
    const en = runCli([...args, '--lang', 'en']);
    expect(en.stdout).toContain(
      'warning  trend.cycle-short  the cycle takes 3 years, and the files give 2005 and 2006: no composite is made',
    );
    expect(en.stdout).not.toContain('Cycle composite');
    const zh = runCli([...args, '--lang', 'zh-CN']);
    expect(zh.stdout).not.toMatch(/桂柑社区（guigan）\s+40\b/);
    expect(zh.stdout).toContain('周期需要 3 年，而文件只有 2005、2006：不计算综合得分');
    const tw = runCli([...args, '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('週期需要 3 年，而檔案只有 2005、2006：不計算綜合得分');
  });
});

describe('trend: one community’s lone year is no year of the cycle', () => {
  it('a 2007 file only 丁字 sent leaves every other composite as it was, and is said, in each language', () => {
    const base = trendJson([join(ROOT, 'examples/trend'), '--rubric', CYCLE_RUBRIC]);
    const dir = copy('lone-year', (d) => {
      mkdirSync(join(d, '2007'));
      const text = readFileSync(join(d, '2006', 'dingzi.yaml'), 'utf8').replace(
        'period: 2006',
        'period: 2007',
      );
      writeFileSync(join(d, '2007', 'dingzi.yaml'), text);
    });
    const after = trendJson([dir, '--rubric', CYCLE_RUBRIC]);
    // The cycle is still 2004–2006, and no community lost its composite (丁字's 2007 is shown only).
    expect(after.table.cycle.years).toEqual(['2004', '2005', '2006']);
    for (const c of base.table.communities as Community[])
      expect(after.community(c.id).composite?.value, c.id).toBe(c.composite?.value);
    expect(after.table.periods).toContain('2007');
    const en = runCli(['trend', dir, '--rubric', CYCLE_RUBRIC, '--lang', 'en']);
    expect(en.stdout).toContain(
      "warning  trend.cycle-thin-year  period 2007 has files from 1 of the table's 9 communities: it is shown, but it is no year of the cycle",
    );
    expect(en.stdout).toMatch(/2007\/dingzi\.yaml {2}warning {2}trend\.cycle-thin-year/);
    expect(en.stdout).not.toContain('no file for 2007');
    const zh = runCli(['trend', dir, '--rubric', CYCLE_RUBRIC, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('期间2007只有1个社区报送了文件（本表共9个）：照常列出，但不作为周期年度');
    const tw = runCli(['trend', dir, '--rubric', CYCLE_RUBRIC, '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('期間2007只有1個社區報送了檔案（本表共9個）：照常列出，但不作為週期年度');
  });
});
