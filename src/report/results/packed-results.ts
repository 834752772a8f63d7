/**
 * A ranked batch's results (result-rows.ts) packed column by column for the Parquet writer
 * (encode-parquet.ts): texts as an index per row into the column's distinct values, numbers in a
 * Float64Array, the criteria's points as the batch kept them (its blocks, and where each row's
 * are). Packed on the thread that holds the report in one pass over the rows (packResults in
 * parquet.ts), this is all the writer reads: it can be sent to another thread for the cost of a
 * few buffers and lists of distinct texts, not of a hundred thousand row objects
 * (`rank --results-out` writes the file on a thread of its own while the report is printed:
 * src/batch/results-thread.ts). This file holds the shapes, and the columns' order and names.
 */
import type { PointsBlock } from '../../engine/points-block.js';
import type { Lang } from '../../model/localized.js';
import type { ResultRow } from './result-rows.js';

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

type ColumnType = 'text' | 'double' | 'int';

/** The flat columns, in order: name, type, and how each is read from a row. */
export const FLAT: readonly (readonly [
  string,
  ColumnType,
  (r: ResultRow, m: ResultsMeta) => string | number | null,
])[] = [
  ['rubric', 'text', (r) => r.rubric],
  ['rubric_sha256', 'text', (r) => r.rubricSha256],
  ['period', 'text', (r) => r.period],
  ['as_of', 'text', (_r, m) => m.asOf],
  ['level', 'text', (r) => r.level],
  ['id', 'text', (r) => r.id],
  ['name', 'text', (r) => r.name],
  ['community', 'text', (r) => r.community],
  ['street', 'text', (r) => r.street],
  ['district', 'text', (r) => r.district],
  ['file', 'text', (r, m) => (r.file !== null && m.path ? m.path(r.file) : r.file)],
  ['status', 'text', (r) => r.status],
  ['rank', 'int', (r) => r.rank],
  ['self_reported_total', 'double', (r) => r.selfReportedTotal],
  ['verified_total', 'double', (r) => r.verifiedTotal],
  ['inspection_deducted', 'double', (r) => r.inspectionDeducted],
  ['overstatement_veto', 'int', (r) => r.overstatementVeto],
  ['total', 'double', (r) => r.total],
  ['possible', 'double', (r) => r.possible],
  ['tier', 'text', (r) => r.tier],
  ['tier_title', 'text', (r) => r.tierTitle],
  ['warnings', 'int', (r) => r.warnings],
];

/** A text column of few values: each row's as an index into `values` (-1: none). */
export interface CodedColumn {
  kind: 'coded';
  codes: Int32Array;
  values: string[];
}

/**
 * A text column whose rows nearly all differ (UNIQUE): the rows' texts one after another in one
 * string (one copy to send, where a hundred thousand small strings would each be made again on
 * the other side), `ends[j]` where row j's ends, and 1 in `none` where it has none.
 */
export interface JoinedColumn {
  kind: 'joined';
  text: string;
  ends: Int32Array;
  none: Uint8Array;
}

/** The text columns whose values nearly all differ: a list of distinct values would be no shorter. */
export const UNIQUE = new Set(['id', 'name', 'file']);

/** A number column: each row's value, and 1 in `none` where it has none. */
export interface NumberColumn {
  kind: 'number';
  values: Float64Array;
  none: Uint8Array;
}

export type FlatColumn = CodedColumn | JoinedColumn | NumberColumn;

/** A list column (vetoes): the rows whose list is not empty, in order, and their lists. */
export interface ListColumn {
  rows: Int32Array;
  lists: string[][];
}

/**
 * What every row group shares: the file's metadata, and the criteria, three columns each
 * (`points.<id>`, `possible.<id>`, `status.<id>`), for every criterion of every rubric in the
 * batch, in the rubrics' order (a criterion id two rubrics share is one column).
 */
export interface ResultsHead {
  tool: string;
  asOf: string | null;
  criterionIds: string[];
  /** Per rubric, for each criterion column, the criterion's place in the rubric's order (-1: not in it). */
  places: Int32Array[];
}

/** A row group's rows, packed: at most ROW_GROUP (encode-parquet.ts). */
export interface ResultsGroup {
  rows: number;
  /** The FLAT columns, in order. */
  flat: FlatColumn[];
  vetoes: ListColumn;
  unresolvedVetoes: ListColumn;
  /**
   * The blocks the batch kept the points in (points-block.ts) that no earlier group used: the
   * group's own and the earlier groups' make the list that `refs` counts in.
   */
  blocks: PointsBlock[];
  /** Four numbers a row: its block (-1: no points), where in it, its criteria, its rubric (in places). */
  refs: Int32Array;
}

/**
 * Where packed results go, in order: the head, then each row group, then the end, which gives
 * the file's bytes. encode-parquet.ts writes them on this thread; src/batch/results-thread.ts
 * sends them to its own as they are packed.
 */
export interface ResultsSink {
  head(head: ResultsHead): void;
  group(group: ResultsGroup): void;
  end(): Promise<Uint8Array[]>;
}

/** The buffers a row group holds, each once: what postMessage can move instead of copying. */
export function groupBuffers(g: ResultsGroup): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [g.vetoes.rows, g.unresolvedVetoes.rows, g.refs];
  for (const c of g.flat)
    if (c.kind === 'coded') arrays.push(c.codes);
    else if (c.kind === 'joined') arrays.push(c.ends, c.none);
    else arrays.push(c.values, c.none);
  for (const b of g.blocks) arrays.push(b.nums, b.statuses);
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
