/**
 * Issue 23: trend's protections (intake.test.ts) hold whatever the format of the submissions.
 * examples/trend, changed as each case needs, is converted period by period into one .csv or one
 * .xlsx per year (by `convert`), and trend reads the workbooks as it reads the YAML folders: a
 * row's own rubric refused, two rows for one id and period both marked, a later period moving
 * no one's cycle, 五馬 folded into 五马街道, and the roster counting every listed community.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CYCLE_RUBRIC = join(ROOT, 'examples/cycle/district-2005-cycle.yaml');
const LENIENT = `rubric: district-2005-community
extends: district-2005-community
tiers:
  - id: modern
    title: { zh-CN: 新型现代化社区, zh-TW: 新型現代化社區, en: New modern community }
    min-score: 60
    requires: []
`;
const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trend-formats-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A period's folder as text: each file's name and contents. */
const folderText = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');

/** `convert` of a period's folder into `<out>/<period>.<format>`. */
function convert(from: string, out: string, period: string, format: Format): void {
  const r = runCli(['convert', from, '--to', format, '-o', join(out, `${period}.${format}`)]);
  expect(r.code, r.stderr).not.toBe(2);
}

/**
 * A period of examples/trend as it is, converted once per format into `<period>.<format>` (the
 * name the workbook's guide repeats): a case that leaves the period as it is copies it.
 */
const unchanged = new Map<string, string>();
function unchangedSheet(period: string, format: Format): string {
  const key = `${format}/${period}`;
  if (!unchanged.has(key)) {
    const out = join(tmp, 'unchanged', format);
    mkdirSync(out, { recursive: true });
    convert(join(ROOT, 'examples/trend', period), out, period, format);
    unchanged.set(key, join(out, `${period}.${format}`));
  }
  return unchanged.get(key)!;
}

/**
 * A copy of examples/trend changed by `edit`, each period's folder converted into one
 * `<period>.<format>` in a folder of its own (returned), as a street office would send them.
 */
function sheets(name: string, format: Format, edit: (dir: string) => void): string {
  const yaml = join(tmp, name, 'yaml');
  const out = join(tmp, name, format);
  cpSync(join(ROOT, 'examples/trend'), yaml, { recursive: true });
  edit(yaml);
  mkdirSync(out, { recursive: true });
  for (const period of readdirSync(yaml)) {
    const original = join(ROOT, 'examples/trend', period);
    if (existsSync(original) && folderText(original) === folderText(join(yaml, period)))
      copyFileSync(unchangedSheet(period, format), join(out, `${period}.${format}`));
    else convert(join(yaml, period), out, period, format);
  }
  return out;
}

