/**
 * `rank --results-out <file.parquet>`: the batch's results as an Apache Parquet file, for
 * DuckDB, pandas, Spark or any engine that reads Parquet (docs/analysis.md). One row per
 * community per rubric and period (result-rows.ts), written in row groups with hyparquet-writer
 * (pure JavaScript, loaded only when asked for: parquet-lib.ts), so a province's files become one table that
 * existing engines query together. The file is the same bytes for the same results: nothing in
 * it depends on the time or the machine.
 */
import { criterionOrder, type KeptPoints, pointOf } from '../../engine/criterion-points.js';
import { STATUSES, type Status } from '../../engine/result.js';
import type { Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { RankReport } from '../rank/types.js';
import { parquetLib } from './parquet-lib.js';
import { type ResultRow, resultRows } from './result-rows.js';

/** Rows per row group: small enough to hold one group's columns at a time, large enough to scan well. */
export const ROW_GROUP = 10_000;

export interface ResultsMeta {
  /** The day judged on (--as-of), or null: the period's own. */
  asOf: string | null;
  /** "civscore 0.1.0". */
  tool: string;
  lang: Lang;
  /**
   * How a submission's path is written: as the batch named it, unless given (a signed run writes
   * it relative to the statement's folder, so that verify, run from elsewhere, makes the same file).
   */
  path?: (file: string) => string;
}

type Element = { name: string; [k: string]: unknown };
type Schema = Element[];

const str = (name: string): Element => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: 'OPTIONAL',
});
const dbl = (name: string): Element => ({ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' });
const int = (name: string): Element => ({ name, type: 'INT32', repetition_type: 'OPTIONAL' });
const strList = (name: string) => [
  { name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
];

/** The flat columns, in order, with how each is read from a row. */
const FLAT: [Element, (r: ResultRow, m: ResultsMeta) => unknown][] = [
  [str('rubric'), (r) => r.rubric],
  [str('rubric_sha256'), (r) => r.rubricSha256],
  [str('period'), (r) => r.period],
  [str('as_of'), (_r, m) => m.asOf],
  [str('level'), (r) => r.level],
  [str('id'), (r) => r.id],
  [str('name'), (r) => r.name],
  [str('community'), (r) => r.community],
  [str('street'), (r) => r.street],
  [str('district'), (r) => r.district],
  [str('file'), (r, m) => (r.file !== null && m.path ? m.path(r.file) : r.file)],
  [str('status'), (r) => r.status],
  [int('rank'), (r) => r.rank],
  [dbl('self_reported_total'), (r) => r.selfReportedTotal],
  [dbl('verified_total'), (r) => r.verifiedTotal],
  [dbl('total'), (r) => r.total],
  [dbl('possible'), (r) => r.possible],
  [str('tier'), (r) => r.tier],
  [str('tier_title'), (r) => r.tierTitle],
  [int('warnings'), (r) => r.warnings],
];

/**
 * The columns whose row groups record their least and greatest value, so an engine skips the
 * groups a filter rules out (`where street = '五马街道'`). Only these: statistics of every column
 * cost some 40% of the writing.
 */
const WITH_STATISTICS = new Set(['rubric', 'period', 'id', 'street', 'district', 'status', 'total', 'tier']);

/**
 * Text columns with a different value in nearly every row, handed to the writer as their UTF-8
 * bytes: it would encode each value into a buffer of its own (a hundred thousand rows: some
 * 200,000 small buffers outside the heap to make and collect), where these are views of one
 * buffer per column and row group. The same bytes are written; no statistics are kept of them
 * (statistics of bytes and of text can order differently).
 */
const AS_BYTES = new Set(['name', 'file']);

/** Each text as a view of its UTF-8 bytes in one buffer (null stays null). */
function utf8Views(values: readonly (string | null)[]): (Uint8Array | null)[] {
  let size = 0;
  for (const v of values) if (v !== null) size += Buffer.byteLength(v, 'utf8');
  const buf = Buffer.alloc(size);
  let at = 0;
  return values.map((v) => {
    if (v === null) return null;
    const n = buf.write(v, at, 'utf8');
    at += n;
    return buf.subarray(at - n, at);
  });
}

/**
 * The criteria, three columns each (`points.<id>`, `possible.<id>`, `status.<id>`), for every
 * criterion of every rubric in the batch, in the rubrics' order: wide and flat, as pandas and
 * DuckDB read a table best (a list of structs per row cost five times the time to write). A row
 * has values in its own rubric's columns; a criterion id two rubrics share is one column.
 */
interface CriterionColumns {
  ids: string[];
  /** Per rubric, for each column, the criterion's place in the rubric's order (-1: not in it). */
  places: Map<Rubric, Int32Array>;
}

function criterionColumns(report: RankReport): CriterionColumns {
  const ids: string[] = [];
  const column = new Map<string, number>();
  const rubrics: Rubric[] = [];
  for (const t of report.tables) {
    if (rubrics.includes(t.rubric)) continue;
    rubrics.push(t.rubric);
    for (const id of criterionOrder(t.rubric))
      if (!column.has(id)) {
        column.set(id, ids.length);
        ids.push(id);
      }
  }
  const places = new Map<Rubric, Int32Array>();
  for (const rubric of rubrics) {
    const at = new Int32Array(ids.length).fill(-1);
    criterionOrder(rubric).forEach((id, i) => {
      at[column.get(id)!] = i;
    });
    places.set(rubric, at);
  }
  return { ids, places };
}

function schemaOf(c: CriterionColumns): Schema {
  return [
    { name: 'root', num_children: FLAT.length + 2 + 3 * c.ids.length },
    ...FLAT.map(([s]) => s),
    ...strList('vetoes'),
    ...strList('unresolved_vetoes'),
    ...c.ids.flatMap((id) => [dbl(`points.${id}`), dbl(`possible.${id}`), str(`status.${id}`)]),
  ];
}

/** The column names, in order, of a batch's results (docs/analysis.md lists them). */
export function resultColumns(report: RankReport): string[] {
  return schemaOf(criterionColumns(report))
    .slice(1)
    .filter((e) => e.name !== 'list' && e.name !== 'element')
    .map((e) => e.name);
}

/** A column of a row group, made only when the writer reads it (see columnsOf). */
interface LazyColumn {
  name: string;
  readonly data: unknown[];
  statistics?: boolean;
}

const lazy = (name: string, make: () => unknown[], statistics = false): LazyColumn => ({
  name,
  get data() {
    return make();
  },
  ...(statistics ? { statistics: true } : {}),
});

/**
 * A row group's columns, each made when hyparquet-writer reads its `data` (once, column by
 * column, as it writes them; the first once more for the group's length): so memory holds one
 * column's values at a time (a criterion's three columns together), not the group's eighty, and
 * each is let go as it is written.
 */
function columnsOf(rows: readonly ResultRow[], meta: ResultsMeta, c: CriterionColumns): LazyColumn[] {
  const flat = FLAT.map(([s, read]) =>
    lazy(
      s.name,
      AS_BYTES.has(s.name)
        ? () => utf8Views(rows.map((r) => read(r, meta) as string | null))
        : () => rows.map((r) => read(r, meta)),
      WITH_STATISTICS.has(s.name),
    ),
  );
  // Each row's points, and the place of every criterion column in its rubric's order (none: no points).
  const kept = rows.map((r) => r.points?.values);
  const places = rows.map((r) => (r.points ? c.places.get(r.points.rubric) : undefined));
  // A criterion's three columns, made together in one pass over the rows when the writer reads the
  // first of them (it reads them in turn), and let go when it moves on to the next criterion.
  let made:
    | { k: number; earned: (number | null)[]; possible: (number | null)[]; status: (Status | null)[] }
    | undefined;
  const criterion = (k: number) => {
    if (made?.k === k) return made;
    const nulls = <T>(): T[] => new Array<T>(rows.length).fill(null as T);
    made = { k, earned: nulls(), possible: nulls(), status: nulls() };
    const { earned, possible, status } = made;
    for (let j = 0; j < rows.length; j++) {
      const i = places[j]?.[k] ?? -1;
      if (i < 0) continue;
      const p = kept[j]!;
      const e = pointOf(p, 0, i);
      if (!Number.isNaN(e)) earned[j] = e;
      const q = pointOf(p, 1, i);
      if (!Number.isNaN(q)) possible[j] = q;
      const s = pointOf(p, 2, i);
      if (!Number.isNaN(s)) status[j] = STATUSES[s]!;
    }
    return made;
  };
  const criteria = c.ids.flatMap((id, k) => [
    lazy(`points.${id}`, () => criterion(k).earned),
    lazy(`possible.${id}`, () => criterion(k).possible),
    lazy(`status.${id}`, () => criterion(k).status),
  ]);
  return [
    ...flat,
    lazy('vetoes', () => rows.map((r) => r.vetoes)),
    lazy('unresolved_vetoes', () => rows.map((r) => r.unresolvedVetoes)),
    ...criteria,
  ];
}

/**
 * The Parquet file's bytes, in pieces (one or more per row group): a row group's columns are
 * made, encoded and let go before the next, so memory holds one group's rows, not the batch's.
 */
export async function resultsParquet(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  meta: ResultsMeta,
): Promise<Uint8Array[]> {
  const { ByteWriter, ParquetWriter } = await parquetLib();
  const columns = criterionColumns(report);
  const out: Uint8Array[] = [];
  const bytes = new ByteWriter();
  const take = () => {
    if (bytes.index === 0) return;
    out.push(new Uint8Array(bytes.getBytes()));
    bytes.index = 0;
  };
  const writer = new ParquetWriter({
    writer: bytes,
    // biome-ignore lint/suspicious/noExplicitAny: the library's SchemaElement type is hyparquet's, not exported here
    schema: schemaOf(columns) as any,
    createdBy: meta.tool,
    statistics: false,
    kvMetadata: [
      { key: 'civscore.tool', value: meta.tool },
      { key: 'civscore.as_of', value: meta.asOf ?? '' },
    ],
  });
  let group: ResultRow[] = [];
  const flush = () => {
    if (!group.length) return;
    // biome-ignore lint/suspicious/noExplicitAny: nested list columns are arrays of arrays/objects
    writer.write({ columnData: columnsOf(group, meta, columns) as any, rowGroupSize: ROW_GROUP });
    group = [];
    take();
  };
  for (const row of resultRows(report, criteria, meta.lang)) {
    group.push(row);
    if (group.length === ROW_GROUP) flush();
  }
  flush();
  writer.finish();
  take();
  return out;
}
