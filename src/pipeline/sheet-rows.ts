/**
 * The communities of a spreadsheet (.xlsx or .csv), one row each, as the data the YAML path
 * builds: check, validate and rank judge each row with the same pipeline as a file. A sheet's
 * header is found in its first rows (a sheet without an id column, such as 填表说明, is not
 * data); its columns are read against the row's rubric, and what the header does not know is
 * reported once, at the header cell. One bad row never stops the others.
 */

import { statSync } from 'node:fs';
import type { LoadedYaml } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import type { Level } from '../model/assessment.js';
import { periodText } from '../model/assessment-schema.js';
import { type Finding, finding, type Position } from '../model/finding.js';
import { columnLetters } from '../model/place.js';
import {
  type ColumnMap,
  headerOf,
  headerText,
  idRowWithForeign,
  mapColumns,
  type SheetHeader,
  withIdRow,
  withSubHeader,
} from '../sheets/header.js';
import { readCsvRows } from '../sheets/read-csv.js';
import { readXlsxRows } from '../sheets/read-xlsx.js';
import { cellPosition, type RowData, rowData, rowLabel, rowPeriod, rowRubric } from '../sheets/row-data.js';
import { sheetKind } from '../sheets/sheet-files.js';
import { limitFinding, SheetLimitError, WorkbookError, workbookFinding } from '../sheets/sheet-limits.js';
import type { SheetCell, SheetRow } from '../sheets/sheet-row.js';
import { isGroupHeading, isNoteLine, isTotalsLabel } from '../sheets/totals-label.js';
import type { Claim } from './claim.js';
import type { RubricPolicy } from './rubric-policy.js';
import { allowedRubric, resolveNamedRubric, rubricFor } from './select-rubric.js';

/**
 * A spreadsheet's size limit when --max-size is not given: the same 5 MB as a YAML file. What
 * reading it may cost (inflated bytes, rows, columns, sheets, shared strings) follows from the
 * limit (src/sheets/sheet-limits.ts).
 */
export const SHEET_MAX_BYTES = DEFAULT_MAX_BYTES;

export type SheetItem =
  /** One community: its data for the pipeline, its name in reports, where its id is. */
  | {
      kind: 'row';
      label: string;
      loaded: LoadedYaml;
      idAt: Position;
      level: Level;
      /** The sheet has no period column and no --period was given: the row's period is unknown. */
      noPeriod?: boolean;
      /**
       * Only the row's name, id and the like are there (a roster row nobody filled in): who it is,
       * so that the quotas count it as a community that did not submit.
       */
      unfilled?: { name: string; claim?: Claim };
      /**
       * The row could not be read as written (a CSV record with a broken quote): why, and who it
       * says it is as far as its plainly split line tells, so that its street counts it, in doubt.
       */
      broken?: { finding: Finding; claim?: Claim };
    }
  /** The file itself could not be read, or holds no communities. */
  | { kind: 'file'; findings: Finding[] };

/** How many rows at the top of a sheet may come before its header (a title line, a blank). */
const HEADER_SEARCH_ROWS = 5;

export async function* sheetItems(
  file: string,
  options: { rubric?: string; maxBytes?: number; policy?: RubricPolicy; period?: string },
): AsyncGenerator<SheetItem> {
  const source = sheetSource(file, options);
  if (!('rows' in source)) {
    yield source;
    return;
  }
  const state = new SheetState(file, options.rubric, options.policy, options.period);
  state.note(source.notes);
  try {
    for await (const row of source.rows) for (const item of state.take(row)) yield item;
  } catch (e) {
    yield sheetFailure(file, e);
    return;
  }
  const end = state.end();
  if (end) yield end;
}

/** A finding about the file as a whole, at 1:1 unless it says where. */
const atFile = (file: string, f: Finding): Finding => ({
  ...f,
  file,
  line: f.line ?? 1,
  column: f.column ?? 1,
});

/**
 * A spreadsheet's rows as its reader streams them, or the file's own findings when it cannot be
 * read at all (an .xls file, not found, too large, a CSV file that does not decode).
 */
