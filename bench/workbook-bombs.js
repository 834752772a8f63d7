// Hostile spreadsheets (issue 23): workbooks and CSV files that cost gigabytes or minutes to the
// reader civscore once used (exceljs's, which wrote sheets to temporary files), at a chosen scale.
// bench/hostile.js runs them at full size against time and memory limits;
// test/hostile/workbook-bombs.test.ts runs small versions through the binary. Each is written as
// raw zip bytes: a deflate stream of many copies of one flushed block, so a bomb of gigabytes
// costs seconds to make, not the gigabytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A part given as [head, body repeated `times`, tail]: deflated once per piece, the body copied. */
function part(head, body = '', times = 0, tail = '') {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const h = Buffer.from(head);
  const b = Buffer.from(body);
  const t = Buffer.from(tail);
  const pieces = [deflateRawSync(h, flush)];
  const block = b.length ? deflateRawSync(b, flush) : Buffer.alloc(0);
  for (let i = 0; i < times; i++) pieces.push(block);
  pieces.push(deflateRawSync(t, { level: 9 }));
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(b, crc);
  crc = crc32(t, crc);
  return { data: Buffer.concat(pieces), crc, size: h.length + b.length * times + t.length };
}

/** A zip of named parts ({data, crc, size} or text), as Excel writes one (no zip64: sizes mod 2^32). */
function zip(parts) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, p] of parts) {
    const { data, crc, size } = typeof p === 'string' ? part(p) : p;
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(size % 2 ** 32, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(size % 2 ** 32, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    local.push(h, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A workbook of `sheets` sheet parts (given as parts), with a shared-strings part if given. */
function workbook(sheets, strings) {
  const names = sheets
    .map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const sst = `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    // The sheets before the workbook and the shared strings, as exceljs's reader had to buffer them.
    ...sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, s]),
    ['xl/workbook.xml', `${XML}<workbook ${NS} ${RNS}><sheets>${names}</sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${strings ? sst : ''}</Relationships>`,
    ],
    ...(strings ? [['xl/sharedStrings.xml', strings]] : []),
  ]);
}

const sheetHead = `${XML}<worksheet ${NS}><sheetData>`;
const sheetTail = '</sheetData></worksheet>';

/**
 * A sheet that inflates about 1000:1: rows of one long text cell (`cell` characters) under no
 * header (so nothing is judged), `mb` MB of XML in all (3,800 MB: a file of about 4.8 MB).
 */
export function zipBombSheet(dir, mb = 3800, cell = 16_000) {
  mkdirSync(dir, { recursive: true });
  const row = `<row><c t="inlineStr"><is><t>${'x'.repeat(cell)}</t></is></c></row>`;
  const block = row.repeat(Math.ceil((1 << 20) / row.length));
  const file = join(dir, 'zip-bomb.xlsx');
  writeFileSync(file, workbook([part(sheetHead, block, mb, sheetTail)]));
  return file;
}

/** A shared-strings table of `count` short items (980 KB once cost 751 MB). */
export function hugeSharedStrings(dir, count = 20_000_000) {
  mkdirSync(dir, { recursive: true });
  const per = 1000;
  const items = '<si><t>社区</t></si>'.repeat(per);
  const strings = part(
    `${XML}<sst ${NS} count="${count}" uniqueCount="${count}">`,
    items,
    Math.ceil(count / per),
    '</sst>',
  );
  const sheet = `${sheetHead}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${sheetTail}`;
  const file = join(dir, 'huge-strings.xlsx');
  writeFileSync(file, workbook([sheet], strings));
  return file;
}

/** A workbook listing `count` empty sheets (each exceljs once buffered in a temporary file). */
export function manyEmptySheets(dir, count = 5000) {
  mkdirSync(dir, { recursive: true });
  const empty = `${sheetHead}${sheetTail}`;
  const file = join(dir, 'many-sheets.xlsx');
  writeFileSync(file, workbook(Array.from({ length: count }, () => empty)));
  return file;
}

/** A header `编号` and `rows` rows of an id alone (50,000 once cost 1.25 GB and 101 MB of output). */
export function idOnlyRows(dir, rows = 50_000) {
  mkdirSync(dir, { recursive: true });
  const lines = ['<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>'];
  for (let r = 2; r <= rows + 1; r++)
    lines.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>c${r}</t></is></c></row>`);
  const file = join(dir, 'id-only.xlsx');
  writeFileSync(file, workbook([`${sheetHead}${lines.join('')}${sheetTail}`]));
  return file;
}

/** A CSV file of `mb` MB: a header and an id per line (3 MB once went past 1.6 GB and aborted). */
export function idOnlyCsv(dir, mb = 3) {
  mkdirSync(dir, { recursive: true });
  const lines = ['编号,社区名称,街道'];
  let size = 0;
  for (let r = 1; size < mb * 1024 * 1024; r++) {
    const line = `c${r},社区${r},五马街道`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const file = join(dir, 'id-only.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
