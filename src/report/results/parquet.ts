/**
 * `rank --results-out <file.parquet>`: the batch's results as an Apache Parquet file, for
 * DuckDB, pandas, Spark or any engine that reads Parquet (docs/analysis.md). One row per
 * community per rubric and period (result-rows.ts), packed column by column (packed-results.ts)
 * and written in row groups with hyparquet-writer (encode-parquet.ts), so a province's files
 * become one table that existing engines query together. The file is the same bytes for the same
 * results: nothing in it depends on the time, the machine or the thread that wrote it.
 */
import { criterionOrder, type KeptPoints } from '../../engine/criterion-points.js';
import type { PointsBlock } from '../../engine/points-block.js';
import type { Rubric } from '../../model/rubric.js';
import type { RankReport } from '../rank/types.js';
import { parquetResults, ROW_GROUP, schemaOf } from './encode-parquet.js';
import {
  type CodedColumn,
  FLAT,
  type JoinedColumn,
  type ListColumn,
  type NumberColumn,
  type ResultsGroup,
  type ResultsMeta,
  type ResultsSink,
  UNIQUE,
} from './packed-results.js';
import { type ResultRow, resultRows } from './result-rows.js';

/** A text column of few values: each row's as an index into the list of them. */
class CodedPacker {
  readonly codes: Int32Array;
  readonly values: string[] = [];
  private readonly at = new Map<string, number>();
  /** The last row's value and index: a column's rows often repeat the row before. */
  private last: string | undefined;
  private lastCode = -1;
  constructor(bound: number) {
    this.codes = new Int32Array(bound);
  }
  put(j: number, v: string | number | null): void {
    if (v === null || v === undefined) {
      this.codes[j] = -1;
      return;
    }
    const s = v as string;
    if (s === this.last) {
      this.codes[j] = this.lastCode;
      return;
    }
    let c = this.at.get(s);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(s);
      this.at.set(s, c);
    }
    this.codes[j] = c;
    this.last = s;
    this.lastCode = c;
  }
  done(n: number): CodedColumn {
    return { kind: 'coded', codes: this.codes.subarray(0, n), values: this.values };
  }
}

/** A text column whose rows nearly all differ (UNIQUE): their texts joined, and where each ends. */
class JoinedPacker {
  private readonly texts: string[] = [];
  private readonly ends: Int32Array;
  private readonly none: Uint8Array;
  private end = 0;
  constructor(bound: number) {
    this.ends = new Int32Array(bound);
    this.none = new Uint8Array(bound);
  }
  put(j: number, v: string | number | null): void {
    if (v === null || v === undefined) this.none[j] = 1;
    else {
      const s = v as string;
      this.texts.push(s);
      this.end += s.length;
    }
    this.ends[j] = this.end;
  }
  done(n: number): JoinedColumn {
    return {
      kind: 'joined',
      text: this.texts.join(''),
      ends: this.ends.subarray(0, n),
      none: this.none.subarray(0, n),
    };
  }
}

class NumberPacker {
  private readonly values: Float64Array;
  private readonly none: Uint8Array;
  constructor(bound: number) {
    this.values = new Float64Array(bound);
    this.none = new Uint8Array(bound);
  }
  put(j: number, v: string | number | null): void {
    if (v === null || v === undefined) this.none[j] = 1;
    else this.values[j] = v as number;
  }
  done(n: number): NumberColumn {
    return { kind: 'number', values: this.values.subarray(0, n), none: this.none.subarray(0, n) };
  }
}

class ListPacker {
  private rows: number[] = [];
  private readonly lists: string[][] = [];
  put(j: number, list: string[]): void {
    if (!list.length) return;
    this.rows.push(j);
    this.lists.push(list);
  }
  done(): ListColumn {
    return { rows: Int32Array.from(this.rows), lists: this.lists };
  }
}

/**
 * Where each row's points are: its block (numbered in the order the groups first use them), its
 * place in it, its criteria, its rubric's columns. One for the batch; a row group's part at a time.
 */
