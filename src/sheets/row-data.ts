/**
 * One spreadsheet row as the data a YAML self-assessment holds (rubric, period, community,
 * metrics, facilities), with `locate` placing each path at its cell: from here on the row is
 * judged by the same pipeline as a YAML file.
 */
import type { LoadedYaml } from '../load/load-yaml-file.js';
import type { Level } from '../model/assessment.js';
import { kindFromExtension } from '../model/evidence.js';
import { parseFlag } from '../model/figures.js';
import type { Finding, Path, Position } from '../model/finding.js';
import { finding } from '../model/finding.js';
import { cellRef } from '../model/place.js';
import {
  type ColumnMap,
  type ColumnRole,
  isYearHeader,
  ROW_FIELDS,
  type RowField,
  type SheetHeader,
} from './header.js';
import type { CellScalar, SheetCell, SheetRow } from './sheet-row.js';

/** A row's name in reports: `file.xlsx:Sheet!A7`, or `file.csv:7`. */
export function rowLabel(file: string, row: SheetRow): string {
  return row.sheet !== undefined ? `${file}:${cellRef(row.sheet, row.row, 1)}` : `${file}:${row.row}`;
}

export function cellPosition(row: SheetRow, column: number): Position {
  return row.sheet !== undefined ? { line: row.row, column, sheet: row.sheet } : { line: row.row, column };
}

/** The rubric a row names in its rubric column, if the sheet has one. */
export function rowRubric(h: SheetHeader, row: SheetRow): string | undefined {
  const v = valueAt(row, h.fields.rubric);
  return v === undefined || v === null ? undefined : String(v).trim() || undefined;
}

function valueAt(row: SheetRow, column: number | undefined): CellScalar | undefined {
  if (column === undefined) return undefined;
  for (const c of row.cells) if (c.column === column) return c.value;
  return undefined;
}

/** A date as a period cell holds it: a date cell's `2005-01-01`, or Excel's text of one in a CSV (`2005/1/1`, `2005年1月1日`). */
const DATE_TEXT = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$|^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

/** Day 0 of Excel's two date systems (1900, 1904), in days since 1970. */
const EXCEL_EPOCHS = [Date.UTC(1899, 11, 30) / 86_400_000, Date.UTC(1904, 0, 1) / 86_400_000];

/**
 * A period cell as a period (a year or a month), and what is said of it at the cell:
 * - `2005` as text is the year 2005;
 * - a date whose Excel serial is a year (2005 typed into a cell formatted as a date: Excel shows
 *   1905-06-27) is that year, with a warning (the cell does not show what is read);
 * - the first of a month other than January is that month (Excel makes `2005-03` a date);
 * - any other date in a year column (年度, year) is its year; in a period column (期间, period),
 *   1 January could be the year or January, and another day neither: an error at the cell.
 */
function periodCell(v: CellScalar, yearColumn: boolean): { value: CellScalar; said?: Finding } {
  if (typeof v !== 'string') return { value: v };
  // Full-width digits as a Chinese input method types them (２００５年) are the year's digits.
  const t = v.normalize('NFKC').trim();
  if (/^\d{4}$/.test(t)) return { value: Number(t) };
  const m = DATE_TEXT.exec(t);
  if (!m) return { value: t };
  const year = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[6]);
  const time = Date.UTC(year, month - 1, day);
  if (month < 1 || month > 12 || new Date(time).getUTCDate() !== day) return { value: v };
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const typed = EXCEL_EPOCHS.map((e) => time / 86_400_000 - e).find((n) => n >= 1949 && n <= 2100);
  if (year < 1949 && typed !== undefined)
    return { value: typed, said: finding('sheet.period-date-number', 'warning', { date, year: typed }) };
  if (day === 1 && month !== 1) return { value: `${year}-${pad(month)}` };
  if (yearColumn) return { value: year };
  return {
    value: year,
    said: finding('sheet.period-date', 'error', { date, year, month: `${year}-${pad(month)}` }),
  };
}

