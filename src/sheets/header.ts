/**
 * What each column of a sheet holds, from its header: a field of the community (id, name,
 * street…), a metric or a facility of the rubric. A header matches by id, by title in any
 * language, or by alias, with or without its unit (`面积（平方米）`), so a sheet whose headers
 * were typed by hand works too. The workbook `init` writes has the ids in a second header row,
 * which wins over the titles (columns may be moved or retitled).
 */
import { kindOf } from '../kinds/registry.js';
import type { ParamsOf } from '../model/codes/index.js';
import { buildNameIndex, normalizeName, suggest } from '../model/names.js';
import { allCriteria, type Rubric } from '../model/rubric.js';
import type { SheetCell, SheetRow } from './sheet-row.js';

export const ROW_FIELDS = [
  'rubric',
  'period',
  'id',
  'name',
  'community',
  'street',
  'district',
  'city',
  'type',
  'notes',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** Header words for the fields, in the three languages and as Chinese offices write them. */
const FIELD_NAMES: Record<RowField, readonly string[]> = {
  rubric: ['rubric', '评分细则', '評分細則', '细则', '細則', '评分标准', '評分標準'],
  period: ['period', 'year', '年度', '年份', '期间', '期間', '时期', '時期', '考核年度'],
  id: [
    'id',
    'community id',
    'street id',
    '编号',
    '編號',
    '社区编号',
    '社區編號',
    '街道编号',
    '街道編號',
    '代码',
    '代碼',
    '社区代码',
    '社區代碼',
    '小区编号',
    '小區編號',
  ],
  name: [
    'name',
    'community',
    'community name',
    'street name',
    'compound name',
    '名称',
    '名稱',
    '社区',
    '社區',
    '社区名称',
    '社區名稱',
    '街道名称',
    '街道名稱',
    '小区',
    '小區',
    '小区名称',
    '小區名稱',
  ],
  /** A compound's community (小区所属社区); `社区` alone stays a community's name. */
  community: ['parent community', '所属社区', '所屬社區', '社区居委会', '社區居委會'],
  street: ['street', '街道', '所属街道', '所屬街道', '街道（乡镇）', '街道(乡镇)', '乡镇街道', '鄉鎮街道'],
  district: ['district', '区', '區', '所属区', '所屬區', '区县', '區縣', '县区', '縣區'],
  city: ['city', '市', '城市', '所属市', '所屬市'],
  type: ['type', 'community type', '社区类型', '社區類型', '类型', '類型'],
  notes: ['notes', 'note', '备注', '備註', '说明', '說明'],
};

/** Headers of a period column that say it holds a year (not 期间 / period, which may hold a month). */
const YEAR_HEADERS = new Set(['year', '年度', '年份', '考核年度'].map((n) => normalizeName(n)));

/** Whether a period column's header says it holds a year: a date there is read as its year. */
export function isYearHeader(text: string): boolean {
  return YEAR_HEADERS.has(normalizeName(bareHeader(text))) || YEAR_HEADERS.has(normalizeName(text));
}

const fieldByName = new Map<string, RowField>();
for (const f of ROW_FIELDS) for (const n of FIELD_NAMES[f]) fieldByName.set(normalizeName(n), f);

export type ColumnRole =
  | { kind: 'field'; field: RowField }
  /** percent: a rate column whose header gives its unit as % (`比例（%）`): a bare 85 there is 85%. */
  | { kind: 'metric'; metric: string; percent?: true }
  /** measure: what a number in the column is (the fill-in workbook's `<facility>.area|count` ids); a plain facility column holds an area. */
  | { kind: 'facility'; facility: string; measure?: 'area' | 'count' }
  /** 台账 of a criterion (`台账：一线通、一卡通、一点通`): pictures in cells (DISPIMG) or paths. */
  | { kind: 'evidence'; criterion: string };

/** `台账：<criterion id or title>`, `臺帳:…`, `evidence: …`: a column of a criterion's evidence. */
const EVIDENCE_HEADER =
  /^\s*(?:台账|臺帳|臺賬|台帐|佐证材料|佐證資料|佐证资料|evidence)\s*[:：]\s*(.+?)\s*$/iu;

export interface HeaderCell {
  column: number;
  /** The header as written (the title row), for messages. */
  text: string;
  /** The id row's key, when the sheet has one (`init`'s workbooks). */
  key?: string;
  /**
   * In a two-row header, the title of the merged group above (`设施` over `面积` and `数量`,
   * `服务站、服务用房` over `面积（平方米）`); `text` is then the sub-title of the second row.
   */
  group?: string;
  /** The row the text is in, when not the title row (a sub-title). */
  row?: number;
}

/** The header as a message names it: `设施 / 数量` for a sub-title under a group. */
export function headerText(c: HeaderCell): string {
  return c.group ? `${c.group} / ${c.text}` : c.text;
}

/** A sheet's header: the title row, and the id row below it if there is one. */
export interface SheetHeader {
  sheet?: string;
  /** The row of the titles, and of the ids when present: data starts below the last. */
  titleRow: number;
  lastRow: number;
  cells: HeaderCell[];
  /** Columns of the fields, rubric-independent: id, name, period… */
  fields: Partial<Record<RowField, number>>;
}

/** `面积（平方米）` → `面积`; `*编号` → `编号`: the unit and a required-mark are not part of the name. */
export function bareHeader(text: string): string {
  return text
    .replace(/[\s]*[（(][^（）()]*[)）][\s]*$/u, '')
    .replace(/^[*＊★]\s*/u, '')
    .trim();
}

export function fieldOf(text: string): RowField | undefined {
  return fieldByName.get(normalizeName(bareHeader(text))) ?? fieldByName.get(normalizeName(text));
}

const cellText = (c: SheetCell) => (c.value === null ? '' : String(c.value)).trim();

/** A header row: it names an id column (a sheet without one, such as 填表说明, holds no communities). */
export function headerOf(row: SheetRow): SheetHeader | undefined {
  let cells: HeaderCell[] = row.cells.map((c) => ({ column: c.column, text: cellText(c) }));
  // The fill-in workbook's id row as the only header (its titles row deleted, or a CSV written by
  // hand with the ids): read as keys, so `service-station.area` is that facility's area.
  const ids = cells.length > 0 && cells.every((c) => isKey(c.text)) && cells.some((c) => c.text === 'id');
  if (ids) cells = cells.map((c) => ({ ...c, key: c.text }));
  const fields = fieldsOf(
    cells.map((c) => ({ column: c.column, name: c.text })),
    ids,
  );
  if (fields.id === undefined) return undefined;
  return {
    ...(row.sheet !== undefined ? { sheet: row.sheet } : {}),
    titleRow: row.row,
    lastRow: row.row,
    cells,
    fields,
  };
}

/** A column id: a field, a metric or facility id (as rubric ids are written), `<facility>.area|count`. */
const KEY_RE = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9_\-\u4e00-\u9fff]*(\.(area|count))?$/;

