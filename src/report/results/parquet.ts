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
import { encodeResults, schemaOf } from './encode-parquet.js';
import {
  FLAT,
  type ListColumn,
  type NumberColumn,
  type PackedResults,
  type ResultsMeta,
  type TextColumn,
  UNIQUE,
} from './packed-results.js';
import { resultRows } from './result-rows.js';

/** A typed array of at least `n` numbers: `a`, or a copy of it twice as long. */
function room<T extends Int32Array | Float64Array | Uint8Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
}

/** A text column of few values: each row's as an index into the list of them. */
class TextPacker {
  codes = new Int32Array(1024);
  readonly values: string[] = [];
  private readonly at = new Map<string, number>();
  /** The last row's value and index: a column's rows often repeat the row before. */
  private last: string | undefined;
  private lastCode = -1;
  put(j: number, v: string | number | null): void {
    this.codes = room(this.codes, j + 1);
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
  done(n: number): TextColumn {
    return { codes: this.codes.slice(0, n), values: this.values };
  }
}

/** A text column whose rows nearly all differ (UNIQUE): each row's value as it is. */
class EachPacker {
  private readonly each: (string | null)[] = [];
  put(_j: number, v: string | number | null): void {
    this.each.push(v === undefined ? null : (v as string | null));
  }
  done(): TextColumn {
    return { each: this.each };
  }
}

class NumberPacker {
  values = new Float64Array(1024);
  none = new Uint8Array(1024);
  put(j: number, v: string | number | null): void {
    this.values = room(this.values, j + 1);
    this.none = room(this.none, j + 1);
    if (v === null || v === undefined) this.none[j] = 1;
    else this.values[j] = v as number;
  }
  done(n: number): NumberColumn {
    return { values: this.values.slice(0, n), none: this.none.slice(0, n) };
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

/** Where each row's points are: its block, its place in it, its criteria, its rubric's columns. */
class PointsPacker {
  refs = new Int32Array(4096);
  readonly blocks: PointsBlock[] = [];
  private readonly blockAt = new Map<PointsBlock, number>();
  private readonly rubricAt: Map<Rubric, number>;
  constructor(rubrics: readonly Rubric[]) {
    this.rubricAt = new Map(rubrics.map((r, i) => [r, i]));
  }
  put(j: number, points: { rubric: Rubric; values: KeptPoints } | null): void {
    this.refs = room(this.refs, 4 * j + 4);
    if (!points) {
      this.refs[4 * j] = -1;
      return;
    }
    const { block, at, n } = points.values;
    let b = this.blockAt.get(block);
    if (b === undefined) {
      b = this.blocks.length;
      this.blocks.push(block);
      this.blockAt.set(block, b);
    }
    const refs = this.refs;
    refs[4 * j] = b;
    refs[4 * j + 1] = at;
    refs[4 * j + 2] = n;
    refs[4 * j + 3] = this.rubricAt.get(points.rubric)!;
  }
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

/** Every row of the batch (resultRows), packed. */
export function packResults(
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  meta: ResultsMeta,
): PackedResults {
  const columns = criterionColumns(report);
  const flat = FLAT.map(([name, type]) =>
    type !== 'text' ? new NumberPacker() : UNIQUE.has(name) ? new EachPacker() : new TextPacker(),
  );
  const vetoes = new ListPacker();
  const unresolved = new ListPacker();
  const points = new PointsPacker(columns.rubrics);
  let n = 0;
  for (const row of resultRows(report, criteria, meta.lang)) {
    for (let c = 0; c < FLAT.length; c++) flat[c]!.put(n, FLAT[c]![2](row, meta));
    vetoes.put(n, row.vetoes);
    unresolved.put(n, row.unresolvedVetoes);
    points.put(n, row.points);
    n++;
  }
  return {
    rows: n,
    tool: meta.tool,
    asOf: meta.asOf,
    flat: flat.map((f) => f.done(n)),
    vetoes: vetoes.done(),
    unresolvedVetoes: unresolved.done(),
    criteria: {
      ids: columns.ids,
      places: columns.places,
      blocks: points.blocks,
      refs: points.refs.slice(0, 4 * n),
    },
  };
}

/** The column names, in order, of a batch's results (docs/analysis.md lists them). */
export function resultColumns(report: RankReport): string[] {
  return schemaOf(criterionColumns(report).ids)
    .slice(1)
    .filter((e) => e.name !== 'list' && e.name !== 'element')
    .map((e) => e.name);
}

/** The Parquet file's bytes, in pieces, written on this thread. */
export const resultsParquet = (
  report: RankReport,
  criteria: ReadonlyMap<string, KeptPoints>,
  meta: ResultsMeta,
): Promise<Uint8Array[]> => encodeResults(packResults(report, criteria, meta));