export function sheetSource(
  file: string,
  options: { maxBytes?: number },
):
  | { rows: AsyncIterable<SheetRow> | Iterable<SheetRow>; notes: Finding[] }
  | Extract<SheetItem, { kind: 'file' }> {
  const kind = sheetKind(file);
  const refused = (findings: Finding[]) => ({
    kind: 'file' as const,
    findings: findings.map((f) => atFile(file, f)),
  });
  if (kind === 'legacy') {
    const ext = file.slice(file.lastIndexOf('.'));
    return refused([finding('sheet.legacy-format', 'error', { ext })]);
  }
  if (kind === 'csv') {
    const read = readCsvRows(file, options.maxBytes ?? SHEET_MAX_BYTES);
    if (read.findings.some((f) => f.severity === 'error')) return refused(read.findings);
    // A note of how the file was read (GB18030 decoded): said once, at the file, after its rows.
    return { rows: read.rows, notes: read.findings };
  }
  const unreadable = notReadable(file, options.maxBytes ?? SHEET_MAX_BYTES);
  return unreadable
    ? refused(unreadable)
    : { rows: readXlsxRows(file, options.maxBytes ?? SHEET_MAX_BYTES), notes: [] };
}

/** A sheet that stopped part-way (the reader or a row threw): the rows before it stand. */
export function sheetFailure(file: string, e: unknown): Extract<SheetItem, { kind: 'file' }> {
  if (e instanceof SheetLimitError) return { kind: 'file', findings: [atFile(file, limitFinding(e))] };
  if (e instanceof WorkbookError) return { kind: 'file', findings: [atFile(file, workbookFinding(e))] };
  return {
    kind: 'file',
    findings: [atFile(file, finding('sheet.unreadable', 'error', { detail: shortError(e) }))],
  };
}

/** Not found, a folder, over the size cap: the same findings as for a YAML file. */
export function notReadable(file: string, maxBytes: number): Finding[] | undefined {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return [finding('load.is-directory', 'error')];
    // Pipes, sockets and devices are not files: never read them (as readSource).
    if (!st.isFile()) return [finding('load.unreadable', 'error', { reason: 'not a regular file' })];
    if (st.size > maxBytes)
      return [finding('load.too-large', 'error', { size: String(st.size), limit: String(maxBytes) })];
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? [finding('load.not-found', 'error')]
      : [finding('load.unreadable', 'error', { reason: String(code ?? e) })];
  }
}

function shortError(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0]!.slice(0, 200);
}

/** The row without the values it shows from a merge above it (read-xlsx.ts): a header's own cells. */
function ownCells(row: SheetRow): SheetRow {
  return row.cells.some((c) => c.merged) ? { ...row, cells: row.cells.filter((c) => !c.merged) } : row;
}

const HEADER_COLUMNS = new WeakMap<SheetHeader, Set<number>>();
function headerColumns(h: SheetHeader): Set<number> {
  let set = HEADER_COLUMNS.get(h);
  if (!set) HEADER_COLUMNS.set(h, (set = new Set(h.cells.map((c) => c.column))));
  return set;
}

/**
 * Rows of one file in order: which sheet is data, its header, and its column maps by rubric.
 * Fed row by row (`take`), then `end`: the same in whichever thread the rows are judged.
 */
export class SheetState {
  private sheet: string | undefined | null = null;
  private header: SheetHeader | undefined;
  private rowsBefore = 0;
  private idRowChecked = false;
  private dataRows = 0;
  private anyHeader = false;
  private readonly emptySheets: SheetHeader[] = [];
  /** Sheets with an id column and no column to score (sheet.no-metric-columns), not read. */
  private readonly metricless: SheetHeader[] = [];
  /** Community rows read in the whole file. */
  private read = 0;
  /** The rubric the last community row was read by. */
  private lastRef: string | undefined;
  private readonly maps = new Map<string, { columns: ColumnMap; reported: boolean } | null>();
  /** Columns of this sheet with values under no header, reported once each. */
  private readonly headerless = new Set<number>();
  /** Hidden columns of this sheet said already (sheet.hidden-column), once each. */
  private readonly hiddenSaid = new Set<number>();
  /** Notes of how the file was read, said with the file's own findings at its end. */
  private readonly notes: Finding[] = [];

  constructor(
    private readonly file: string,
    private readonly forced: string | undefined,
    /** rank and validate: the operator's policy decides on a row's rubric before it is opened. */
    private readonly policy?: RubricPolicy,
    /** --period: the period of rows of a sheet without a period column. */
    private readonly period?: string,
  ) {}