/**
 * What an id row may hold: column ids, and a 台账 header (`台账：patrol-team`), which a user adding
 * an evidence column types into the hidden id row as into the titles; it is the column's key.
 */
const isKey = (text: string) => KEY_RE.test(text) || EVIDENCE_HEADER.test(text);

/**
 * The row under the titles is an id row when every cell in it is a key (a field, or a plain
 * id such as `service-area`) and it names the id field: `init` writes one, and hides it.
 */
export function withIdRow(h: SheetHeader, row: SheetRow): SheetHeader | undefined {
  const keys = row.cells.map((c) => ({ column: c.column, name: cellText(c) }));
  if (!keys.every((k) => isKey(k.name))) return undefined;
  if (!keys.some((k) => k.name === 'id')) return undefined;
  return idRowHeader(h, row.row, keys);
}

/**
 * The id row with a cell that is no column id (a title, a note typed into the hidden row): still
 * the id row when it says `id` in the id column and most of its cells are ids, never a community.
 * Its other cells are read as keys; the foreign ones are given back, to be said at their cells
 * (their columns read by their titles).
 */
export function idRowWithForeign(
  h: SheetHeader,
  row: SheetRow,
): { header: SheetHeader; foreign: SheetCell[] } | undefined {
  const id = row.cells.find((c) => c.column === h.fields.id);
  if (!id || cellText(id) !== 'id') return undefined;
  const foreign = row.cells.filter((c) => !isKey(cellText(c)));
  if (!foreign.length || foreign.length * 2 >= row.cells.length) return undefined;
  const keys = row.cells
    .filter((c) => isKey(cellText(c)))
    .map((c) => ({ column: c.column, name: cellText(c) }));
  return { header: idRowHeader(h, row.row, keys), foreign };
}

function idRowHeader(h: SheetHeader, lastRow: number, keys: { column: number; name: string }[]): SheetHeader {
  const byColumn = new Map(keys.map((k) => [k.column, k.name]));
  const cells = h.cells.map((c) => {
    const key = byColumn.get(c.column);
    return key ? { ...c, key } : c;
  });
  for (const k of keys)
    if (!h.cells.some((c) => c.column === k.column))
      cells.push({ column: k.column, text: k.name, key: k.name });
  cells.sort((a, b) => a.column - b.column);
  const fields = fieldsOf(
    cells.map((c) => ({ column: c.column, name: c.key ?? c.text })),
    true,
  );
  return { ...h, lastRow, cells, fields };
}