/** A field's cell into the row's data (its entity's, for id, name, street…); what is said of it. */
function readField(
  f: RowField,
  c: SheetCell,
  h: SheetHeader,
  data: Record<string, unknown>,
  entity: Record<string, unknown>,
): Finding | undefined {
  if (f === 'notes') data[f] = String(c.value);
  // A space around a name or id is not seen in a cell (typed, or pasted from a web page: U+00A0).
  else if (f === 'rubric') data[f] = String(c.value).trim();
  else if (f === 'period') {
    const p = periodCell(c.value, isYearHeader(headerTitle(h, c.column)));
    data.period = p.value;
    return p.said;
  } else if (typeof c.value === 'string') entity[f] = c.value.trim();
  else entity[f] = typeof c.value === 'number' ? String(c.value) : c.value;
  return undefined;
}

/** A column's header as written (its title row), '' when it has none. */
function headerTitle(h: SheetHeader, column: number): string {
  return h.cells.find((c) => c.column === column)?.text ?? '';
}

/** The period a row's period cell gives, read as rowData reads it (for who a row says it is). */
export function rowPeriod(h: SheetHeader, row: SheetRow): CellScalar | undefined {
  const v = valueAt(row, h.fields.period);
  return v === undefined || v === null
    ? v
    : periodCell(v, isYearHeader(headerTitle(h, h.fields.period!))).value;
}

export interface RowData {
  loaded: LoadedYaml;
  label: string;
  /** Where the row's id is, for duplicate ids. */
  idAt: Position;
  /** Columns hidden in the workbook (`<col hidden>`) that the row's values are read from. */
  hiddenColumns?: number[];
}

/**
 * `columns` is the map for the row's rubric (undefined when it could not be loaded: the pipeline
 * then reports the rubric, and the row's metrics are not read). `level` is the rubric's level.
 */
export function rowData(
  file: string,
  h: SheetHeader,
  row: SheetRow,
  columns: ColumnMap | undefined,
  level: Level,
): RowData {
  const at = (column: number | undefined): Position => cellPosition(row, column ?? firstColumn(row));
  const findings: Finding[] = [];
  const entity: Record<string, unknown> = {};
  const data: Record<string, unknown> = { [level]: entity, metrics: {} };
  const metrics = data.metrics as Record<string, unknown>;
  const facilities: { kind: string; area?: CellScalar; count?: CellScalar }[] = [];
  /** Per facility listed: its first column, and the column of each measure (area, count). */
  const facilityColumns: { first: number; area?: number; count?: number }[] = [];
  const facilityIndex = new Map<string, number>();
  /** 台账 by criterion, and the column each criterion's evidence is in. */
  const evidence: Record<string, { path: string; sha256?: string; kind?: string }[]> = {};
  const evidenceColumns = new Map<string, number>();
  let images: Set<string> | undefined;
  /** Columns hidden in the workbook that this row's values are read from. */
  let hiddenColumns: number[] | undefined;
  const fieldColumn = (f: RowField) =>
    columns?.roles ? (columnOfField(columns, f) ?? h.fields[f]) : h.fields[f];

  for (const c of row.cells) {
    const role = columns?.roles.get(c.column) ?? fieldRole(h, c.column);
    const said = cellFinding(c, role, columns, row.row);
    if (said) findings.push({ ...said, ...at(c.column) });
    if (!role || c.value === null) continue;
    if (c.hidden) (hiddenColumns ??= []).push(c.column);
    if (role.kind === 'field') {
      const p = readField(role.field, c, h, data, entity);
      if (p) findings.push({ ...p, ...at(c.column) });
    } else if (role.kind === 'metric') metrics[role.metric] = role.percent ? percentOf(c.value) : c.value;
    else if (role.kind === 'evidence') {
      const list = (evidence[role.criterion] ??= []);
      evidenceColumns.set(role.criterion, c.column);
      if (c.image !== undefined) {
        (images ??= new Set()).add(c.image);
        list.push({ path: `${CELL_IMAGE}${c.image}`, kind: '照片' });
      } else list.push(...evidenceCell(String(c.value)));
    } else {
      const entry = facilityEntry(role.facility, c.value, role.measure);
      if (entry === 'absent') continue;
      if (entry === 'bad') {
        findings.push({
          ...finding('sheet.facility-value', 'error', { facility: role.facility, raw: String(c.value) }),
          ...at(c.column),
        });
        continue;
      }
      // The fill-in workbook may give a facility's area and its number in two columns: one entry.
      const measure = role.measure ?? 'area';
      const i = facilityIndex.get(role.facility);
      if (i === undefined) {
        facilityIndex.set(role.facility, facilities.length);
        facilities.push(entry);
        facilityColumns.push({ first: c.column, [measure]: c.column });
      } else {
        Object.assign(facilities[i]!, entry);
        facilityColumns[i]![measure] = c.column;
      }
    }
  }
  // A community's row nobody sees in Excel or WPS: read and scored, but said, so that a row
  // hidden among others (a community made up, another's id) is never counted unseen.
  if (row.hidden) findings.push({ ...finding('sheet.hidden-row', 'warning'), ...at(fieldColumn('id')) });
  if (columns && columns.facilityColumn.size > 0) data.facilities = facilities;
  if (evidenceColumns.size > 0) data.evidence = evidence;

  const locate = rowLocator(at, columns, evidenceColumns, facilityColumns, fieldColumn);
  return {
    // A row has no evidence folder of its own; its pictures in cells are its evidence.
    loaded: { file, data, findings, locate, row: true, ...(images ? { images } : {}) },
    label: rowLabel(file, row),
    idAt: at(fieldColumn('id')),
    ...(hiddenColumns ? { hiddenColumns } : {}),
  };
}

