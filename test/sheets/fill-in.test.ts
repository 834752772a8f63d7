/**
 * init --format xlsx|csv and convert, through the built binary. The workbook init writes is opened
 * again with exceljs (titles, hidden id row, drop-down lists and number rules, comments, frozen
 * panes, A4 print set-up, the guide sheet), filled in with exceljs as a community would, and
 * ranked: the scores are the example street's, the findings at their cells. convert carries the
 * examples YAML → xlsx → YAML and YAML → CSV → YAML scoring the same, byte-identical where civscore
 * wrote the YAML; formula-like names stay text; what has no column is a finding.
 */

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
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
import { parse } from 'yaml';
import { loadRubric } from '../../src/load/rubrics.js';
import { parseFlag } from '../../src/model/figures.js';
import { buildNameIndex } from '../../src/model/names.js';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const ZH = ['--lang', 'zh-CN'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-fill-in-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Each community's id, score and tier from rank --format json: what "scores identically" compares. */
function scores(inputs: string[], extra: string[] = []): string[] {
  const r = runCli([...ZH, 'rank', ...inputs, ...AS_OF, '--format', 'json', ...extra]);
  expect(r.stdout).not.toBe('');
  const j = JSON.parse(r.stdout) as {
    tables: { ranking: { id: string; total: number; tier?: string }[] }[];
  };
  return j.tables.flatMap((t) => t.ranking.map((x) => `${x.id} ${x.total} ${x.tier ?? '-'}`)).sort();
}

/** The column of each id in the hidden second row. */
function keyColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const keys = new Map<string, number>();
  ws.getRow(2).eachCell((c, col) => {
    keys.set(String(c.value), col);
  });
  return keys;
}

