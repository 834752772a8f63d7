/**
 * The Parquet file's schema, and its bytes from the packed results (packed-results.ts), written
 * in row groups with hyparquet-writer (parquet-lib.ts). It reads nothing but what it is given, and
 * loads only what it reads, so that it runs on any thread: `rank --results-out` runs it on one of
 * its own (src/batch/results-worker.ts) while the report is printed, verify and the tests here.
 * The bytes are the same wherever it runs.
 */
import { pointAt } from '../../engine/points-block.js';
import { STATUSES } from '../../engine/result.js';
import type {
  ListColumn,
  NumberColumn,
  PackedCriteria,
  PackedResults,
  TextColumn,
} from './packed-results.js';
import { FLAT } from './packed-results.js';
import { parquetLib } from './parquet-lib.js';

/** Rows per row group: small enough to hold one group's columns at a time, large enough to scan well. */
export const ROW_GROUP = 10_000;

type Element = { name: string; [k: string]: unknown };

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
const ELEMENT = { text: str, double: dbl, int };

/** The schema: the flat columns, the two lists of vetoes, then each criterion's three columns. */
export function schemaOf(criterionIds: readonly string[]): Element[] {
  return [
    { name: 'root', num_children: FLAT.length + 2 + 3 * criterionIds.length },
    ...FLAT.map(([name, type]) => ELEMENT[type](name)),
    ...strList('vetoes'),
    ...strList('unresolved_vetoes'),
    ...criterionIds.flatMap((id) => [dbl(`points.${id}`), dbl(`possible.${id}`), str(`status.${id}`)]),
  ];
}

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

/** Rows [from, to) of a text column. */
function texts(c: TextColumn, from: number, to: number): (string | null)[] {
  if ('each' in c) return c.each.slice(from, to);
  const out = new Array<string | null>(to - from);
  for (let j = from; j < to; j++) {
    const code = c.codes[j]!;
    out[j - from] = code < 0 ? null : c.values[code]!;
  }
  return out;
}

/** Rows [from, to) of a number column. */
function numbers(c: NumberColumn, from: number, to: number): (number | null)[] {
  const out = new Array<number | null>(to - from);
  for (let j = from; j < to; j++) out[j - from] = c.none[j] ? null : c.values[j]!;
  return out;
}

const NO_LIST: readonly string[] = Object.freeze([]);

/** Rows [from, to) of a list column: each row's list, or none. */
function lists(c: ListColumn, from: number, to: number): (readonly string[])[] {
  const out = new Array<readonly string[]>(to - from).fill(NO_LIST);
  // The rows are in order: the first at or after `from`, by halving.
  let lo = 0;
  let hi = c.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.rows[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < c.rows.length && c.rows[k]! < to; k++) out[c.rows[k]! - from] = c.lists[k]!;
  return out;
}

/** One criterion's three columns, rows [from, to), in one pass over the rows. */
interface CriterionValues {
  k: number;
  earned: (number | null)[];
  possible: (number | null)[];
  status: (string | null)[];
}

function criterionValues(c: PackedCriteria, k: number, from: number, to: number): CriterionValues {
  const nulls = <T>(): T[] => new Array<T>(to - from).fill(null as T);
  const made: CriterionValues = { k, earned: nulls(), possible: nulls(), status: nulls() };
  const { earned, possible, status } = made;
  const refs = c.refs;
  for (let j = from; j < to; j++) {
    const b = refs[4 * j]!;
    if (b < 0) continue;
    const i = c.places[refs[4 * j + 3]!]![k]!;
    if (i < 0) continue;
    const block = c.blocks[b]!;
    const at = refs[4 * j + 1]!;
    const n = refs[4 * j + 2]!;
    const e = pointAt(block, at, n, 0, i);
    if (!Number.isNaN(e)) earned[j - from] = e;
    const q = pointAt(block, at, n, 1, i);
    if (!Number.isNaN(q)) possible[j - from] = q;
    const s = pointAt(block, at, n, 2, i);
    if (!Number.isNaN(s)) status[j - from] = STATUSES[s]!;
  }
  return made;
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
 * Rows [from, to) as a row group's columns, each made when hyparquet-writer reads its `data`
 * (once, column by column, as it writes them; the first once more for the group's length): so
 * memory holds one column's values at a time (a criterion's three columns together), not the
 * group's eighty, and each is let go as it is written.
 */
function columnsOf(p: PackedResults, from: number, to: number): LazyColumn[] {
  const flat = FLAT.map(([name], c) => {
    const column = p.flat[c]!;
    const make = !('none' in column)
      ? AS_BYTES.has(name)
        ? () => utf8Views(texts(column, from, to))
        : () => texts(column, from, to)
      : () => numbers(column, from, to);
    return lazy(name, make, WITH_STATISTICS.has(name));
  });
  // A criterion's three columns, made together when the writer reads the first of them (it reads
  // them in turn), and let go when it moves on to the next criterion.
  let made: CriterionValues | undefined;
  const criterion = (k: number) => {
    if (made?.k !== k) made = criterionValues(p.criteria, k, from, to);
    return made;
  };
  const criteria = p.criteria.ids.flatMap((id, k) => [
    lazy(`points.${id}`, () => criterion(k).earned),
    lazy(`possible.${id}`, () => criterion(k).possible),
    lazy(`status.${id}`, () => criterion(k).status),
  ]);
  return [
    ...flat,
    lazy('vetoes', () => lists(p.vetoes, from, to)),
    lazy('unresolved_vetoes', () => lists(p.unresolvedVetoes, from, to)),
    ...criteria,
  ];
}

/**
 * The Parquet file's bytes, in pieces (one or more per row group): a row group's columns are
 * made, encoded and let go before the next, so memory holds one group's values, not the batch's.
 */
export async function encodeResults(p: PackedResults): Promise<Uint8Array[]> {
  const { ByteWriter, ParquetWriter } = await parquetLib();
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
    schema: schemaOf(p.criteria.ids) as any,
    createdBy: p.tool,
    statistics: false,
    kvMetadata: [
      { key: 'civscore.tool', value: p.tool },
      { key: 'civscore.as_of', value: p.asOf ?? '' },
    ],
  });
  for (let from = 0; from < p.rows; from += ROW_GROUP) {
    const to = Math.min(p.rows, from + ROW_GROUP);
    // biome-ignore lint/suspicious/noExplicitAny: nested list columns are arrays of arrays
    writer.write({ columnData: columnsOf(p, from, to) as any, rowGroupSize: ROW_GROUP });
    take();
  }
  writer.finish();
  take();
  return out;
}
