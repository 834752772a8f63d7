/**
 * A roster (名册): the communities each street really has, so that a quota is judged over all of
 * them and not only over those that sent a file. YAML (`communities:`, a list of street, id, name
 * and optionally district) or CSV with a header row (street, id, name[, district]; Chinese
 * headers 街道, 编号, 名称, 区 too), in UTF-8 or GB18030, with or without a byte-order mark.
 * A roster of compounds (小区) adds each one's community: `compounds:` (or `communities:`) with a
 * `community` field, or a CSV column 所属社区 / community; in a CSV with a 小区 (name) column, 社区
 * is the community column.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { idKey } from '../model/assessment-schema.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import { isNoteText, isTotalsText } from '../model/note-line.js';
import { CSV_RECORD_DELIMITERS, csvDelimiter, csvErrorFinding, withoutSepLine } from './csv-lines.js';
import { parseYaml } from './parse-yaml.js';
import { readSource } from './read-source.js';

export interface RosterCommunity {
  /** For a roster of compounds (小区): the community each is in. */
  community?: string;
  street: string;
  id: string;
  name: string;
  district?: string;
  /** Where it is listed, for findings. */
  line: number;
}

export interface Roster {
  file: string;
  communities: RosterCommunity[];
}

const FIELDS = ['community', 'street', 'id', 'name', 'district'] as const;
type Field = (typeof FIELDS)[number];

/** Header names as offices write them, folded to the fields. */
const HEADERS: Record<string, Field> = {
  street: 'street',
  街道: 'street',
  街道办事处: 'street',
  办事处: 'street',
  辦事處: 'street',
  id: 'id',
  编号: 'id',
  編號: 'id',
  社区编号: 'id',
  社區編號: 'id',
  代码: 'id',
  代碼: 'id',
  name: 'name',
  名称: 'name',
  名稱: 'name',
  社区: 'name',
  社區: 'name',
  社区名称: 'name',
  社區名稱: 'name',
  小区: 'name',
  小區: 'name',
  小区名称: 'name',
  小區名稱: 'name',
  小区编号: 'id',
  小區編號: 'id',
  community: 'community',
  所属社区: 'community',
  所屬社區: 'community',
  district: 'district',
  区: 'district',
  區: 'district',
};

export function loadRoster(file: string): { roster?: Roster; findings: Finding[] } {
  const read = readSource(file);
  if (!read.ok) return { findings: read.findings.map((f) => ({ ...f, file, line: 1, column: 1 })) };
  const text = read.source.text.replace(/^\uFEFF/, '');
  return buildRoster(file, /\.[ct]sv$/i.test(file) ? csvRows(text) : yamlRows(text, file));
}

/**
 * A roster from a table's records (a workbook's rows, read in src/pipeline): each sheet's header
 * row (within its first rows, under any title) names the columns, as a CSV file's does; a sheet
 * that names none (notes) is no part of it.
 */
export function rosterFromRecords(
  file: string,
  records: readonly RosterRecord[],
): { roster?: Roster; findings: Finding[] } {
  const bySheet = new Map<string | undefined, RosterRecord[]>();
  for (const r of records) {
    const list = bySheet.get(r.sheet);
    if (list) list.push(r);
    else bySheet.set(r.sheet, [r]);
  }
  const rows: Row[] = [];
  let first: Finding | undefined;
  for (const list of bySheet.values()) {
    const table = tableRows(list);
    if ('findings' in table) first ??= table.findings[0];
    else rows.push(...table.rows);
  }
  if (!rows.length && first) return { findings: [{ ...first, file }] };
  return buildRoster(file, { rows });
}

function buildRoster(
  file: string,
  rows: { rows: Row[] } | { findings: Finding[] },
): { roster?: Roster; findings: Finding[] } {
  const at = (f: Finding, line = 1, column = 1, sheet?: string): Finding => ({
    ...f,
    file,
    line,
    column,
    ...(sheet !== undefined ? { sheet } : {}),
  });
  if ('findings' in rows)
    return { findings: rows.findings.map((f) => (f.file ? f : at(f, f.line, f.column, f.sheet))) };
  const findings: Finding[] = [];
  const communities: RosterCommunity[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.rows) {
    // No id, and no name or a signature line's (填表人：张三 审核人：李四): no community, but a line an
    // office types around its list (合计：9个, 五马街道 alone above it), never a reason to refuse it.
    if (!row.values.id && (!row.values.name || isNoteText(row.values.name))) continue;
    if (Object.values(row.values).some((v) => v !== undefined && isTotalsText(v))) continue;
    const missing = (['street', 'id', 'name'] as const).filter((k) => !row.values[k]);
    if (missing.length) {
      findings.push(
        at(finding('roster.field-missing', 'error', { fields: missing }), row.line, 1, row.sheet),
      );
      continue;
    }
    const first = seen.get(idKey(row.values.id!));
    if (first !== undefined) {
      findings.push(
        at(
          finding('roster.duplicate-id', 'error', { id: row.values.id!, line: first }),
          row.line,
          1,
          row.sheet,
        ),
      );
      continue;
    }
    seen.set(idKey(row.values.id!), row.line);
    communities.push({
      ...(row.values.community ? { community: row.values.community } : {}),
      street: row.values.street!,
      id: row.values.id!,
      name: row.values.name!,
      ...(row.values.district ? { district: row.values.district } : {}),
      line: row.line,
    });
  }
  if (!communities.length && !hasErrors(findings)) findings.push(at(finding('roster.empty', 'error')));
  return hasErrors(findings) ? { findings } : { roster: { file, communities }, findings };
}

