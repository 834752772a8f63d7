/**
 * `--inspections <file|dir>`: the inspectors' records (督查: 明查, 暗访, 复查) read from YAML,
 * .xlsx or .csv by the same bounded readers as submissions (src/load, src/sheets), each field
 * checked on its own: a record with a problem is left out with a finding at its file:line:column
 * (or sheet cell), and the others still apply, so one bad record never stops a batch. Which
 * community and metric a record means is known only once the submissions are judged: those
 * findings are the engine's (src/engine/inspect.ts) and the rank report's (unknownCommunities).
 */
import { loadYamlFile } from '../load/load-yaml-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import { ENTITY_ID_RE, idKey, PERIOD_RE, periodText } from '../model/assessment-schema.js';
import { sheetDay } from '../model/dates.js';
import { parseFlag } from '../model/figures.js';
import { type Finding, finding, type Path } from '../model/finding.js';
import {
  INSPECTION_FIELDS,
  type InspectionField,
  type InspectionPlace,
  type InspectionRecord,
  type InspectionSet,
  inspectionKind,
} from '../model/inspection.js';
import { nameKey } from '../model/names.js';
import { columnLetters, placeText } from '../model/place.js';
import { isoDate } from '../sheets/cell-value.js';
import { readCsvRows } from '../sheets/read-csv.js';
import { readXlsxRows } from '../sheets/read-xlsx.js';
import { cellPosition } from '../sheets/row-data.js';
import { sheetKind } from '../sheets/sheet-files.js';
import { limitFinding, SheetLimitError, WorkbookError, workbookFinding } from '../sheets/sheet-limits.js';
import type { SheetRow } from '../sheets/sheet-row.js';
import { expandSheetInputs } from './intake/list-inputs.js';

const REQUIRED: readonly InspectionField[] = ['community', 'metric', 'date', 'inspector', 'kind'];

/** Rows of a sheet looked at for its header: a title and notes above it, as submissions' readers allow. */
const TITLE_ROWS = 5;

/** Column headers as inspectors write them (folded to simplified, lower case, without a note in brackets). */
const HEADERS: Record<string, InspectionField> = {
  community: 'community',
  id: 'community',
  社区编号: 'community',
  编号: 'community',
  社区: 'community',
  metric: 'metric',
  指标: 'metric',
  督查项目: 'metric',
  项目: 'metric',
  value: 'value',
  督查值: 'value',
  实测值: 'value',
  实测: 'value',
  核查值: 'value',
  finding: 'finding',
  发现问题: 'finding',
  督查发现: 'finding',
  问题: 'finding',
  date: 'date',
  督查日期: 'date',
  日期: 'date',
  inspector: 'inspector',
  督查人: 'inspector',
  检查人: 'inspector',
  kind: 'kind',
  督查方式: 'kind',
  方式: 'kind',
  deduct: 'deduct',
  扣分: 'deduct',
  deadline: 'deadline',
  整改时限: 'deadline',
  // Taiwan's words (the zh-TW template's headers): 改善 for 整改.
  改善期限: 'deadline',
  改善时限: 'deadline',
  fixed: 'fixed',
  已整改: 'fixed',
  是否整改: 'fixed',
  整改完成: 'fixed',
  已改善: 'fixed',
  是否改善: 'fixed',
  改善完成: 'fixed',
  period: 'period',
  年度: 'period',
  周期: 'period',
};

