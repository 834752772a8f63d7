/**
 * The Parquet file's schema, and its bytes from the packed results (packed-results.ts), written
 * a row group at a time with hyparquet-writer (parquet-lib.ts). It reads nothing but what it is
 * given, and loads only what it reads, so that it runs on any thread: `rank --results-out` runs
 * it on one of its own (src/batch/results-worker.ts) while the report is printed; verify and the
 * tests run it here. The bytes are the same wherever it runs.
 */

import type { PointsBlock } from '../../engine/points-block.js';
import { pointAt } from '../../engine/points-block.js';
import { STATUSES } from '../../engine/result.js';
import type {
  CodedColumn,
  JoinedColumn,
  ListColumn,
  NumberColumn,
  ResultsGroup,
  ResultsHead,
  ResultsSink,
} from './packed-results.js';
import { FLAT } from './packed-results.js';
import { type Lib, parquetLib } from './parquet-lib.js';

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

/** A group's text column. */
function texts(c: CodedColumn | JoinedColumn, rows: number): (string | null)[] {
  const out = new Array<string | null>(rows);
  if (c.kind === 'joined') {
    let start = 0;
    for (let j = 0; j < rows; j++) {
      const end = c.ends[j]!;
      out[j] = c.none[j] ? null : c.text.slice(start, end);
      start = end;
    }
    return out;
  }
  for (let j = 0; j < rows; j++) {
    const code = c.codes[j]!;
    out[j] = code < 0 ? null : c.values[code]!;
  }
  return out;
}

/** A group's number column. */
function numbers(c: NumberColumn, rows: number): (number | null)[] {
  const out = new Array<number | null>(rows);
  for (let j = 0; j < rows; j++) out[j] = c.none[j] ? null : c.values[j]!;
  return out;
}

const NO_LIST: readonly string[] = Object.freeze([]);

/** A group's list column: each row's list, or none. */
function lists(c: ListColumn, rows: number): (readonly string[])[] {
  const out = new Array<readonly string[]>(rows).fill(NO_LIST);
  for (let k = 0; k < c.rows.length; k++) out[c.rows[k]!] = c.lists[k]!;
  return out;
}

/** One criterion's three columns of a group, made in one pass over its rows. */
interface CriterionValues {
  k: number;
  earned: (number | null)[];
  possible: (number | null)[];
  status: (string | null)[];
}

function criterionValues(
  g: ResultsGroup,
  places: readonly Int32Array[],
  blocks: readonly PointsBlock[],
  k: number,
): CriterionValues {
  const nulls = <T>(): T[] => new Array<T>(g.rows).fill(null as T);
  const made: CriterionValues = { k, earned: nulls(), possible: nulls(), status: nulls() };
  const { earned, possible, status } = made;
  const refs = g.refs;
  for (let j = 0; j < g.rows; j++) {
    const b = refs[4 * j]!;
    if (b < 0) continue;
    const i = places[refs[4 * j + 3]!]![k]!;
    if (i < 0) continue;
    const block = blocks[b]!;
    const at = refs[4 * j + 1]!;
    const n = refs[4 * j + 2]!;
    const e = pointAt(block, at, n, 0, i);
    if (!Number.isNaN(e)) earned[j] = e;
    const q = pointAt(block, at, n, 1, i);
    if (!Number.isNaN(q)) possible[j] = q;
    const s = pointAt(block, at, n, 2, i);
    if (!Number.isNaN(s)) status[j] = STATUSES[s]!;
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
 * A row group's columns, each made when hyparquet-writer reads its `data` (once, column by
 * column, as it writes them; the first once more for the group's length): so memory holds one
 * column's values at a time (a criterion's three columns together), not the group's eighty, and
 * each is let go as it is written.
 */
function columnsOf(g: ResultsGroup, head: ResultsHead, blocks: readonly PointsBlock[]): LazyColumn[] {
  const flat = FLAT.map(([name], c) => {
    const column = g.flat[c]!;
    const make =
      column.kind === 'number'
        ? () => numbers(column, g.rows)
        : AS_BYTES.has(name)
          ? () => utf8Views(texts(column, g.rows))
          : () => texts(column, g.rows);
    return lazy(name, make, WITH_STATISTICS.has(name));
  });
  // A criterion's three columns, made together when the writer reads the first of them (it reads
  // them in turn), and let go when it moves on to the next criterion.
  let made: CriterionValues | undefined;
  const criterion = (k: number) => {
    if (made?.k !== k) made = criterionValues(g, head.places, blocks, k);
    return made;
  };
  const criteria = head.criterionIds.flatMap((id, k) => [
    lazy(`points.${id}`, () => criterion(k).earned),
    lazy(`possible.${id}`, () => criterion(k).possible),
    lazy(`status.${id}`, () => criterion(k).status),
  ]);
  return [
    ...flat,
    lazy('vetoes', () => lists(g.vetoes, g.rows)),
    lazy('unresolved_vetoes', () => lists(g.unresolvedVetoes, g.rows)),
    ...criteria,
  ];
}

/**
 * The Parquet file's bytes, in pieces (one or more per row group), from packed results as they
 * come: each row group's columns are made, encoded and let go before the next comes.
 */
class ParquetResults implements ResultsSink {
  private readonly bytes: InstanceType<Lib['ByteWriter']>;
  private writer: InstanceType<Lib['ParquetWriter']> | undefined;
  private meta: ResultsHead | undefined;
  private readonly blocks: PointsBlock[] = [];
  private readonly out: Uint8Array[] = [];

  constructor(private readonly lib: Lib) {
    this.bytes = new lib.ByteWriter();
  }

  head(head: ResultsHead): void {
    this.meta = head;
    this.writer = new this.lib.ParquetWriter({
      writer: this.bytes,
      // biome-ignore lint/suspicious/noExplicitAny: the library's SchemaElement type is hyparquet's, not exported here
      schema: schemaOf(head.criterionIds) as any,
      createdBy: head.tool,
      statistics: false,
      kvMetadata: [
        { key: 'civscore.tool', value: head.tool },
        { key: 'civscore.as_of', value: head.asOf ?? '' },
      ],
    });
  }

  group(g: ResultsGroup): void {
    for (const b of g.blocks) this.blocks.push(b);
    this.writer!.write({
      // biome-ignore lint/suspicious/noExplicitAny: nested list columns are arrays of arrays
      columnData: columnsOf(g, this.meta!, this.blocks) as any,
      rowGroupSize: ROW_GROUP,
    });
    this.take();
  }

  end(): Promise<Uint8Array[]> {
    this.writer!.finish();
    this.take();
    return Promise.resolve(this.out);
  }

  private take(): void {
    if (this.bytes.index === 0) return;
    this.out.push(new Uint8Array(this.bytes.getBytes()));
    this.bytes.index = 0;
  }
}

/** A sink that writes the results into Parquet on this thread. */
export const parquetResults = async (): Promise<ResultsSink> => new ParquetResults(await parquetLib());