/** A row of a table as the roster reads it: its cells' text by column (A = 0), and where it is. */
export interface RosterRecord {
  line: number;
  cells: string[];
  /** The worksheet, for a workbook's row. */
  sheet?: string;
}

interface Row {
  line: number;
  sheet?: string;
  values: Partial<Record<Field, string>>;
}

/** How many rows above a header a title or a note may take. */
const HEADER_SEARCH = 10;

/** The roster fields a header row names, by column. */
function headerColumns(cells: readonly string[]): (Field | undefined)[] {
  const columns = cells.map((h) => HEADERS[h.trim().toLowerCase()]);
  // 小区 names the rows: then 社区 is the compound's community, not the row's name.
  const compoundNames = cells.some((h) => /^小[区區]/.test(h.trim()));
  cells.forEach((h, i) => {
    if (compoundNames && /^社[区區]$/.test(h.trim())) columns[i] = 'community';
  });
  return columns;
}

const ROSTER_NEEDS = ['street', 'id', 'name'] as const;

/**
 * A table's rows under its header: the first of its first rows that names the street, id and name
 * columns (a title such as 五马街道社区名册 may stand above it).
 */
function tableRows(records: readonly RosterRecord[]): { rows: Row[] } | { findings: Finding[] } {
  const head = records[0];
  if (!head) return { findings: [finding('roster.empty', 'error')] };
  let at = -1;
  let columns: (Field | undefined)[] = [];
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH) && at < 0; i++) {
    const c = headerColumns(records[i]!.cells);
    if (ROSTER_NEEDS.every((k) => c.includes(k))) [at, columns] = [i, c];
  }
  if (at < 0) {
    const c = headerColumns(head.cells);
    const absent = ROSTER_NEEDS.filter((k) => !c.includes(k));
    return {
      findings: [
        {
          ...finding('roster.header', 'error', { fields: absent }),
          line: head.line,
          column: 1,
          ...(head.sheet !== undefined ? { sheet: head.sheet } : {}),
        },
      ],
    };
  }
  return {
    rows: records.slice(at + 1).map(({ cells, line, sheet }) => {
      const values: Row['values'] = {};
      cells.forEach((v, i) => {
        const field = columns[i];
        const t = v.trim();
        if (field && t !== '') values[field] = t;
      });
      return { line, ...(sheet !== undefined ? { sheet } : {}), values };
    }),
  };
}

function csvRows(text: string): { rows: Row[] } | { findings: Finding[] } {
  let records: { record: string[]; info: { lines: number } }[];
  let lastLine = 0;
  try {
    records = parseCsv(withoutSepLine(text), {
      // Excel's "Unicode text" (UTF-16, decoded by readSource) is separated by tabs.
      delimiter: csvDelimiter(text),
      record_delimiter: CSV_RECORD_DELIMITERS,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      on_record: (r: { record: string[]; info: { lines: number } }) => {
        lastLine = r.info.lines;
        return r;
      },
    } as never) as unknown as typeof records;
  } catch (e) {
    return {
      findings: [csvErrorFinding(e, lastLine, (reason) => finding('roster.csv-syntax', 'error', { reason }))],
    };
  }
  return tableRows(records.map(({ record, info }) => ({ line: info.lines, cells: record })));
}

function yamlRows(text: string, file: string): { rows: Row[] } | { findings: Finding[] } {
  const parsed = parseYaml(text);
  const placed = (fs: Finding[]) =>
    fs.map((f) =>
      f.line !== undefined
        ? { ...f, file }
        : { ...f, file, ...(f.path ? parsed.locate(f.path) : { line: 1, column: 1 }) },
    );
  if (hasErrors(parsed.findings)) return { findings: placed(parsed.findings) };
  const data = parsed.data as { communities?: unknown; compounds?: unknown } | undefined;
  const key = data?.compounds !== undefined ? 'compounds' : 'communities';
  const list = data?.[key];
  if (!Array.isArray(list))
    return { findings: placed([finding('roster.not-a-list', 'error', {}, ['communities'])]) };
  return {
    rows: list.map((item, i) => {
      const values: Row['values'] = {};
      if (item && typeof item === 'object')
        for (const k of FIELDS) {
          const v = (item as Record<string, unknown>)[k];
          if (typeof v === 'string' || typeof v === 'number') values[k] = String(v).trim();
        }
      return { line: parsed.locate([key, i]).line, values };
    }),
  };
}