  *take(row: SheetRow): Generator<SheetItem> {
    if (row.sheet !== this.sheet) this.startSheet(row.sheet);
    if (row.broken && !this.header) {
      // Above the header (or the header itself): the file's own error, said with its findings.
      this.rowsBefore++;
      this.notes.push(row.broken);
      return;
    }
    if (!this.header) {
      if (this.rowsBefore++ >= HEADER_SEARCH_ROWS) return;
      const h = headerOf(ownCells(row));
      if (h) {
        this.header = h;
        this.anyHeader = true;
      }
      return;
    }
    if (row.broken) {
      this.dataRows++;
      yield this.brokenItem(row, this.header, row.broken);
      return;
    }
    if (!this.idRowChecked) {
      this.idRowChecked = true;
      // A header's title merged down over its second row is the header's, not a value there.
      const own = ownCells(row);
      const withIds = withIdRow(this.header, own) ?? withSubHeader(this.header, own);
      if (withIds) {
        this.header = withIds;
        this.maps.clear();
        return;
      }
      // The id row with something typed into it that is no column id: still the id row (never a
      // community), each such cell said where it is.
      const foreign = idRowWithForeign(this.header, own);
      if (foreign) {
        this.header = foreign.header;
        this.maps.clear();
        for (const c of foreign.foreign)
          this.notes.push({
            ...finding('sheet.id-row-cell', 'warning', { text: String(c.value).trim() }),
            ...cellPosition(row, c.column),
          });
        return;
      }
    }
    // A row of the fill-in workbook nobody has filled in: only the rubric and period it came with.
    const { rubric, period } = this.header.fields;
    if (row.cells.every((c) => c.column === rubric || c.column === period)) return;
    // 合计 under the communities (every Excel user adds one), or 五马街道 alone on its row above
    // its communities (a heading): no community, nor one that did not submit; said once at its cell.
    // 填表人：张三  审核人：李四 (or 注：…) under the table: a signature or note line, said alike.
    const totals = totalsCell(row, this.header);
    const heading = totals ? undefined : groupHeadingCell(row, this.header);
    const note = totals || heading ? undefined : noteCell(row, this.header);
    const label = totals ?? heading ?? note;
    if (label) {
      this.notes.push({
        ...finding(totals ? 'sheet.totals-row' : heading ? 'sheet.group-row' : 'sheet.note-row', 'info', {
          label: String(label.value).trim(),
        }),
        ...cellPosition(row, label.column),
      });
      return;
    }
    if (this.dataRows === 0 && this.read > 0 && this.namesNothing(row, this.header)) {
      this.metricless.push(this.header);
      this.header = undefined;
      this.rowsBefore = HEADER_SEARCH_ROWS;
      return;
    }
    this.dataRows++;
    this.read++;
    const unfilled = unfilledRow(row, this.header);
    if (unfilled) {
      const at = cellPosition(row, this.header.fields.id ?? this.header.fields.name ?? 1);
      yield {
        kind: 'row',
        label: rowLabel(this.file, row),
        idAt: at,
        level: 'community',
        unfilled,
        loaded: { file: this.file, data: {}, findings: [], locate: plainRowLocator(row, this.header, at) },
      };
      return;
    }
    yield this.item(row, this.header);
  }

  /** A row that could not be read: its error at its line, and who its plain cells say it is. */
  private brokenItem(row: SheetRow, h: SheetHeader, said: Finding): SheetItem {
    const at = cellPosition(row, h.fields.id ?? h.fields.name ?? 1);
    const who = rowWho(row, h);
    return {
      kind: 'row',
      label: rowLabel(this.file, row),
      idAt: at,
      level: 'community',
      broken: { finding: { ...said, file: this.file }, ...(who?.claim ? { claim: who.claim } : {}) },
      loaded: { file: this.file, data: {}, findings: [], locate: plainRowLocator(row, h, at) },
    };
  }

  /** Notes about the file as a whole (its encoding), given with its findings after the last row. */
  note(findings: readonly Finding[]): void {
    this.notes.push(...findings);
  }

  /** After the last row: the file's own findings (no data sheet, sheets without rows), if any. */
  end(): Extract<SheetItem, { kind: 'file' }> | undefined {
    const findings = this.endFindings();
    return findings.length
      ? { kind: 'file', findings: findings.map((f) => atFile(this.file, f)) }
      : undefined;
  }