/**
 * The row under the titles is a second header row when the titles above are merged across
 * columns (`设施` over `面积 | 数量`, `编号` merged down over two rows): it has no id, holds only
 * words, and names a column the title row left empty (the rest of a merged group title). The
 * streaming reader sees merged cells as one value in the first cell and nothing in the others,
 * and the merges only at the sheet's end, so the shape of the two rows is what tells.
 * Each column is then headed by its sub-title with the group title it falls under (a group runs
 * from its title to the next title), or by its title alone when nothing is below it.
 */
export function withSubHeader(h: SheetHeader, row: SheetRow): SheetHeader | undefined {
  const id = h.fields.id;
  if (!row.cells.length || row.cells.some((c) => c.column === id || typeof c.value !== 'string'))
    return undefined;
  const subs = row.cells.map((c) => ({ column: c.column, text: cellText(c) }));
  if (subs.some((c) => !c.text || YES_NO.has(c.text))) return undefined;
  const titled = new Map(h.cells.map((c) => [c.column, c]));
  if (!subs.some((c) => !titled.has(c.column))) return undefined;
  const under = new Map(subs.map((c) => [c.column, c.text]));
  const columns = [...new Set([...titled.keys(), ...under.keys()])].sort((a, b) => a - b);
  const cells: HeaderCell[] = [];
  let group: string | undefined;
  for (const column of columns) {
    const title = titled.get(column);
    const sub = under.get(column);
    if (title) group = sub !== undefined ? title.text : undefined;
    if (sub === undefined) {
      if (title) cells.push(title);
      continue;
    }
    cells.push({ column, text: sub, row: row.row, ...(group ? { group } : {}) });
  }
  const fields = fieldsOf(cells.map((c) => ({ column: c.column, name: c.text })));
  if (fields.id === undefined) return undefined;
  return { ...h, lastRow: row.row, cells, fields };
}

const YES_NO = new Set(['是', '否', '有', '无', '無', 'yes', 'no', 'y', 'n', 'true', 'false', '√', '×']);

/** In an id row a field's own key is that field (`community`: a compound's community, not a name). */
const keyField = (key: string): RowField | undefined =>
  (ROW_FIELDS as readonly string[]).includes(key) ? (key as RowField) : undefined;

function fieldsOf(
  named: { column: number; name: string }[],
  keys = false,
): Partial<Record<RowField, number>> {
  const fields: Partial<Record<RowField, number>> = {};
  for (const c of named) {
    const f = (keys ? keyField(c.name) : undefined) ?? fieldOf(c.name);
    if (f && fields[f] === undefined) fields[f] = c.column;
  }
  return fields;
}