function rewrite(file: string, from: RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

/** Names `named` in the rubric cell of `id`'s row of a sheet that `convert` wrote. */
async function rubricCell(sheet: string, id: string, named: string): Promise<void> {
  if (sheet.endsWith('.csv')) {
    const lines = readFileSync(sheet, 'utf8').split('\r\n');
    const i = lines.findIndex((l) => l.startsWith(`${id},`));
    expect(lines[i]).toContain(',district-2005-community,');
    lines[i] = lines[i]!.replace(',district-2005-community,', `,${named},`);
    writeFileSync(sheet, lines.join('\r\n'));
    return;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheet);
  const ws = wb.worksheets[0]!;
  const ids = ws.getRow(2).values as unknown[];
  const col = ids.indexOf('rubric');
  expect(col).toBeGreaterThan(0);
  let found = false;
  for (let r = 3; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(1).value === id) {
      ws.getRow(r).getCell(col).value = named;
      found = true;
    }
  expect(found).toBe(true);
  await wb.xlsx.writeFile(sheet);
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

/** A row's place as findings name it: `2006.csv:7`, `2006.xlsx:'Self-assessment'!A7`. */
const rowPlace = (format: Format, period: string) =>
  format === 'csv' ? `${period}\\.csv:\\d+` : `${period}\\.xlsx:'Self-assessment'![A-Z]+\\d+`;

describe.each(FORMATS)('trend over .%s submissions', (format) => {
  it("refuses a row's own rubric beside the workbook: no lift to the top tier", async () => {
    const dir = sheets(`lenient-${format}`, format, () => {});
    writeFileSync(join(dir, 'lenient.yaml'), LENIENT);
    await rubricCell(join(dir, `2006.${format}`), 'dingzi', './lenient.yaml');
    const { r, table, community, group } = trendJson([dir, '--group', 'street']);
    expect(r.stderr).toMatch(
      new RegExp(`${rowPlace(format, '2006')}(:\\d+)? +error +trust\\.rubric-not-allowed`),
    );
    expect(table.rubric.id).toBe('district-2005-community');
    const p2006 = community('dingzi').points.find((p) => p.period === '2006')!;
    expect(p2006).toMatchObject({ scored: false, total: null, tier: null });
    const g = group('五马街道').periods.find((p) => p.period === '2006')!;
    expect(g.reached.modern).toBe(3);
    expect(g.n).toBe(9);
  });

  it('marks two rows for one community and period, and counts the period once', () => {
    const dir = sheets(`duplicate-${format}`, format, (d) => {
      const fake = readFileSync(join(d, '2006', 'dingzi.yaml'), 'utf8').replace(
        /id: dingzi, name: 丁字社区/,
        'id: huaniutang, name: 花柳塘社区',
      );
      writeFileSync(join(d, '2006', 'zz-fake.yaml'), fake);
    });
    const { r, j, community, group } = trendJson([dir, '--group', 'street']);
    expect(r.code).toBe(1);
    const marked = j.invalid.filter((f: { findings: { code: string }[] }) =>
      f.findings.some((x) => x.code === 'validate.duplicate-id'),
    );
    expect(marked).toHaveLength(2);
    const h = community('huaniutang');
    expect(h.points.filter((p) => p.period === '2006')).toEqual([
      expect.objectContaining({ scored: false, total: null }),
    ]);
    expect(h.points.find((p) => p.period === '2005')!.total).toBe(93);
    expect(group('五马街道').periods.find((p) => p.period === '2006')!.n).toBe(9);
  });

  it('marks a row of period 2099 and moves no one else’s cycle', () => {
    const dir = sheets(`period-2099-${format}`, format, (d) => {
      mkdirSync(join(d, '2099'));
      const text = readFileSync(join(d, '2006', 'lingou.yaml'), 'utf8');
      writeFileSync(join(d, '2099', 'lingou.yaml'), text.replace(/^period: 2006$/m, 'period: 2099'));
    });
    const { j, table, community } = trendJson([dir, '--rubric', CYCLE_RUBRIC, '--as-of', '2006-12-31']);
    // The one code every command gives a period outside its rubric's year (issue #23, item 6).
    // Set apart and listed with the files not scored, as rank lists it.
    const note = j.invalid
      .flatMap((i: { findings: { code: string }[] }) => i.findings)
      .find((n: { code: string }) => n.code === 'period.rubric-year');
    expect(`${note.file}${note.sheet ? `:${note.sheet}` : ''}`).toContain('2099');
    expect(note.severity).toBe('warning');
    expect(table.periods).toEqual(['2004', '2005', '2006']);
    expect(table.cycle.years).toEqual(['2004', '2005', '2006']);
    expect(community('fuqian').composite?.value).toBeGreaterThan(0);
    expect(community('lingou').composite?.value).toBeGreaterThan(0);
  });

  it('folds 五馬 into 五马街道, as rank does', () => {
    const dir = sheets(`folded-${format}`, format, (d) =>
      rewrite(join(d, '2006', 'dingzi.yaml'), /street: 五马街道/, 'street: 五馬'),
    );
    const { group, table } = trendJson([dir, '--group', 'street']);
    expect(table.groups.map((g: Group) => g.key)).toEqual(['五马街道']);
    expect(group('五马街道').periods.find((p) => p.period === '2006')!.n).toBe(9);
  });

  it("with --roster, counts a listed community that sent nothing in a year in that year's share", () => {
    const dir = sheets(`roster-${format}`, format, () => {});
    const roster = join(tmp, `roster-${format}.csv`);
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
    const { group } = trendJson([dir, '--group', 'street', '--roster', roster]);
    expect(group('五马街道').periods.find((p) => p.period === '2004')!).toMatchObject({ n: 9, missing: 1 });
  });
});
