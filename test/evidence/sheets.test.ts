/**
 * Evidence (台账) in spreadsheet submissions: a photo pasted into a WPS cell (`=DISPIMG("ID_…",1)`,
 * the picture in xl/cellimages.xml and xl/media/) counts as evidence of its row; a 台账 column's
 * text lists paths (and sha256) as a YAML file does, in .xlsx and .csv alike. The workbook is
 * built here part by part, as WPS writes one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../src/batch/row-wire.js';
import { runCli } from '../helpers/run-cli.js';
import { zip } from '../helpers/zip.js';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const col = (n: number) => String.fromCharCode(64 + n);

type Cell = string | number | { dispimg: string };

/** A worksheet's XML: text as inline strings, pictures as WPS writes them (formula and its text). */
function sheetXml(rows: Cell[][]): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) => {
          const ref = `${col(c + 1)}${r + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
          const f = `_xlfn.DISPIMG(&quot;${v.dispimg}&quot;,1)`;
          return `<c r="${ref}" t="str"><f>${f}</f><v>=DISPIMG(&quot;${v.dispimg}&quot;,1)</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** xl/cellimages.xml and its relationships: one picture per id, each its own xl/media/ part. */
function cellImageParts(ids: string[]): Record<string, string> {
  const pics = ids
    .map(
      (id, i) =>
        `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${id}" descr="现场照片"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="714375"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>`,
    )
    .join('');
  const rels = ids
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i + 1}.png"/>`,
    )
    .join('');
  return {
    'xl/cellimages.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">${pics}</etc:cellImages>`,
    'xl/_rels/cellimages.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  };
}

/** A .xlsx as WPS writes one with pictures in cells. */
function wpsWorkbook(rows: Cell[][], images: string[]): Buffer {
  const media: Record<string, Buffer> = {};
  images.forEach((_, i) => {
    // A PNG's signature and some bytes: what matters is that the part is there.
    media[`xl/media/image${i + 1}.png`] = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(`photo ${i}`),
    ]);
  });
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/></Types>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="自评" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(rows),
    ...cellImageParts(images),
    ...media,
  });
}

/** Two criteria of 50 points: the hotline needs a photo, the meetings any evidence. */
const RUBRIC = `rubric: ev-sheet
title: { zh-CN: 台账测试, zh-TW: 台帳測試, en: Evidence test }
level: community
metrics:
  hotline: { type: flag, title: { zh-CN: 一线通, zh-TW: 一線通, en: hotline } }
  meetings: { type: flag, title: { zh-CN: 居民会议, zh-TW: 居民會議, en: residents meetings } }
sections:
  - id: services
    title: { zh-CN: 服务, zh-TW: 服務, en: Services }
    criteria:
      - { id: hotline-ok, title: { zh-CN: 开通一线通, en: Hotline open }, kind: flag, metric: hotline, expect: true, points: 50, evidence: [照片] }
      - { id: meetings-held, title: { zh-CN: 召开居民会议, en: Meetings held }, kind: flag, metric: meetings, expect: true, points: 50, evidence: required }
tiers:
  - { id: pass, title: { zh-CN: 达标, zh-TW: 達標, en: pass }, min-score: 60 }
`;