class PointsPacker {
  private refs = new Int32Array(0);
  private fresh: PointsBlock[] = [];
  private readonly blockAt = new Map<PointsBlock, number>();
  private readonly rubricAt: Map<Rubric, number>;
  constructor(rubrics: readonly Rubric[]) {
    this.rubricAt = new Map(rubrics.map((r, i) => [r, i]));
  }
  start(size: number): void {
    this.refs = new Int32Array(4 * size);
    this.fresh = [];
  }
  put(j: number, points: { rubric: Rubric; values: KeptPoints } | null): void {
    const refs = this.refs;
    if (!points) {
      refs[4 * j] = -1;
      return;
    }
    const { block, at, n } = points.values;
    let b = this.blockAt.get(block);
    if (b === undefined) {
      b = this.blockAt.size;
      this.fresh.push(block);
      this.blockAt.set(block, b);
    }
    refs[4 * j] = b;
    refs[4 * j + 1] = at;
    refs[4 * j + 2] = n;
    refs[4 * j + 3] = this.rubricAt.get(points.rubric)!;
  }
  done(n: number): Pick<ResultsGroup, 'blocks' | 'refs'> {
    return { blocks: this.fresh, refs: this.refs.subarray(0, 4 * n) };
  }
}

/** The packers of one row group of at most `size` rows. */
class GroupPacker {
  private readonly flat: (CodedPacker | JoinedPacker | NumberPacker)[];
  private readonly vetoes = new ListPacker();
  private readonly unresolved = new ListPacker();
  rows = 0;
  constructor(
    size: number,
    private readonly points: PointsPacker,
    private readonly meta: ResultsMeta,
  ) {
    this.flat = FLAT.map(([name, type]) =>
      type !== 'text'
        ? new NumberPacker(size)
        : UNIQUE.has(name)
          ? new JoinedPacker(size)
          : new CodedPacker(size),
    );
    points.start(size);
  }
  put(row: ResultRow): void {
    const j = this.rows++;
    for (let c = 0; c < FLAT.length; c++) this.flat[c]!.put(j, FLAT[c]![2](row, this.meta));
    this.vetoes.put(j, row.vetoes);
    this.unresolved.put(j, row.unresolvedVetoes);
    this.points.put(j, row.points);
  }
  done(): ResultsGroup {
    const n = this.rows;
    return {
      rows: n,
      flat: this.flat.map((f) => f.done(n)),
      vetoes: this.vetoes.done(),
      unresolvedVetoes: this.unresolved.done(),
      ...this.points.done(n),
    };
  }
}

/**
 * At least as many rows as resultRows gives: every ranked row, a row per file (or one) of each
 * quota's doubts (a doubt two quotas share is one row), every file not scored.
 */
function rowBound(report: RankReport): number {
  let n = report.invalid.length;
  for (const t of report.tables) {
    n += t.rows.length;
    for (const q of t.quotas) for (const d of q.doubts) n += Math.max(1, d.files.length);
  }
  return n;
}

/** The batch's rubrics, in the order of its tables, and their criterion columns. */
function criterionColumns(report: RankReport): { ids: string[]; rubrics: Rubric[]; places: Int32Array[] } {
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
  const places = rubrics.map((rubric) => {
    const at = new Int32Array(ids.length).fill(-1);
    criterionOrder(rubric).forEach((id, i) => {
      at[column.get(id)!] = i;
    });
    return at;
  });
  return { ids, rubrics, places };
}

/**
 * Every row of the batch (resultRows), packed, to `sink`: the head, then each row group as soon
 * as its rows are packed (a thread that writes them starts on the first while the rest are).
 */
export function packResults(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  meta: ResultsMeta,
  sink: ResultsSink,
): void {
  const columns = criterionColumns(report);
  sink.head({ tool: meta.tool, asOf: meta.asOf, criterionIds: columns.ids, places: columns.places });
  const points = new PointsPacker(columns.rubrics);
  let left = rowBound(report);
  let group: GroupPacker | undefined;
  for (const row of resultRows(report, criteria, meta.lang)) {
    group ??= new GroupPacker(Math.min(ROW_GROUP, left), points, meta);
    group.put(row);
    if (group.rows === ROW_GROUP) {
      sink.group(group.done());
      left -= ROW_GROUP;
      group = undefined;
    }
  }
  if (group) sink.group(group.done());
}

/** The column names, in order, of a batch's results (docs/analysis.md lists them). */
export function resultColumns(report: RankReport): string[] {
  return schemaOf(criterionColumns(report).ids)
    .slice(1)
    .filter((e) => e.name !== 'list' && e.name !== 'element')
    .map((e) => e.name);
}

/** The Parquet file's bytes, in pieces, written on this thread. */
export async function resultsParquet(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  meta: ResultsMeta,
): Promise<Uint8Array[]> {
  const sink = await parquetResults();
  packResults(report, criteria, meta, sink);
  return sink.end();
}