/** Where a finding's path is in the row: the cell of its metric, evidence, facility or field. */
function rowLocator(
  at: (column: number | undefined) => Position,
  columns: ColumnMap | undefined,
  evidenceColumns: ReadonlyMap<string, number>,
  facilityColumns: readonly { first: number; area?: number; count?: number }[],
  fieldColumn: (f: RowField) => number | undefined,
): (path: Path) => Position {
  return (path) => {
    const [head, key] = path;
    if (head === 'metrics' && typeof key === 'string') return at(columns?.metricColumn.get(key));
    if (head === 'evidence' && typeof key === 'string') return at(evidenceColumns.get(key));
    if (head === 'facilities' && typeof key === 'number') {
      const cols = facilityColumns[key];
      const measure = path[2];
      return at(measure === 'area' || measure === 'count' ? (cols?.[measure] ?? cols?.first) : cols?.first);
    }
    if (
      (head === 'community' || head === 'street' || head === 'compound') &&
      typeof key === 'string' &&
      isField(key)
    )
      return at(fieldColumn(key));
    if (typeof head === 'string' && isField(head)) return at(fieldColumn(head));
    return at(undefined);
  };
}

/**
 * What a cell itself says before it is read: a formula without a saved result; a value in a
 * column the header cannot tell from another (then it has no role and is not read); a figure
 * taken from another row by a formula.
 */
function cellFinding(
  c: SheetCell,
  role: ColumnRole | { kind: 'field'; field: RowField } | undefined,
  columns: ColumnMap | undefined,
  row: number,
): Finding | undefined {
  if (c.formulaWithoutValue) return finding('sheet.formula-no-value', 'warning');
  const unclear = columns?.ambiguous.get(c.column);
  if (unclear !== undefined && c.value !== null && String(c.value).trim() !== '')
    return finding('sheet.ambiguous-value', 'error', { key: unclear });
  if (c.formula !== undefined && (role?.kind === 'metric' || role?.kind === 'facility'))
    return formulaFinding(c.formula, row);
  return undefined;
}

/** `G5`, `$G$5`, `Sheet2!G3`, `'自评 表'!G3`: a cell a formula refers to, with its sheet when named. */
const CELL_REF =
  /(?:('(?:[^']|'')+'|[^\s!(),:=+\-*/&^<>'"]+)!)?(?<![A-Za-z0-9_.$])\$?([A-Z]{1,3})\$?(\d+)(?![\d(A-Za-z_])/g;