const HEADER = [
  '编号',
  '名称',
  '街道',
  '年度',
  '一线通',
  '居民会议',
  '台账：开通一线通',
  '台账:meetings-held',
];
const MINUTES = '2005年居民会议记录';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-evidence-sheets-'));
  writeFileSync(join(dir, 'rubric.yaml'), RUBRIC);
  mkdirSync(join(dir, 'minutes'));
  writeFileSync(join(dir, 'minutes', 'c1.txt'), MINUTES);
  writeFileSync(join(dir, 'minutes', 'c2.txt'), MINUTES);
  writeFileSync(join(dir, 'photo.jpg'), 'photo');
  // The workbook's evidence folder: c1's minutes are listed by path, its sign-in sheet by nothing.
  mkdirSync(join(dir, 'evidence', 'wps', 'c1'), { recursive: true });
  writeFileSync(join(dir, 'evidence', 'wps', 'c1', 'minutes.txt'), MINUTES);
  writeFileSync(join(dir, 'evidence', 'wps', 'c1', '签到表.xlsx'), 'not read as a submission');
  const rows: Cell[][] = [
    HEADER,
    // c1: its photo in the cell, its minutes by path and hash: 100.
    [
      'c1',
      '甲社区',
      '五马街道',
      2005,
      '是',
      '是',
      { dispimg: 'ID_A1B2' },
      // Two files, one a line (Alt+Enter in the cell).
      `minutes/c1.txt sha256:${sha(MINUTES)}\nevidence/wps/c1/minutes.txt sha256:${sha(MINUTES)}`,
    ],
    // c2: a picture the workbook lacks, minutes not there: 0.
    ['c2', '乙社区', '五马街道', 2005, '是', '是', { dispimg: 'ID_GONE' }, 'minutes/none.txt'],
    // c3: a photo given as a path (no hash: unhashed), minutes changed: 0.
    ['c3', '丙社区', '五马街道', 2005, '是', '是', 'photo.jpg', `minutes/c2.txt ${sha('other')}`],
  ];
  writeFileSync(join(dir, 'wps.xlsx'), wpsWorkbook(rows, ['ID_A1B2']));
  const csv = [
    HEADER.join(','),
    `c4,丁社区,五马街道,2005,是,是,photo.jpg ${sha('photo')},minutes/c1.txt ${sha(MINUTES)}`,
    `c5,戊社区,五马街道,2005,是,是,,minutes/c1.txt ${sha('other')}`,
  ].join('\n');
  writeFileSync(join(dir, 'rows.csv'), `${csv}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = () => ({ CIVSCORE_CACHE_DIR: join(dir, '.cache') });

function scores(file: string) {
  const r = runCli(['check', join(dir, file), '--rubric', join(dir, 'rubric.yaml'), '--format', 'json'], {
    cwd: dir,
    env: env(),
  });
  const files = JSON.parse(r.stdout).files as {
    file: string;
    result: { total: number; sections: { criteria: { id: string; status: string }[] }[] };
    findings: { code: string; line: number; column: number; sheet?: string }[];
  }[];
  return files.map((f) => ({
    file: f.file,
    total: f.result.total,
    status: Object.fromEntries(f.result.sections[0]!.criteria.map((c) => [c.id, c.status])),
    findings: f.findings.map((x) => `${x.sheet ?? ''}!${x.line}:${x.column} ${x.code}`),
  }));
}

describe('evidence in spreadsheets', () => {
  it('counts a WPS picture in a cell (DISPIMG) as the row evidence, and names one the workbook lacks', () => {
    const [c1, c2, c3] = scores('wps.xlsx');
    expect(c1!.total).toBe(100);
    // Its folder evidence/wps/c1/ holds a file no cell lists: said at the row.
    expect(c1!.findings).toEqual(['自评!2:1 evidence.unreferenced']);
    // The picture is missing from xl/cellimages.xml (G3), the minutes file from the folder (H3).
    expect(c2!.total).toBe(0);
    expect(c2!.status).toEqual({ 'hotline-ok': 'no-data', 'meetings-held': 'no-data' });
    expect(c2!.findings).toEqual(['自评!3:7 evidence.image-missing', '自评!3:8 evidence.missing']);
    expect(c3!.findings).toEqual(['自评!4:7 evidence.unhashed', '自评!4:8 evidence.changed']);
    expect(c3!.total).toBe(0);
  });

  it('reads paths and hashes from a CSV 台账 column alike', () => {
    const [c4, c5] = scores('rows.csv');
    expect(c4!.total).toBe(100);
    expect(c4!.findings).toEqual([]);
    expect(c5!.status).toEqual({ 'hotline-ok': 'no-data', 'meetings-held': 'no-data' });
    expect(c5!.findings).toEqual(['!3:8 evidence.changed']);
  });

  it('says it at the cell in rank and validate, with the workbook row named', () => {
    const r = runCli(
      [
        'rank',
        join(dir, 'wps.xlsx'),
        join(dir, 'rows.csv'),
        '--rubric',
        join(dir, 'rubric.yaml'),
        '--fail-on',
        'none',
      ],
      { cwd: dir, env: env() },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wps\.xlsx:自评!G3 +warning +evidence\.image-missing +.*ID_GONE/);
    expect(r.stderr).toMatch(/rows\.csv:3:8 +warning +evidence\.changed/);
    const v = runCli(['validate', join(dir, 'wps.xlsx'), '--rubric', join(dir, 'rubric.yaml')], {
      cwd: dir,
      env: env(),
    });
    expect(v.stdout).toMatch(/wps\.xlsx:自评!H3 +warning +evidence\.missing/);
    // A folder walk never reads the evidence folder: the sign-in sheet there is no submission.
    const all = runCli(['validate', dir, '--rubric', join(dir, 'rubric.yaml')], { cwd: dir, env: env() });
    expect(all.stdout).toContain('evidence/wps/c1/签到表.xlsx');
    expect(all.stdout).not.toMatch(/签到表\.xlsx:/);
  });

  it('report: the evidence section names each row, its findings matched by sheet and row', () => {
    const out = join(dir, 'report.html');
    const r = runCli(
      [
        'report',
        join(dir, 'wps.xlsx'),
        join(dir, 'rows.csv'),
        '--rubric',
        join(dir, 'rubric.yaml'),
        '-o',
        out,
      ],
      { cwd: dir, env: env() },
    );
    expect(r.code, r.stderr).not.toBe(2);
    const html = readFileSync(out, 'utf8');
    const table = /<table class="evidence">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .slice(1)
      .map((m) =>
        [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
      );
    // Missing (the picture and the minutes), changed, unlisted, other (unhashed), no data.
    const byId = new Map(
      rows.map((c) => [/\((c\d)\)|（(c\d)）/.exec(c[0]!)!.slice(1).find(Boolean), c.slice(1)]),
    );
    expect(byId.get('c1')!.slice(0, 4)).toEqual(['0', '0', '1', '0']);
    expect(byId.get('c2')!.slice(0, 4)).toEqual(['2', '0', '0', '0']);
    expect(byId.get('c3')!.slice(0, 4)).toEqual(['0', '1', '0', '1']);
    expect(byId.get('c5')!.slice(0, 4)).toEqual(['0', '1', '0', '0']);
    expect(byId.has('c4')).toBe(false);
  });
});

describe('a row with a picture on its way to the thread that judges it', () => {
  it('keeps the picture id beside the cell', () => {
    const rows = [
      {
        sheet: '自评',
        row: 3,
        cells: [
          { column: 1, value: 'c1' },
          { column: 7, value: '=DISPIMG("ID_A1B2",1)', image: 'ID_A1B2' },
          { column: 8, value: null, formulaWithoutValue: true },
        ],
      },
      { row: 4, cells: [{ column: 2, value: 3 }] },
    ];
    expect(unpackRows(packRows(rows))).toEqual(rows);
  });
});