  private endFindings(): Finding[] {
    this.startSheet(undefined);
    if (!this.anyHeader) return [...this.notes, finding('sheet.no-data-sheet', 'error')];
    const at = (h: SheetHeader) =>
      cellPosition({ row: h.titleRow, cells: [], ...(h.sheet !== undefined ? { sheet: h.sheet } : {}) }, 1);
    return [
      ...this.notes,
      ...this.metricless.map((h) => ({
        ...finding('sheet.no-metric-columns', 'warning', { sheet: h.sheet ?? this.file }),
        ...at(h),
      })),
      ...this.emptySheets.map((h) => ({
        ...finding('sheet.no-rows', 'warning', { sheet: h.sheet ?? this.file }),
        ...cellPosition(
          { row: h.titleRow, cells: [], ...(h.sheet !== undefined ? { sheet: h.sheet } : {}) },
          1,
        ),
      })),
    ];
  }

  /**
   * A column hidden in the workbook that values are read from: whoever reviews the workbook in
   * Excel or WPS does not see them. Said once per column of a sheet, at the first cell read.
   */
  private hiddenColumn(data: RowData, row: SheetRow, h: SheetHeader, column: number): void {
    if (this.hiddenSaid.has(column)) return;
    this.hiddenSaid.add(column);
    const header = h.cells.find((c) => c.column === column);
    data.loaded.findings.push({
      ...finding('sheet.hidden-column', 'warning', {
        column: columnLetters(column),
        header: header ? headerText(header) : '',
      }),
      file: this.file,
      ...cellPosition(row, column),
    });
  }

  private startSheet(sheet: string | undefined): void {
    if (this.header && this.dataRows === 0) this.emptySheets.push(this.header);
    this.sheet = sheet;
    this.header = undefined;
    this.rowsBefore = 0;
    this.idRowChecked = false;
    this.dataRows = 0;
    this.maps.clear();
    this.headerless.clear();
    this.hiddenSaid.clear();
  }

  /**
   * The rubric a row's cell names, for reading its columns; undefined when the policy refuses it
   * (the row is then refused by the pipeline, which asks the same policy, and the rubric is
   * never opened).
   */
  private rowRubricRef(named: string): string | undefined {
    if (!this.policy) return resolveNamedRubric(named, this.file);
    const allowed = allowedRubric(named, this.file, this.policy);
    return 'ref' in allowed ? allowed.ref : undefined;
  }

  /** The rubric a row is read by, and the sheet's columns mapped for it (null: no rubric to map by). */
  private mapFor(
    row: SheetRow,
    h: SheetHeader,
  ): { ref: string | undefined; map: { columns: ColumnMap; reported: boolean } | null } {
    const named = this.forced ?? rowRubric(h, row);
    const ref = named === undefined || this.forced ? named : this.rowRubricRef(named);
    return { ref, map: ref === undefined ? null : this.mapOf(ref, h) };
  }

  /** The sheet's columns mapped for rubric `ref`, once per sheet (null: the rubric cannot be loaded). */
  private mapOf(ref: string, h: SheetHeader): { columns: ColumnMap; reported: boolean } | null {
    let map = this.maps.get(ref);
    if (map === undefined) {
      const rubric = rubricFor(ref).rubric;
      map = rubric ? { columns: mapColumns(h, rubric), reported: false } : null;
      this.maps.set(ref, map);
    }
    return map;
  }

  /**
   * Whether the sheet holds no column of the rubric's metrics, facilities or evidence, by its first
   * community's rubric: after a sheet of self-assessments, a list of communities (last year's 得分
   * and 等级 beside 自评), not self-assessments. Said once (sheet.no-metric-columns), its rows not
   * read. A file with no sheet of self-assessments before keeps each row's own findings.
   */
  private namesNothing(row: SheetRow, h: SheetHeader): boolean {
    // A sheet without a rubric column beside one with it: by the rubric the rows above were read by.
    const map = this.mapFor(row, h).map ?? (this.lastRef ? this.mapOf(this.lastRef, h) : null);
    if (!map) return false;
    for (const role of map.columns.roles.values()) if (role.kind !== 'field') return false;
    return map.columns.ambiguous.size === 0;
  }