/** The field a header cell names, if any: `督查方式（明查/暗访/复查）` is 督查方式. */
export function headerField(text: string): InspectionField | undefined {
  const bare = text.replace(/[（(].*$/s, '').trim();
  return HEADERS[nameKey(bare).toLowerCase()];
}

type Value = unknown;
/** A record as read from its file: each field's value and where it is. */
interface RawRecord {
  readonly at: InspectionPlace;
  get(field: InspectionField): { value: Value; readonly at: InspectionPlace } | undefined;
}

const text = (v: Value): string =>
  v instanceof Date
    ? isoDate(v)
    : typeof v === 'string'
      ? v.trim()
      : v === null || v === undefined
        ? ''
        : String(v);

/**
 * Characters that show nothing: spaces of every kind, controls, zero-width and other format
 * characters, and the Hangul and Braille fillers. A field holding only these is empty: a 复查 by
 * an inspector named U+200B is a 复查 by nobody, and closes nothing.
 */
const NOTHING_SHOWN = /^[\p{Z}\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0\u2800\s]*$/u;
const blank = (v: Value): boolean => NOTHING_SHOWN.test(text(v));

/** A record's period: as given (by it or its file), else its date's year, marked as taken from the date. */
const recordPeriod = (
  given: string | undefined,
  date: string,
): Pick<InspectionRecord, 'period' | 'periodFromDate'> =>
  given !== undefined ? { period: given } : { period: date.slice(0, 4), periodFromDate: true };

/** Points as an inspector writes them: 2, 2.5, 2分, full-width ２; never 0x10 (16) or 1e3. */
function points(v: Value): number | undefined {
  const written = text(v)
    .normalize('NFKC')
    .replace(/\s*分$/, '');
  const n = typeof v === 'number' ? v : /^\d+(\.\d+)?$/.test(written) ? Number(written) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * A record's days that cannot be: a deadline before the inspection, or an inspection more than a
 * year after the period it checks (one of a year's self-assessment is made that year or the next,
 * a 复查 after 整改; a record dated 2099 is a slip or a forgery, and would move the day every
 * community's 整改 items are judged by). Each with the field it is at.
 */
function dayProblems(
  date: string | undefined,
  deadline: string | undefined,
  checks: string | undefined,
): [Finding, InspectionField][] {
  const out: [Finding, InspectionField][] = [];
  if (date && deadline && deadline < date)
    out.push([finding('inspection.deadline-before', 'error', { deadline, date }), 'deadline']);
  if (date && checks && Number(date.slice(0, 4)) > Number(checks.slice(0, 4)) + 1)
    out.push([finding('inspection.date-after-period', 'error', { date, period: checks }), 'date']);
  return out;
}

/** One record checked field by field: the record, or why it is left out (every problem, at its field). */
function readRecord(
  raw: RawRecord,
  filePeriod: string | undefined,
  findings: Finding[],
): InspectionRecord | undefined {
  const problems: Finding[] = [];
  const filled = (field: InspectionField) => {
    const v = raw.get(field);
    return v !== undefined && !blank(v.value);
  };
  // A template's row nobody filled in (its community, metric or kind written in advance): no record.
  if (!(['value', 'finding', 'date', 'inspector'] as const).some(filled)) return undefined;
  const at = (f: Finding, field?: InspectionField) => ({ ...f, ...(raw.get(field!)?.at ?? raw.at) });
  const get = (field: InspectionField) => {
    const v = raw.get(field);
    return v === undefined || blank(v.value) ? undefined : v.value;
  };
  for (const field of REQUIRED)
    if (get(field) === undefined)
      problems.push({ ...finding('inspection.field-missing', 'error', { field }), ...raw.at });
  const community = text(get('community'));
  if (community && !ENTITY_ID_RE.test(community))
    problems.push(at(finding('inspection.bad-id', 'error', { actual: community }), 'community'));
  const day = (field: 'date' | 'deadline') => {
    const v = get(field);
    if (v === undefined) return undefined;
    const t = text(v);
    const iso = sheetDay(t);
    if (iso) return iso;
    problems.push(at(finding('inspection.bad-date', 'error', { field, actual: t }), field));
    return undefined;
  };
  const date = day('date');
  const deadline = day('deadline');
  const kindText = get('kind');
  const kind = kindText === undefined ? undefined : inspectionKind(text(kindText));
  if (kindText !== undefined && !kind)
    problems.push(at(finding('inspection.bad-kind', 'error', { actual: text(kindText) }), 'kind'));
  let deduct: number | undefined;
  const d = get('deduct');
  if (d !== undefined) {
    deduct = points(d);
    if (deduct === undefined)
      problems.push(
        at(finding('inspection.bad-number', 'error', { field: 'deduct', actual: text(d) }), 'deduct'),
      );
  }
  let fixed: boolean | undefined;
  const fx = get('fixed');
  if (fx !== undefined) {
    const f = parseFlag(fx);
    if (f.ok) fixed = f.value;
    else
      problems.push(
        at(finding('inspection.bad-flag', 'error', { field: 'fixed', actual: text(fx) }), 'fixed'),
      );
  }
  let period: string | undefined;
  const p = get('period');
  if (p !== undefined) {
    if (PERIOD_RE.test(text(p))) period = periodText(text(p));
    else problems.push(at(finding('inspection.bad-period', 'error', { actual: text(p) }), 'period'));
  }
  const value = get('value');
  const written = get('finding');
  if (value === undefined && written === undefined)
    problems.push({ ...finding('inspection.no-value', 'error'), ...raw.at });
  for (const [f, field] of dayProblems(date, deadline, period ?? filePeriod)) problems.push(at(f, field));
  if (problems.length) {
    findings.push(...problems);
    return undefined;
  }
  const place = (field: InspectionField) => raw.get(field)?.at ?? raw.at;
  return {
    community,
    metric: text(get('metric')),
    ...(value !== undefined
      ? { value: typeof value === 'number' || typeof value === 'boolean' ? value : text(value) }
      : {}),
    ...(written !== undefined ? { finding: text(written) } : {}),
    date: date!,
    inspector: text(get('inspector')),
    kind: kind!,
    ...(deduct !== undefined ? { deduct } : {}),
    ...(deadline ? { deadline } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    ...recordPeriod(period ?? filePeriod, date!),
    at: raw.at,
    metricAt: place('metric'),
    valueAt: place(value !== undefined ? 'value' : 'finding'),
  };
}

const TOP_KEYS = new Set(['$schema', 'inspections', 'rubric', 'period', 'records']);

function yamlRecords(file: string, maxBytes: number, findings: Finding[]): InspectionRecord[] {
  const y = loadYamlFile(file, maxBytes);
  findings.push(...y.findings);
  if (!y.data) return [];
  const where = (path: Path): InspectionPlace => ({ file, ...y.locate(path) });
  const data = y.data;
  for (const key of Object.keys(data))
    if (!TOP_KEYS.has(key))
      findings.push({ ...finding('inspection.unknown-key', 'warning', { key }), ...where([key]) });
  const list = data.records;
  if (!Array.isArray(list)) {
    findings.push({
      ...finding('inspection.not-a-list', 'error'),
      ...where(list === undefined ? [] : ['records']),
    });
    return [];
  }
  let filePeriod: string | undefined;
  if (data.period !== undefined) {
    if (PERIOD_RE.test(text(data.period))) filePeriod = periodText(text(data.period));
    else
      findings.push({
        ...finding('inspection.bad-period', 'error', { actual: text(data.period) }),
        ...where(['period']),
      });
  }
  const out: InspectionRecord[] = [];
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      findings.push({ ...finding('inspection.not-a-list', 'error'), ...where(['records', i]) });
      return;
    }
    const rec = item as Record<string, unknown>;
    for (const key of Object.keys(rec))
      if (!(INSPECTION_FIELDS as readonly string[]).includes(key))
        findings.push({
          ...finding('inspection.unknown-key', 'warning', { key }),
          ...where(['records', i, key]),
        });
    // Places are looked up only when a record keeps or reports them (a file of thousands of
    // records would otherwise find each field's place several times).
    const fields = new Map<InspectionField, { value: Value; readonly at: InspectionPlace }>();
    const r = readRecord(
      {
        get at() {
          return where(['records', i]);
        },
        get: (field) => {
          if (!Object.hasOwn(rec, field)) return undefined;
          let f = fields.get(field);
          if (!f) {
            f = {
              value: rec[field],
              get at() {
                return where(['records', i, field]);
              },
            };
            fields.set(field, f);
          }
          return f;
        },
      },
      filePeriod,
      findings,
    );
    if (r) out.push(r);
  });
  return out;
}

/** The records of a sheet's rows: each sheet's first row names the columns. */
/**
 * What an inspections workbook hides and is read all the same, said as a submission workbook's is
 * (sheet.hidden-row at the record, sheet.hidden-column once per column of a sheet): a record or
 * a deduction nobody sees in Excel still moves a community's score.
 */
class HiddenCells {
  private readonly said = new Set<string>();
  private readonly titles = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly findings: Finding[],
  ) {}

  /** A sheet's header row: its titles, to name a hidden column. */
  header(row: SheetRow): void {
    for (const c of row.cells)
      if (typeof c.value === 'string') this.titles.set(`${row.sheet ?? ''}\u0000${c.column}`, c.value.trim());
  }

  row(row: SheetRow, column: number): void {
    this.findings.push({
      ...finding('sheet.hidden-row', 'warning'),
      file: this.file,
      ...cellPosition(row, column),
    });
  }

  column(row: SheetRow, column: number): void {
    const key = `${row.sheet ?? ''}\u0000${column}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.findings.push({
      ...finding('sheet.hidden-column', 'warning', {
        column: columnLetters(column),
        header: this.titles.get(key) ?? '',
      }),
      file: this.file,
      ...cellPosition(row, column),
    });
  }
}

function sheetRecords(file: string, rows: Iterable<SheetRow>, findings: Finding[]): InspectionRecord[] {
  const out: InspectionRecord[] = [];
  const headers = new Map<string | undefined, Map<number, InspectionField> | null>();
  let anyHeader = false;
  let missing: InspectionField[] = [];
  const hidden = new HiddenCells(file, findings);
  /** Rows looked at for the header, per sheet. */
  const looked = new Map<string | undefined, number>();
  for (const row of rows) {
    let columns = headers.get(row.sheet);
    if (columns === undefined) {
      const map = new Map<number, InspectionField>();
      for (const c of row.cells) {
        const f = typeof c.value === 'string' ? headerField(c.value) : undefined;
        if (f) map.set(c.column, f);
      }
      const fields = new Set(map.values());
      const n = (looked.get(row.sheet) ?? 0) + 1;
      looked.set(row.sheet, n);
      // The sheet's title above the header (2005年第四季度督查记录, merged across), or a line of
      // notes, as submissions' sheets have them: the header is looked for below, as theirs is.
      // Below the first row a header names two columns at least (a note's 指标 alone is none).
      if (fields.size < (n === 1 ? 1 : 2)) {
        // A sheet of notes (the template's 填写说明) names none of the columns: skipped.
        if (n >= TITLE_ROWS) headers.set(row.sheet, null);
        continue;
      }
      hidden.header(row);
      const absent = REQUIRED.filter((f) => !fields.has(f));
      columns = map;
      if (absent.length) {
        missing = absent;
        findings.push({
          ...finding('inspection.header', 'error', { fields: absent }),
          file,
          ...cellPosition(row, 1),
        });
        columns = null;
      } else anyHeader = true;
      headers.set(row.sheet, columns);
      continue;
    }
    if (columns === null) continue;
    const byField = new Map<InspectionField, { value: Value; at: InspectionPlace }>();
    for (const c of row.cells) {
      const f = columns.get(c.column);
      if (f) byField.set(f, { value: c.value, at: { file, ...cellPosition(row, c.column) } });
      if (f && c.hidden) hidden.column(row, c.column);
    }
    if (row.hidden && byField.size) hidden.row(row, Math.min(...columns.keys()));
    const first = Math.min(...columns.keys());
    const r = readRecord(
      { at: { file, ...cellPosition(row, first) }, get: (f) => byField.get(f) },
      undefined,
      findings,
    );
    if (r) out.push(r);
  }
  if (!anyHeader && !missing.length)
    findings.push({
      ...finding('inspection.header', 'error', { fields: REQUIRED }),
      file,
      line: 1,
      column: 1,
    });
  return out;
}

async function xlsxRecords(file: string, maxBytes: number, findings: Finding[]): Promise<InspectionRecord[]> {
  const rows: SheetRow[] = [];
  try {
    for await (const row of readXlsxRows(file, maxBytes)) rows.push(row);
  } catch (e) {
    if (e instanceof SheetLimitError) findings.push({ ...limitFinding(e), file, line: 1, column: 1 });
    else if (e instanceof WorkbookError)
      findings.push({
        ...workbookFinding(e),
        file,
        line: 1,
        column: 1,
      });
    else throw e;
    return [];
  }
  // A hidden sheet holding a table (sheet.hidden-sheet) is said, not read.
  for (const r of rows) if (r.broken) findings.push({ ...r.broken, file });
  return sheetRecords(
    file,
    rows.filter((r) => !r.broken),
    findings,
  );
}

/**
 * Every inspections file under the paths given (files and folders of YAML, .xlsx, .csv): the
 * well-formed records, and the findings of the rest. `set` is undefined when nothing at all could
 * be read (no file found): the command cannot honour the option.
 */
export async function loadInspections(
  paths: readonly string[],
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<{ set?: InspectionSet; findings: Finding[]; unread: string[] }> {
  const expanded = expandSheetInputs([...paths]);
  const findings: Finding[] = [...expanded.findings];
  if (!expanded.files.length) return { findings, unread: [] };
  const records: InspectionRecord[] = [];
  const unread: string[] = [];
  for (const file of expanded.files) {
    const before = findings.length;
    const kind = sheetKind(file);
    const got =
      kind === 'xlsx'
        ? await xlsxRecords(file, maxBytes, findings)
        : kind === 'csv'
          ? csvRecords(file, maxBytes, findings)
          : kind === 'legacy'
            ? legacy(file, findings)
            : yamlRecords(file, maxBytes, findings);
    records.push(...got);
    if (!got.length && findings.slice(before).some((f) => f.severity === 'error')) unread.push(file);
  }
  if (!records.length && !findings.some((f) => f.severity === 'error'))
    findings.push({
      ...finding('inspection.empty', 'warning'),
      file: expanded.files[0]!,
      line: 1,
      column: 1,
    });
  const once = oncePerInspection(records, findings);
  let lastDay = '';
  const lastDays: Record<string, string> = Object.create(null);
  for (const r of once) {
    if (r.date > lastDay) lastDay = r.date;
    const year = r.period.slice(0, 4);
    if (r.date > (lastDays[year] ?? '')) lastDays[year] = r.date;
  }
  return { set: { files: expanded.files, records: once, lastDay, lastDays }, findings, unread };
}

/** What makes two records one inspection: the community, metric, day, kind and period. */
const inspectionKey = (r: InspectionRecord) =>
  [idKey(r.community), nameKey(r.metric).toLowerCase(), r.date, r.kind, r.period].join('\u0000');

/** What one inspection found: two records of it that agree on these are the same record. */
const foundKey = (r: InspectionRecord) =>
  [typeof r.value === 'string' ? nameKey(r.value) : String(r.value), r.deduct, r.deadline, r.fixed].join(
    '\u0000',
  );

/**
 * One inspection counts once. The same record listed twice (a file copied into the folder as
 * `a (1).yaml`, a row pasted twice) took its deduction twice; it is now counted once, with
 * `inspection.duplicate` at the repeat. Records of one inspection (community, metric, day, kind)
 * that disagree (another value, deduction, deadline or verdict) are `inspection.conflict`, an
 * error at each repeat, and none of them is applied: which one stands is never decided by the
 * order of the files.
 */
function oncePerInspection(records: readonly InspectionRecord[], findings: Finding[]): InspectionRecord[] {
  const groups = new Map<string, InspectionRecord[]>();
  for (const r of records) {
    const key = inspectionKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: InspectionRecord[] = [];
  for (const r of records) {
    const group = groups.get(inspectionKey(r))!;
    const [head, ...rest] = group;
    if (r !== head) continue;
    const agree = rest.every((x) => foundKey(x) === foundKey(r));
    if (agree) out.push(r);
    for (const x of rest)
      findings.push({
        ...finding(agree ? 'inspection.duplicate' : 'inspection.conflict', agree ? 'warning' : 'error', {
          community: x.community,
          metric: x.metric,
          date: x.date,
          first: placeText(r.at),
        }),
        ...x.at,
      });
  }
  return out;
}

function csvRecords(file: string, maxBytes: number, findings: Finding[]): InspectionRecord[] {
  const read = readCsvRows(file, maxBytes);
  // A record that could not be read is that record's error, and no record.
  const said = [...read.findings, ...read.rows.flatMap((r) => (r.broken ? [r.broken] : []))];
  findings.push(...said.map((f) => (f.file ? f : { ...f, file, line: f.line ?? 1, column: f.column ?? 1 })));
  // A file past a bound is not read at all: its finding says so, and no header is missing.
  if (!read.rows.length && said.some((f) => f.severity === 'error')) return [];
  return sheetRecords(
    file,
    read.rows.filter((r) => !r.broken),
    findings,
  );
}

/** An old .xls or .et workbook: refused, as a submission's is, with the way to save it. */
function legacy(file: string, findings: Finding[]): InspectionRecord[] {
  const ext = file.slice(file.lastIndexOf('.'));
  findings.push({ ...finding('sheet.legacy-format', 'error', { ext }), file, line: 1, column: 1 });
  return [];
}