/** A row-number column's header: 序号 (序號), 序, 行号, No., #. */
const SERIAL = /^\s*(?:序号|序號|序|行号|行號|no\.?|#)\s*$/i;

type HeaderCode = 'sheet.unknown-column' | 'sheet.duplicate-column' | 'sheet.ambiguous-column';

export type HeaderProblem = {
  [C in HeaderCode]: {
    code: C;
    /** An unknown or repeated field is a warning; a metric or facility that two columns give, an error. */
    severity: 'warning' | 'error';
    column: number;
    /** The header row it is in (a sub-title's), when not the title row. */
    row?: number;
    params: ParamsOf<C>;
  };
}[HeaderCode];

/** The columns of a sheet read against one rubric, and what in the header it does not know. */
export interface ColumnMap {
  roles: Map<number, ColumnRole>;
  /** Metric id → its column; facility id → its column. */
  metricColumn: Map<string, number>;
  facilityColumn: Map<string, number>;
  /**
   * Columns that give the same metric or facility measure and cannot be told apart (two
   * `社区服务站` columns): neither is read, a value in either is an error at its cell (it is not
   * scored as if the cell were empty), and the header says so once.
   */
  ambiguous: Map<number, string>;
  problems: HeaderProblem[];
}

/**
 * A metric's title as a header is matched by: its name (normalizeName), the marks between the
 * items of a list aside, so `服务站/服务用房面积` or `服务站，服务用房面积` typed for
 * `服务站、服务用房面积` is that metric.
 */
const titleKey = (s: string) => normalizeName(s).replace(/[、/,;，；]/g, '');

export function mapColumns(h: SheetHeader, rubric: Rubric): ColumnMap {
  const metricByName = new Map<string, string>();
  for (const m of Object.values(rubric.metrics)) {
    metricByName.set(titleKey(m.id), m.id);
    for (const t of Object.values(m.title)) if (t) metricByName.set(titleKey(t), m.id);
  }
  // A criterion about one metric names it too (`一区一警` for community-police-officers), after the metrics' own titles.
  for (const c of allCriteria(rubric)) {
    const metric = kindOf(c.kind).subject(c);
    if (metric === undefined) continue;
    for (const t of Object.values(c.title)) {
      const n = t ? titleKey(t) : '';
      if (n && !metricByName.has(n)) metricByName.set(n, metric);
    }
  }
  const facilities = buildNameIndex(rubric);
  const criterionByName = new Map<string, string>();
  for (const c of allCriteria(rubric)) {
    criterionByName.set(normalizeName(c.id), c.id);
    for (const t of Object.values(c.title)) if (t) criterionByName.set(normalizeName(t), c.id);
  }
  const evidenceColumn = new Map<string, number>();
  const roles = new Map<number, ColumnRole>();
  const metricColumn = new Map<string, number>();
  const facilityColumn = new Map<string, number>();
  const fieldColumn = new Map<RowField, number>();
  const problems: HeaderProblem[] = [];
  const ambiguous = new Map<number, string>();
  for (const c of h.cells) {
    const ev = EVIDENCE_HEADER.exec(c.key ?? '') ?? EVIDENCE_HEADER.exec(c.text);
    if (ev) {
      // A name the rubric does not know stays as written: the evidence check says so, with a suggestion.
      const criterion = criterionByName.get(normalizeName(ev[1]!)) ?? ev[1]!;
      if (!evidenceColumn.has(criterion)) {
        evidenceColumn.set(criterion, c.column);
        roles.set(c.column, { kind: 'evidence', criterion });
        continue;
      }
    }
    const role = roleOf(c, metricByName, facilities.resolve);
    if (!role) {
      // 序号 (the row's number, the first column of nearly every office sheet): nothing to read.
      if (!c.text || SERIAL.test(c.text)) continue;
      const names = [
        ...Object.values(rubric.metrics).flatMap((m) => Object.values(m.title).filter(Boolean) as string[]),
        ...facilities.names(),
      ];
      const typed = bareHeader(c.group ? `${bareHeader(c.group)}${c.text}` : c.text);
      const s = cutShort(typed, names) ?? suggest(typed, names) ?? suggest(bareHeader(c.text), names);
      problems.push({
        code: 'sheet.unknown-column',
        severity: 'warning',
        column: c.column,
        ...(c.row ? { row: c.row } : {}),
        params: { header: headerText(c), rubric: rubric.id, ...(s ? { suggestion: s } : {}) },
      });
      continue;
    }
    const [seen, id] =
      role.kind === 'field'
        ? [fieldColumn, role.field]
        : role.kind === 'metric'
          ? [metricColumn, role.metric]
          : [facilityColumn, facilityKey(role)];
    const first = (seen as Map<string, number>).get(id) ?? firstAmbiguous(ambiguous, id);
    if (first !== undefined) {
      if (role.kind === 'field') problems.push(duplicateField(c, id, first));
      else {
        problems.push(ambiguousColumn(c, id, first));
        ambiguous.set(first, id).set(c.column, id);
        roles.delete(first);
        (seen as Map<string, number>).delete(id);
      }
      continue;
    }
    (seen as Map<string, number>).set(id, c.column);
    roles.set(
      c.column,
      role.kind === 'metric' && rubric.metrics[role.metric]?.type === 'rate' && PERCENT_UNIT.test(c.text)
        ? { ...role, percent: true }
        : role,
    );
  }
  return { roles, metricColumn, facilityColumn, ambiguous, problems };
}

/** A header's unit that says its numbers are percentages: `（%）`, `(％)`, `（百分比）`. */
const PERCENT_UNIT = /[（(]\s*(?:[%％]|百分比)\s*[)）]\s*$/u;

/** A facility column's key: a plain facility column holds an area, as `<facility>.area` does. */
const facilityKey = (role: { facility: string; measure?: 'area' | 'count' }) =>
  `${role.facility}.${role.measure ?? 'area'}`;

function firstAmbiguous(ambiguous: Map<number, string>, id: string): number | undefined {
  for (const [column, key] of ambiguous) if (key === id) return column;
  return undefined;
}

function duplicateField(c: HeaderCell, id: string, first: number): HeaderProblem {
  return {
    code: 'sheet.duplicate-column',
    severity: 'warning',
    column: c.column,
    ...(c.row ? { row: c.row } : {}),
    params: { header: headerText(c) || id, key: id, first: String(first) },
  };
}

function ambiguousColumn(c: HeaderCell, id: string, first: number): HeaderProblem {
  return {
    code: 'sheet.ambiguous-column',
    severity: 'error',
    column: c.column,
    ...(c.row ? { row: c.row } : {}),
    params: { header: headerText(c) || id, key: id, first: String(first) },
  };
}

function roleOf(
  c: HeaderCell,
  metricByName: Map<string, string>,
  facility: (name: string) => string | undefined,
): Exclude<ColumnRole, { kind: 'evidence' }> | undefined {
  const measured = c.key ? /^(.*)\.(area|count)$/.exec(c.key) : null;
  if (measured) {
    const f = facility(measured[1]!);
    if (f) return { kind: 'facility', facility: f, measure: measured[2] as 'area' | 'count' };
  }
  const keyed = c.key ? keyField(c.key) : undefined;
  if (keyed) return { kind: 'field', field: keyed };
  const names = c.key ? [c.key, c.text] : [c.text];
  if (c.group) {
    // `服务站、服务用房` + `面积（平方米）` is the metric 服务站、服务用房面积; `社区警务室` over `面积` is the facility.
    names.unshift(`${bareHeader(c.group)}${c.text}`);
    // `社区警务室` over `数量` is its number.
    if (AREA_WORDS.has(normalizeName(bareHeader(c.text))) || subMeasure(c.text)) names.push(c.group);
  }
  for (const name of names) {
    if (!name) continue;
    const bare = bareHeader(name);
    const field = fieldOf(name);
    if (field) return { kind: 'field', field };
    const metric = metricByName.get(titleKey(bare)) ?? metricByName.get(titleKey(name));
    if (metric) return { kind: 'metric', metric };
    const f = facility(bare) ?? facility(name);
    if (f) {
      const measure = measureOf(name) ?? (c.group && name === c.group ? subMeasure(c.text) : undefined);
      return { kind: 'facility', facility: f, ...(measure ? { measure } : {}) };
    }
  }
  return undefined;
}

const COUNT_WORDS = new Set(
  ['数量', '數量', '个数', '個數', '数目', '數目', 'number', 'count', 'no.', '个', '個', '处', '處'].map(
    normalizeName,
  ),
);
const AREA_UNIT_WORDS = new Set(
  ['平方米', '平方公尺', '平米', 'm²', 'm2', '㎡', 'sqm', 'square metres', 'square meters'].map(
    normalizeName,
  ),
);

/** `面积` / `平方米` → area, `数量` → count: what a sub-title or a unit says a facility's number is. */
function measureWord(text: string): 'area' | 'count' | undefined {
  const parts = text
    .split(/[，,、;；/\s]+/u)
    .map((w) => normalizeName(w))
    .filter(Boolean);
  const area = parts.some((w) => AREA_WORDS.has(w) || AREA_UNIT_WORDS.has(w));
  const count = parts.some((w) => COUNT_WORDS.has(w));
  return area === count ? undefined : area ? 'area' : 'count';
}

/** A sub-title under a facility's group title: `数量`, `面积（平方米）`. */
const subMeasure = (text: string) => measureWord(bareHeader(text)) ?? measureOf(text);

/**
 * The measure a facility title's unit names: `社区服务站（面积，平方米）` an area, `社区服务站（数量）`
 * a count, as the fill-in workbook titles them (`fillin.header` with `fillin.facility.area|count`
 * in every language), so a sheet whose id row was deleted reads each into its own measure.
 */
function measureOf(text: string): 'area' | 'count' | undefined {
  const unit = /[（(]([^（）()]*)[)）]\s*$/u.exec(text);
  return unit ? measureWord(unit[1]!) : undefined;
}

const AREA_WORDS = new Set(
  ['面积', '面積', 'area', '建筑面积', '建築面積', '用房面积', '用房面積'].map(normalizeName),
);

/**
 * A header that is a name cut short (a narrow column, `文化室可同时学习人`): the shortest name that
 * holds it whole. Tried before "did you mean", which prefers a name inside what was typed
 * (`文化室`), right for a key with words added but not for a title that lost its end.
 */
function cutShort(header: string, names: readonly string[]): string | undefined {
  const typed = normalizeName(header);
  if (typed.length < 4) return undefined;
  let best: string | undefined;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const norm = normalizeName(n);
    if (norm !== typed && norm.includes(typed) && norm.length < bestLength) {
      best = n;
      bestLength = norm.length;
    }
  }
  return best;
}
