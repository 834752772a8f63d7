/**
 * What a workbook says about itself before its rows: its sheets in the order Excel shows them
 * (name, hidden or not, and the part each is in, from xl/workbook.xml and its relationships),
 * its date system, and the number format of each cell style (styles.xml), which tells a date or
 * a percentage from a number.
 */
import { attr, xmlText } from './xml-text.js';

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** The zip entry of the sheet's XML (`xl/worksheets/sheet1.xml`), if the workbook names one. */
  part: string | undefined;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The zip entries of the shared strings and the styles, as the relationships name them. */
  strings: string;
  styles: string;
}

/** The start tags named `local` (any prefix) in `xml`, each as its attribute text. */
function* startTags(xml: string, local: string): Generator<string> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(\\s[^>]*)?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[1] ?? '';
}

/** A relationship's target, as the zip entry it names (relative to xl/, or absolute). */
function partName(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function workbookInfo(workbookXml: string, relsXml: string | undefined): WorkbookInfo {
  const targets = new Map<string, string>();
  let strings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  if (relsXml)
    for (const a of startTags(relsXml, 'Relationship')) {
      const id = attr(a, 'Id');
      const target = attr(a, 'Target');
      if (id === undefined || target === undefined || attr(a, 'TargetMode') === 'External') continue;
      const part = partName(xmlText(target));
      targets.set(id, part);
      const type = attr(a, 'Type') ?? '';
      if (type.endsWith('/sharedStrings')) strings = part;
      else if (type.endsWith('/styles')) styles = part;
    }
  const sheets: WorkbookSheet[] = [];
  for (const a of startTags(workbookXml, 'sheet')) {
    const state = attr(a, 'state');
    const rid = attr(a, ':id');
    sheets.push({
      name: xmlText(attr(a, 'name') ?? ''),
      hidden: state === 'hidden' || state === 'veryHidden',
      part: rid === undefined ? undefined : targets.get(rid),
    });
  }
  let date1904 = false;
  for (const a of startTags(workbookXml, 'workbookPr')) {
    const v = attr(a, 'date1904');
    date1904 = v === '1' || v === 'true';
  }
  return { sheets, date1904, strings, styles };
}

/**
 * The pictures WPS places in cells (`=DISPIMG("ID_…",1)`): xl/cellimages.xml names each picture
 * (`<xdr:cNvPr name="ID_…">`) and its relationship (`<a:blip r:embed="rId1">`), whose target is a
 * part under xl/media/. The ids whose picture the workbook holds.
 */
export function cellImages(
  xml: string | undefined,
  relsXml: string | undefined,
  hasPart: (part: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  if (!xml || !relsXml) return out;
  const targets = new Map<string, string>();
  for (const a of startTags(relsXml, 'Relationship')) {
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    if (id !== undefined && target !== undefined && attr(a, 'TargetMode') !== 'External')
      targets.set(id, partName(xmlText(target)));
  }
  for (const block of xml.split(/<(?:[\w.-]+:)?cellImage[\s>]/).slice(1)) {
    const name = startTags(block, 'cNvPr').next().value;
    const blip = startTags(block, 'blip').next().value;
    const id = name === undefined ? undefined : attr(name, 'name');
    const rid = blip === undefined ? undefined : (attr(blip, ':embed') ?? attr(blip, 'embed'));
    const part = rid === undefined ? undefined : targets.get(rid);
    if (id !== undefined && part !== undefined && hasPart(part)) out.add(xmlText(id));
  }
  return out;
}

/**
 * Excel's East Asian built-in formats (27–36, 50–58): their codes are the locale's, and a workbook
 * saved by Chinese Excel or WPS names only the id (a cell shown as 2005年6月30日 has style 31).
 * Each is a date or a time in every East Asian locale; zh-CN's codes (exceljs's table has them by
 * locale, and so reads such a cell as a bare number) say what the cell shows: a month, a day, a time.
 */
const YEAR_MONTH = 'yyyy"年"m"月"';
const MONTH_DAY = 'm"月"d"日"';
const EAST_ASIAN_FORMATS: Record<number, string> = {
  27: YEAR_MONTH,
  28: MONTH_DAY,
  29: MONTH_DAY,
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: YEAR_MONTH,
  50: YEAR_MONTH,
  51: MONTH_DAY,
  52: YEAR_MONTH,
  53: MONTH_DAY,
  54: MONTH_DAY,
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: YEAR_MONTH,
  58: MONTH_DAY,
};

/** Excel's built-in number formats that say something (exceljs's table, lib/xlsx/defaultnumformats.js). */
const BUILTIN_FORMATS: Record<number, string> = {
  ...EAST_ASIAN_FORMATS,
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Each cell style's number format (`s="3"` → index 3), undefined for General or none. */
export function styleFormats(stylesXml: string | undefined): (string | undefined)[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const a of startTags(stylesXml, 'numFmt')) {
    const id = Number.parseInt(attr(a, 'numFmtId') ?? '', 10);
    const code = attr(a, 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, xmlText(code).replace(/[\\](.)/g, '$1'));
  }
  const open = /<(?:[\w.-]+:)?cellXfs\b/.exec(stylesXml);
  if (!open) return [];
  const close = stylesXml.indexOf('cellXfs>', open.index + 8);
  const section = stylesXml.slice(open.index + 8, close < 0 ? stylesXml.length : close);
  const formats: (string | undefined)[] = [];
  for (const a of startTags(section, 'xf')) {
    const id = Number.parseInt(attr(a, 'numFmtId') ?? '', 10);
    formats.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined);
  }
  return formats;
}

/** Whether a number format shows a date or time (exceljs's test, utils.isDateFmt). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** An Excel date serial as a Date (exceljs's utils.excelToDate). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * A number in a date-formatted cell: its date, or the number itself when it is no day of the
 * calendar (1e300 shows as ##### in Excel): said as the figure it is, never as a cell left empty.
 */
export function dateCellValue(serial: number, date1904: boolean): Date | number {
  const d = serialDate(serial, date1904);
  return Number.isNaN(d.getTime()) ? serial : d;
}