  private item(row: SheetRow, h: SheetHeader): SheetItem {
    const { ref, map } = this.mapFor(row, h);
    if (ref !== undefined) this.lastRef = ref;
    const rubric = ref !== undefined ? rubricFor(ref).rubric : undefined;
    const level = rubric?.level ?? 'community';
    const data = rowData(this.file, h, row, map?.columns, level);
    const noPeriodColumn = h.fields.period === undefined;
    if (noPeriodColumn && this.period !== undefined) {
      const d = data.loaded.data as Record<string, unknown>;
      d.period = /^\d{4}$/.test(this.period) ? Number(this.period) : this.period;
    } else if (noPeriodColumn)
      data.loaded.findings.push({ ...finding('period.no-column', 'error'), file: this.file, ...data.idAt });
    if (map && !map.reported) {
      map.reported = true;
      for (const p of map.columns.problems)
        data.loaded.findings.push({
          ...finding(p.code, p.severity, p.params),
          file: this.file,
          ...cellPosition(
            { row: p.row ?? h.titleRow, cells: [], ...(h.sheet !== undefined ? { sheet: h.sheet } : {}) },
            p.column,
          ),
        });
    }
    for (const column of data.hiddenColumns ?? []) this.hiddenColumn(data, row, h, column);
    for (const c of row.cells) {
      if (this.headerless.has(c.column) || headerColumns(h).has(c.column)) continue;
      this.headerless.add(c.column);
      data.loaded.findings.push({
        ...finding('sheet.headerless-column', 'warning', {
          column: h.sheet !== undefined ? columnLetters(c.column) : String(c.column),
        }),
        file: this.file,
        ...cellPosition(row, c.column),
      });
    }
    // Findings the pipeline places without a path (at 1:1) belong to the row; a missing metric, to its cell.
    const rowStart = data.idAt;
    const locate = data.loaded.locate;
    return {
      kind: 'row',
      label: data.label,
      idAt: data.idAt,
      level,
      ...(noPeriodColumn && this.period === undefined ? { noPeriod: true } : {}),
      loaded: {
        ...data.loaded,
        findings: data.loaded.findings.map((f) => ({ ...f, file: this.file })),
        locate: (path) => (path.length === 0 ? rowStart : locate(path)),
      },
    };
  }
}

/**
 * A row's findings from the pipeline, placed in the sheet: those left at 1:1 (no path) at the
 * row's id, a missing metric at its column when the sheet has one.
 */
export function placeRowFindings(
  findings: readonly Finding[],
  item: Extract<SheetItem, { kind: 'row' }>,
): Finding[] {
  // A sheet without a period column: period.no-column says so once, not the period's format as well.
  const kept = item.noPeriod ? findings.filter((f) => !isPeriodFinding(f)) : findings;
  return kept.map((f) => {
    // A sheet has no facilities list to name: it lacks the facilities' columns.
    if (f.code === 'assessment.facilities-missing')
      return { ...f, ...finding('sheet.no-facility-columns', 'error'), ...item.idAt };
    if (f.code === 'rubric.none') return { ...f, ...finding('sheet.no-rubric', 'error'), ...item.idAt };
    if (f.code === 'assessment.metric-missing' && typeof f.params.metric === 'string') {
      const pos = item.loaded.locate(['metrics', f.params.metric]);
      return { ...f, ...pos };
    }
    if (f.sheet === undefined && f.line === 1 && f.column === 1) return { ...f, ...item.idAt };
    return f;
  });
}

const isPeriodFinding = (f: Finding) =>
  f.path?.length === 1 && f.path[0] === 'period' && f.code !== 'period.no-column';

/** Fields a roster fills in before the community does: a row with nothing else is not filled in. */
const ROSTER_FIELDS = ['id', 'name', 'community', 'street', 'district', 'city', 'rubric', 'period'] as const;

/** The columns of a header's roster fields, once per header. */
const ROSTER_COLUMNS = new WeakMap<SheetHeader, Set<number>>();