describe('init --format xlsx', () => {
  it('writes the fill-in workbook: a row per roster community, titles with units, hidden ids, lists, rules, comments, frozen header, A4', async () => {
    const out = join(tmp, '自评采集表.xlsx');
    const r = runCli([
      ...ZH,
      'init',
      '--rubric',
      'district-2005-community',
      '--format',
      'xlsx',
      '--out',
      out,
      '--roster',
      'examples/rosters/wuma-street.csv',
      '--period',
      '2005',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已写入');
    const wb = await read(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评', '填表说明']);
    const ws = wb.getWorksheet('自评')!;
    const titles = ws.getRow(1).values as unknown[];
    expect(titles.slice(1, 7)).toEqual(['编号', '社区名称', '街道', '区', '社区类型', '年度']);
    expect(titles).toContain('服务站、服务用房面积（平方米）');
    expect(titles).toContain('居委会干部高中以上文化程度比例（%）');
    expect(titles).toContain('社区户数（户）');
    expect(titles).toContain('评分细则');
    expect(ws.getRow(2).hidden).toBe(true);
    const keys = keyColumns(ws);
    expect([...keys.keys()]).toEqual(
      expect.arrayContaining(['id', 'name', 'service-area', 'open-affairs', 'culture-room.count', 'rubric']),
    );
    // Roster rows: id, name, street, district and the period filled in, the rubric beside them.
    const ids: string[] = [];
    for (let n = 3; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      if (row.getCell(1).value) ids.push(String(row.getCell(1).value));
    }
    expect(ids).toHaveLength(9);
    expect(ids).toContain('dingzi');
    const dingzi = ws.getRow(3 + ids.indexOf('dingzi'));
    expect(dingzi.getCell(keys.get('name')!).value).toBe('丁字社区');
    expect(dingzi.getCell(keys.get('street')!).value).toBe('五马街道');
    expect(dingzi.getCell(keys.get('period')!).value).toBe(2005);
    expect(dingzi.getCell(keys.get('rubric')!).value).toBe('district-2005-community');
    // Drop-down lists for flags, number rules for areas, counts and rates, down to spare rows.
    const col = (k: string) => ws.getColumn(keys.get(k)!).letter;
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(dv[`${col('open-affairs')}3`]).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(dv[`${col('open-affairs')}400`]).toMatchObject({ type: 'list' });
    expect(dv[`${col('service-area')}3`]).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(dv[`${col('households')}3`]).toMatchObject({ type: 'whole' });
    expect(dv[`${col('cadre-education-rate')}3`]).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1],
    });
    expect(ws.getColumn(keys.get('cadre-education-rate')!).numFmt).toBe('0%');
    // A comment on every header: what it is, the criteria that use it, the source's words.
    const raw = ws.getRow(1).getCell(keys.get('service-area')!).note as
      | string
      | { texts: { text: string }[] };
    const note = typeof raw === 'string' ? raw : raw.texts.map((t) => t.text).join('');
    expect(note).toContain('用于评分项：服务站、服务用房达150平方米以上');
    expect(note).toContain('出处：各社区居委会服务站、服务用房面积均达150平方米以上');
    for (let c = 1; c <= keys.size; c++) expect(ws.getRow(1).getCell(c).note).toBeTruthy();
    // Frozen under the two header rows and right of the name; widths for Chinese titles; A4 landscape.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
    expect(ws.getColumn(keys.get('service-area')!).width).toBeGreaterThanOrEqual(15);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:2' });
    // The guide: the rubric's title and source, how to fill in masked or unknown figures.
    const guide = JSON.stringify(wb.getWorksheet('填表说明')!.getSheetValues());
    expect(guide).toContain('2005年社区建设目标（社区）（district-2005-community）自评采集表');
    expect(guide).toContain('来源：');
    expect(guide).toContain('不要填“**”');
    expect(guide).toContain('civscore validate 自评采集表.xlsx');
  });

  it('comes back filled in and is ranked like the example street, findings at their cells', async () => {
    const blank = join(tmp, 'blank.xlsx');
    expect(
      runCli([
        ...ZH,
        'init',
        '-r',
        'district-2005-community',
        '-f',
        'xlsx',
        '--out',
        blank,
        '--roster',
        'examples/rosters/wuma-street.yaml',
        '--period',
        '2005',
      ]).code,
    ).toBe(0);
    const wb = await read(blank);
    const ws = wb.getWorksheet('自评')!;
    const keys = keyColumns(ws);
    const rubric = loadRubric('district-2005-community').rubric!;
    const names = buildNameIndex(rubric);
    let masked = '';
    for (let n = 3; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const id = row.getCell(1).value;
      if (!id) continue;
      const d = parse(readFileSync(`examples/street/${id}.yaml`, 'utf8'));
      // The type from the drop-down (the example's label).
      row.getCell(keys.get('type')!).value = d.community.type;
      for (const [k, v] of Object.entries(d.metrics as Record<string, unknown>)) {
        const type = rubric.metrics[k]!.type;
        // As a community fills it in: 是/否 from the list, a rate as a percentage cell, numbers as numbers.
        const flag = parseFlag(v);
        row.getCell(keys.get(k)!).value =
          type === 'flag' && flag.ok
            ? flag.value
              ? '是'
              : '否'
            : type === 'rate' && typeof v === 'string'
              ? Number.parseFloat(v) / 100
              : (v as string | number);
        if (type === 'rate') row.getCell(keys.get(k)!).numFmt = '0%';
      }
      for (const f of d.facilities as { kind: string; area?: string }[]) {
        const fid = names.resolve(f.kind)!;
        row.getCell(keys.get(`${fid}.count`)!).value = 1;
      }
      if (id === 'taoli') {
        row.getCell(keys.get('households')!).value = '**';
        masked = `${ws.getColumn(keys.get('households')!).letter}${n}`;
      }
    }
    // A column moved: the reader goes by the hidden ids, not the place.
    const filled = join(tmp, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const r = runCli([...ZH, 'rank', filled, ...AS_OF]);
    expect(r.stderr).toContain(`filled.xlsx:自评!${masked}  错误  value.masked`);
    const expected = scores(['examples/street']).filter((s) => !s.startsWith('taoli'));
    expect(scores([filled]).filter((s) => !s.startsWith('taoli'))).toEqual(expected);
  });

  it('without --roster: a few rows with only the period and rubric, which the reader passes over', async () => {
    const out = join(tmp, 'empty.xlsx');
    expect(
      runCli([...ZH, 'init', '-r', 'liuhao-2008', '-f', 'xlsx', '--out', out, '--period', '2008']).code,
    ).toBe(0);
    const ws = (await read(out)).getWorksheet('自评')!;
    const keys = keyColumns(ws);
    for (let n = 3; n <= 12; n++) {
      expect(ws.getRow(n).getCell(keys.get('id')!).value).toBeNull();
      expect(ws.getRow(n).getCell(keys.get('period')!).value).toBe(2008);
      expect(ws.getRow(n).getCell(keys.get('rubric')!).value).toBe('liuhao-2008');
    }
    const v = runCli([...ZH, 'validate', out]);
    expect(v.stdout + v.stderr).toContain('sheet.no-rows');
    expect(v.stdout + v.stderr).not.toContain('assessment.metric-missing');
  });

  it('refuses what it cannot do: xlsx without --out, a bad --period, --roster for YAML, an existing file', () => {
    expect(runCli(['init', '-r', 'liuhao-2008', '-f', 'xlsx']).code).toBe(2);
    const p = runCli([...ZH, 'init', '-r', 'liuhao-2008', '--period', '08']);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('--period 08');
    const ros = runCli([...ZH, 'init', '-r', 'liuhao-2008', '--roster', 'examples/rosters/wuma-street.csv']);
    expect(ros.code).toBe(2);
    expect(ros.stderr).toContain('--format xlsx');
    const out = join(tmp, 'exists.xlsx');
    writeFileSync(out, 'x');
    expect(runCli(['init', '-r', 'liuhao-2008', '-f', 'xlsx', '--out', out]).code).toBe(1);
    expect(runCli(['init', '-r', 'liuhao-2008', '-f', 'xlsx', '--out', out, '--force']).code).toBe(0);
  });
});

describe('init --format csv', () => {
  it('prints the header rows the reader takes; filled in, it is checked at file:line:column', () => {
    const r = runCli([
      '--lang',
      'zh-TW',
      'init',
      '-r',
      'district-2005-community',
      '-f',
      'csv',
      '--period',
      '2005',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^編號,社區名稱,街道,區,社區類型,年度,服務站、服務用房面積（平方公尺）/);
    expect(lines[1]).toMatch(/^id,name,street,district,type,period,service-area,/);
    const keys = lines[1]!.split(',');
    const values = keys.map((k) =>
      k === 'id'
        ? 'dingzi'
        : k === 'name'
          ? '丁字社区'
          : k === 'period'
            ? '2005'
            : k === 'rubric'
              ? 'district-2005-community'
              : k === 'service-area'
                ? '120 kg'
                : '',
    );
    const file = join(tmp, 'one.csv');
    writeFileSync(file, `${lines[0]}\r\n${lines[1]}\r\n${values.join(',')}\r\n`);
    const v = runCli(['validate', file]);
    expect(v.stdout).toContain(`${file}:3:7  error  value.unit`);
  });
});

describe('convert', () => {
  const C = (args: string[]) => runCli([...ZH, 'convert', ...args]);

  for (const ex of [
    'examples/street',
    'examples/complete-community',
    'examples/street-level',
    'examples/liuhao',
  ])
    it(`carries ${ex} YAML → xlsx → YAML and → CSV → YAML scoring the same, byte-identical the second time`, () => {
      const name = ex.replace(/\W/g, '-');
      const book = join(tmp, `${name}.xlsx`);
      const r = C([ex, '--to', 'xlsx', '-o', book]);
      expect(r.code, r.stderr).toBe(0);
      const yaml1 = join(tmp, `${name}-yaml1`);
      expect(C([book, '--to', 'yaml', '-o', yaml1]).code).toBe(0);
      expect(scores([book])).toEqual(scores([ex]));
      expect(scores([yaml1])).toEqual(scores([ex]));
      // civscore's own YAML: through the workbook and through CSV, byte for byte.
      const book2 = join(tmp, `${name}-2.xlsx`);
      const yaml2 = join(tmp, `${name}-yaml2`);
      expect(C([yaml1, '--to', 'xlsx', '-o', book2]).code).toBe(0);
      expect(C([book2, '--to', 'yaml', '-o', yaml2]).code).toBe(0);
      const csv = join(tmp, `${name}.csv`);
      const yaml3 = join(tmp, `${name}-yaml3`);
      expect(C([yaml1, '--to', 'csv', '-o', csv]).code).toBe(0);
      expect(C([csv, '--to', 'yaml', '-o', yaml3]).code).toBe(0);
      expect(scores([csv])).toEqual(scores([ex]));
      const files = readdirSync(yaml1).sort();
      expect(files.length).toBeGreaterThan(0);
      expect(readdirSync(yaml2).sort()).toEqual(files);
      expect(readdirSync(yaml3).sort()).toEqual(files);
      for (const f of files) {
        const text = readFileSync(join(yaml1, f), 'utf8');
        expect(readFileSync(join(yaml2, f), 'utf8'), `${ex} ${f} via xlsx`).toBe(text);
        expect(readFileSync(join(yaml3, f), 'utf8'), `${ex} ${f} via csv`).toBe(text);
      }
    }, 180_000);

  it("keeps init's YAML template, filled in, byte for byte through the workbook", () => {
    const rubric = loadRubric('complete-community-2020').rubric!;
    let text = runCli([...ZH, 'init', '-r', 'complete-community-2020']).stdout;
    text = text
      .replace('  id: ~', '  id: qiaotou')
      .replace('  name: ~', '  name: 桥头社区')
      .replace('  street: ~', '  street: 新桥街道')
      .replace('  district: ~', '  district: 瓯海区')
      .replace(/^period: .*$/m, 'period: 2020');
    text = text.replace(/^ {2}([a-z-]+): ~$/gm, (_l, id: string) => {
      const t = rubric.metrics[id]!.type;
      return `  ${id}: ${t === 'flag' ? 'true' : t === 'rate' ? '85%' : t === 'grade' ? 'A' : t === 'area' ? '120 m2' : '3000'}`;
    });
    text = text.replace(/area: ~/g, 'area: 150').replace(/count: ~/g, 'count: 2');
    const dir = join(tmp, 'template');
    mkdirSync(dir);
    writeFileSync(join(dir, 'qiaotou.yaml'), text);
    const book = join(tmp, 'template.xlsx');
    expect(C([dir, '--to', 'xlsx', '-o', book]).code).toBe(0);
    const back = join(tmp, 'template-back');
    expect(C([book, '--to', 'yaml', '-o', back]).code).toBe(0);
    expect(readFileSync(join(back, 'qiaotou.yaml'), 'utf8')).toBe(text);
  });

  it('writes names, streets and notes that look like formulas as text, and reads them back exactly', async () => {
    const dir = join(tmp, 'inject');
    mkdirSync(dir);
    const names = ['=HYPERLINK("http://x","点我")', "'=already escaped", '@SUM(A1)'];
    names.forEach((name, i) =>
      writeFileSync(
        join(dir, `c${i}.yaml`),
        `rubric: liuhao-2008\ncommunity: { id: c${i}, name: ${JSON.stringify(name)}, street: "+1+2", district: "-2+3" }\nperiod: 2008\nnotes: "=1+1"\n`,
      ),
    );
    const book = join(tmp, 'inject.xlsx');
    expect(C([dir, '--to', 'xlsx', '-o', book]).code).toBe(0);
    const ws = (await read(book)).getWorksheet('自评')!;
    const keys = keyColumns(ws);
    const row = ws.getRow(3);
    expect(row.getCell(keys.get('name')!).value).toBe(`'${names[0]}`);
    expect(row.getCell(keys.get('street')!).value).toBe("'+1+2");
    expect(row.getCell(keys.get('notes')!).value).toBe("'=1+1");
    expect(row.getCell(keys.get('name')!).type).toBe(ExcelJS.ValueType.String);
    const csv = join(tmp, 'inject.csv');
    expect(C([dir, '--to', 'csv', '-o', csv]).code).toBe(0);
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvText).toContain("''=already escaped");
    for (const [from, name] of [
      [book, 'xlsx'],
      [csv, 'csv'],
    ] as const) {
      const back = join(tmp, `inject-back-${name}`);
      expect(C([from, '--to', 'yaml', '-o', back]).code).toBe(0);
      names.forEach((n, i) => {
        const d = parse(readFileSync(join(back, `c${i}.yaml`), 'utf8'));
        expect(d.community.name).toBe(n);
        expect(d.community.street).toBe('+1+2');
        expect(d.community.district).toBe('-2+3');
        expect(d.notes).toBe('=1+1');
      });
    }
  });

  it('reports what has no column, where it is, and still converts the rest', () => {
    const dir = join(tmp, 'dropped');
    mkdirSync(dir);
    copyFileSync('examples/street/dingzi.yaml', join(dir, 'dingzi.yaml'));
    writeFileSync(
      join(dir, 'odd.yaml'),
      [
        'rubric: district-2005-community',
        'community: { id: odd, name: 奇怪社区, street: 五马街道, district: 鹿城区 }',
        'period: 2005',
        'metrics:',
        '  service-area: 160',
        '  servce-area: 20',
        'facilities:',
        '  - { kind: 文化室, area: 45 m2, note: 借用 }',
        '  - { kind: 文化室, area: 10 m2 }',
        '  - { kind: 游泳池 }',
        '',
      ].join('\n'),
    );
    const book = join(tmp, 'dropped.xlsx');
    const r = C([dir, '--to', 'xlsx', '-o', book]);
    expect(r.code).toBe(0);
    const odd = join(dir, 'odd.yaml');
    expect(r.stderr).toContain(`${odd}:6:3  警告  convert.dropped.unknown-metric`);
    expect(r.stderr).toContain(`${odd}:8:31  警告  convert.dropped.note`);
    expect(r.stderr).toContain(`${odd}:9:5  警告  convert.dropped.repeated-facility`);
    expect(r.stderr).toContain(`${odd}:10:7  警告  convert.dropped.unknown-facility`);
    expect(r.stderr).toContain('已把 2 个文件中的 2 个社区转换到');
  });

  it('never overwrites without --force, refuses clashing ids, and says what it cannot write', () => {
    const out = join(tmp, 'force');
    expect(C(['examples/street', '--to', 'yaml', '-o', out]).code).toBe(0);
    const again = C(['examples/street', '--to', 'yaml', '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('convert.exists');
    expect(C(['examples/street', '--to', 'yaml', '-o', out, '--force']).code).toBe(0);
    // The same community twice (here in two folders, one rubric and period): both are marked as
    // duplicate claims, as rank marks them, and neither is written over the other.
    const clash = C(['examples/street', 'examples/street-broken', '--to', 'yaml', '-o', join(tmp, 'clash')]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('validate.duplicate-id');
    expect(existsSync(join(tmp, 'clash', 'gulou.yaml'))).toBe(false);
    // A workbook that exists, a file given as the YAML folder, a CSV of two rubrics.
    const book = join(tmp, 'exists-book.xlsx');
    writeFileSync(book, 'x');
    expect(C(['examples/street', '--to', 'xlsx', '-o', book]).code).toBe(1);
    expect(C(['examples/street', '--to', 'yaml', '-o', book]).code).toBe(2);
    const two = C(['examples/street', 'examples/liuhao', '--to', 'csv', '-o', join(tmp, 'two.csv')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('district-2005-community');
    const both = join(tmp, 'two.xlsx');
    expect(C(['examples/street', 'examples/liuhao', '--to', 'xlsx', '-o', both]).code).toBe(0);
    expect(scores([both])).toEqual(scores(['examples/street', 'examples/liuhao']));
  });

  it('has help in three languages', () => {
    expect(runCli(['convert', '--help', '--lang', 'zh-CN']).stdout).toContain(
      '在 YAML 文件、.xlsx 工作簿和 CSV 之间转换',
    );
    expect(runCli(['convert', '--help', '--lang', 'zh-TW']).stdout).toContain('活頁簿');
    expect(runCli(['convert', '--help', '--lang', 'en']).stdout).toMatch(/without\s+losing a value/);
    expect(runCli(['init', '--help', '--lang', 'zh-CN']).stdout).toContain('按此名册每个社区一行');
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

describe('LibreOffice Calc (when installed)', () => {
  it.skipIf(!soffice)(
    "opens init's workbook; its sheet saved as CSV is read back by civscore",
    () => {
      const dir = join(tmp, 'lo');
      mkdirSync(dir);
      const book = join(dir, 'book.xlsx');
      expect(
        runCli([
          ...ZH,
          'init',
          '-r',
          'district-2005-community',
          '-f',
          'xlsx',
          '--out',
          book,
          '--roster',
          'examples/rosters/wuma-street.csv',
          '--period',
          '2005',
        ]).code,
      ).toBe(0);
      const lo = spawnSync(
        soffice,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          book,
          '--outdir',
          dir,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      expect(lo.status).toBe(0);
      const csv = join(dir, 'book-自评.csv');
      const text = readFileSync(csv, 'utf8');
      expect(text.split('\n')[1]).toMatch(/^id,name,street,district,type,period,service-area,/);
      // Every roster community is there, with nothing filled in yet: one line each, by name.
      const v = runCli(['validate', csv]);
      expect(v.code).toBe(1);
      expect(v.stdout).toMatch(/book-自评\.csv:3:1 {2}error {2}sheet\.row-unfilled {2}丁字社区/);
      expect(v.stdout.match(/sheet\.row-unfilled/g)).toHaveLength(9);
    },
    200_000,
  );
});
