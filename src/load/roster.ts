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
import { isNoteText } from '../model/note-line.js';
import { CSV_RECORD_DELIMITERS, csvErrorFinding } from './csv-lines.js';
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
  const at = (f: Finding, line = 1, column = 1): Finding => ({ ...f, file, line, column });
  if (!read.ok) return { findings: read.findings.map((f) => at(f)) };
  const text = read.source.text.replace(/^\uFEFF/, '');
  const rows = /\.csv$/i.test(file) ? csvRows(text) : yamlRows(text, file);
  if ('findings' in rows)
    return { findings: rows.findings.map((f) => (f.file ? f : at(f, f.line, f.column))) };
  const findings: Finding[] = [];
  const communities: RosterCommunity[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.rows) {
    // No id, and no name or a signature line's (填表人：张三 审核人：李四): no community, but a line an
    // office types around its list (合计：9个, 五马街道 alone above it), never a reason to refuse it.
    if (!row.values.id && (!row.values.name || isNoteText(row.values.name))) continue;
    const missing = (['street', 'id', 'name'] as const).filter((k) => !row.values[k]);
    if (missing.length) {
      findings.push(at(finding('roster.field-missing', 'error', { fields: missing }), row.line));
      continue;
    }
    const first = seen.get(idKey(row.values.id!));
    if (first !== undefined) {
      findings.push(
        at(finding('roster.duplicate-id', 'error', { id: row.values.id!, line: first }), row.line),
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

interface Row {
  line: number;
  values: Partial<Record<Field, string>>;
}

function csvRows(text: string): { rows: Row[] } | { findings: Finding[] } {
  let records: { record: string[]; info: { lines: number } }[];
  let lastLine = 0;
  try {
    records = parseCsv(text, {
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
  const [head, ...body] = records;
  if (!head) return { findings: [finding('roster.empty', 'error')] };
  const columns = head.record.map((h) => HEADERS[h.toLowerCase()]);
  // 小区 names the rows: then 社区 is the compound's community, not the row's name.
  const compoundNames = head.record.some((h) => /^小[区區]/.test(h));
  head.record.forEach((h, i) => {
    if (compoundNames && /^社[区區]$/.test(h)) columns[i] = 'community';
  });
  const absent = (['street', 'id', 'name'] as const).filter((k) => !columns.includes(k));
  if (absent.length)
    return {
      findings: [{ ...finding('roster.header', 'error', { fields: absent }), line: 1, column: 1 }],
    };
  return {
    rows: body.map(({ record, info }) => {
      const values: Row['values'] = {};
      record.forEach((v, i) => {
        const field = columns[i];
        if (field && v !== '') values[field] = v;
      });
      return { line: info.lines, values };
    }),
  };
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