/** A row holding only roster fields (with a name or an id): who it is, else undefined. */
function unfilledRow(row: SheetRow, h: SheetHeader): { name: string; claim?: Claim } | undefined {
  let rosterColumns = ROSTER_COLUMNS.get(h);
  if (!rosterColumns) {
    rosterColumns = new Set<number>();
    for (const f of ROSTER_FIELDS) if (h.fields[f] !== undefined) rosterColumns.add(h.fields[f]!);
    ROSTER_COLUMNS.set(h, rosterColumns);
  }
  // Nearly every row is filled in: said at its first value outside the roster's columns.
  for (const c of row.cells)
    if (!rosterColumns.has(c.column) && c.value !== null && String(c.value).trim() !== '') return undefined;
  const filled = row.cells.filter((c) => c.value !== null && String(c.value).trim() !== '');
  if (filled.some((c) => !rosterColumns.has(c.column))) return undefined;
  const who = rowWho({ ...row, cells: filled }, h);
  return (
    who && (who.claim ? { name: who.name, claim: { ...who.claim, unfilled: true } } : { name: who.name })
  );
}

/** Who a row says it is, from its roster fields: its name, and its claim when it has an id. */
function rowWho(row: SheetRow, h: SheetHeader): { name: string; claim?: Claim } | undefined {
  const filled = row.cells;
  const text = (col: number | undefined) => {
    const v = filled.find((c) => c.column === col)?.value;
    return v === undefined || v === null ? undefined : String(v).trim();
  };
  const name = text(h.fields.name) ?? text(h.fields.community) ?? text(h.fields.id);
  if (!name) return undefined;
  const id = text(h.fields.id);
  if (id === undefined) return { name };
  const claim: Claim = { level: 'community', id };
  for (const [key, field] of [
    ['name', h.fields.name],
    ['street', h.fields.street],
    ['district', h.fields.district],
    ['rubric', h.fields.rubric],
  ] as const) {
    const v = text(field);
    if (v !== undefined) claim[key] = v;
  }
  // The period as a scored row's is read (a year column's date is its year).
  const period = rowPeriod(h, row);
  if (period !== undefined && period !== null && String(period).trim() !== '')
    claim.period = periodText(String(period).trim());
  return { name, claim };
}

/**
 * The one cell of a row that holds only a street's, town's or district's name (in its id, name or
 * first cell): a heading over the communities below it. A row with anything else is a community's.
 */
function groupHeadingCell(row: SheetRow, h: SheetHeader): SheetCell | undefined {
  const own = row.cells.filter((c) => !c.merged && c.value !== null && String(c.value).trim() !== '');
  if (own.length !== 1) return undefined;
  const c = own[0]!;
  const where = [h.fields.id, h.fields.name, h.fields.community, row.cells[0]?.column];
  return where.includes(c.column) && isGroupHeading(c) ? c : undefined;
}

/**
 * The first cell of a signature or note line (填表人：张三, 注：…): every cell the row holds, the
 * rubric and period the fill-in workbook wrote aside, is such a line. A community's row has an id
 * or a figure, which no such line is.
 */
function noteCell(row: SheetRow, h: SheetHeader): SheetCell | undefined {
  const own = row.cells.filter(
    (c) =>
      !c.merged &&
      c.column !== h.fields.rubric &&
      c.column !== h.fields.period &&
      c.value !== null &&
      String(c.value).trim() !== '',
  );
  return own.length > 0 && own.every(isNoteLine) ? own[0] : undefined;
}

/**
 * The cell that makes a row a totals row (合计 in its id or name cell, or in its first cell), when
 * the row has no id of its own: a community whose id is there is a community, whatever its name.
 */
function totalsCell(row: SheetRow, h: SheetHeader): SheetCell | undefined {
  const at = (column: number | undefined) =>
    column === undefined ? undefined : row.cells.find((c) => c.column === column);
  const id = at(h.fields.id);
  if (id && id.value !== null && String(id.value).trim() !== '' && !isTotalsLabel(id)) return undefined;
  for (const c of [id, at(h.fields.name), at(h.fields.community), row.cells[0]])
    if (isTotalsLabel(c)) return c;
  return undefined;
}

/**
 * Where a row that was not read as a submission (unfilled, broken) places a finding: at its id,
 * but the claim's name at the name's cell (a look-alike warning is about the name).
 */
function plainRowLocator(row: SheetRow, h: SheetHeader, at: Position): LoadedYaml['locate'] {
  const name = h.fields.name;
  return (path) =>
    name !== undefined && path.length === 2 && path[1] === 'name' ? cellPosition(row, name) : at;
}

/** Where a row's claimed name is (its cell; the id's when the sheet has no name column). */
export function rowNameAt(item: Extract<SheetItem, { kind: 'row' }>): Position {
  return item.loaded.locate([item.level, 'name']);
}