/**
 * A figure that is a formula's result taking cells from another row (another community's figure)
 * or another sheet: a self-assessment's figures are typed in. A formula within its own row
 * (`=H3*2`, `=20*2`) is the community's own figure worked out, and is read as before.
 * @internal exported for the test only
 */
export function formulaFinding(formula: string, row: number): Finding | undefined {
  const elsewhere: string[] = [];
  for (const m of formula.replace(/"[^"]*"/g, '""').matchAll(CELL_REF))
    if (m[1] !== undefined || Number(m[3]) !== row) elsewhere.push(m[0]);
  if (!elsewhere.length) return undefined;
  return finding('sheet.formula-value', 'warning', { formula, cells: [...new Set(elsewhere)].join(', ') });
}

/** How a row names a picture in a cell as evidence (the pipeline's CELL_IMAGE_PREFIX). */
const CELL_IMAGE = 'wps-image:';

/**
 * A 台账 cell's text: paths relative to the workbook's folder, one per line or split by `;`, each
 * perhaps followed by its sha256 (`照片/警务室.jpg sha256:3a7b…`); a `=DISPIMG("ID_…",1)` whose
 * picture the workbook lacks names that picture (the check says it is missing).
 */
function evidenceCell(text: string): { path: string; sha256?: string; kind?: string }[] {
  const img = /DISPIMG\(\s*"([^"]+)"/.exec(text);
  if (img) return [{ path: `${CELL_IMAGE}${img[1]}`, kind: '照片' }];
  const out: { path: string; sha256?: string; kind?: string }[] = [];
  for (const part of text.split(/[;；\n]+/)) {
    const t = part.trim();
    if (!t) continue;
    const m = /^(.*?)\s+(?:sha256[:：]\s*)?([0-9a-fA-F]{64})$/.exec(t);
    const path = m ? m[1]! : t;
    const kind = kindFromExtension(path);
    out.push({ path, ...(m ? { sha256: m[2]! } : {}), ...(kind ? { kind } : {}) });
  }
  return out;
}

const FIELD_SET = new Set<string>(ROW_FIELDS);
const isField = (k: string): k is RowField => FIELD_SET.has(k);

function columnOfField(columns: ColumnMap, f: RowField): number | undefined {
  for (const [column, role] of columns.roles) if (role.kind === 'field' && role.field === f) return column;
  return undefined;
}

function fieldRole(h: SheetHeader, column: number) {
  for (const f of Object.keys(h.fields) as RowField[])
    if (h.fields[f] === column) return { kind: 'field' as const, field: f };
  return undefined;
}

function firstColumn(row: SheetRow): number {
  return row.cells[0]?.column ?? 1;
}

/** A facility cell: an area, or a number in a count column (with or without unit, or masked), or yes / no. */
/**
 * A figure under a header whose unit is % (`居委会干部高中以上文化程度比例（%）`, as init's CSV
 * heads a rate column): a bare 85 there is 85%, which read alone would be ambiguous (85% or
 * 0.85?). A fraction (0.85) stays a fraction, and anything with a unit of its own is read as typed.
 */
function percentOf(v: CellScalar): CellScalar {
  if (typeof v === 'number') return v >= 1 ? `${v}%` : v;
  if (typeof v !== 'string') return v;
  const t = v.normalize('NFKC').trim();
  return /^\d+(\.\d+)?$/.test(t) && Number(t) >= 1 ? `${t}%` : v;
}

function facilityEntry(
  id: string,
  v: CellScalar,
  measure: 'area' | 'count' = 'area',
): { kind: string; area?: CellScalar; count?: CellScalar } | 'absent' | 'bad' {
  if (typeof v === 'number') return v === 0 ? 'absent' : { kind: id, [measure]: v };
  const flag = parseFlag(v);
  if (flag.ok) return flag.value ? { kind: id } : 'absent';
  // A figure read as a metric's is (full-width digits too: １２０平方米).
  if (typeof v === 'string' && /[\d*]/.test(v.normalize('NFKC'))) return { kind: id, [measure]: v };
  return 'bad';
}
