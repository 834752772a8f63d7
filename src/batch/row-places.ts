/**
 * Where each spreadsheet row's id is, by the row's label, for a batch of 100,000 rows. A row's
 * label is its file, sheet and first cell (`自评.xlsx:自评!A7`, CSV `名单.csv:7`): it ends in the
 * row's number, and what comes before it is shared by the rows of one sheet, as are the file,
 * sheet and id column of their places. So a place is kept as that shared base and one bit per
 * row: some 12 KB for 100,000 rows, where a map of objects took 16 MB. A label that does not end
 * in its row's number is kept whole.
 */
import type { RowPlace } from '../pipeline/rank-report.js';

export type { RowPlace };

interface Base {
  /** The first row's place: the others differ only by their line (its keys keep their order). */
  place: RowPlace;
  /** Bit n: row n has this base. */
  rows: Uint8Array;
  /** The column of the rows' names (their line is the id's), when not the id's. */
  nameColumn?: number;
}

export class RowPlaces {
  /** By the label without its row number. */
  private readonly bases = new Map<string, Base>();
  private readonly whole = new Map<string, RowPlace>();
  private readonly wholeNames = new Map<string, number>();
  private count = 0;

  set(label: string, place: RowPlace, nameColumn?: number): void {
    const line = place.line;
    const digits = line === undefined ? '' : String(line);
    const prefix = label.slice(0, label.length - digits.length);
    const base = this.bases.get(prefix);
    const fits =
      line !== undefined &&
      Number.isSafeInteger(line) &&
      line > 0 &&
      line <= 1 << 24 &&
      label.endsWith(digits) &&
      !/\d$/.test(prefix) &&
      (base === undefined || (samePlace(base.place, place) && base.nameColumn === nameColumn)) &&
      !this.whole.has(label);
    if (!fits) {
      if (!this.has(label)) this.count++;
      this.whole.set(label, place);
      if (nameColumn !== undefined) this.wholeNames.set(label, nameColumn);
      return;
    }
    let b = base;
    if (!b)
      this.bases.set(
        prefix,
        (b = { place, rows: new Uint8Array(64), ...(nameColumn !== undefined ? { nameColumn } : {}) }),
      );
    if (line >> 3 >= b.rows.length) {
      const grown = new Uint8Array(Math.max(b.rows.length * 2, (line >> 3) + 1));
      grown.set(b.rows);
      b.rows = grown;
    }
    if (!(b.rows[line >> 3]! & (1 << (line & 7)))) this.count++;
    b.rows[line >> 3]! |= 1 << (line & 7);
  }

  get(label: string): RowPlace | undefined {
    const kept = this.whole.get(label);
    if (kept) return kept;
    const m = /[1-9]\d*$/.exec(label);
    if (!m) return undefined;
    const line = Number(m[0]);
    const b = this.bases.get(label.slice(0, m.index));
    if (!b || !(b.rows[line >> 3]! & (1 << (line & 7)))) return undefined;
    return { ...b.place, line };
  }

  /** Where the row's name is: its cell when the row has a name column, else its id's. */
  nameAt(label: string): RowPlace | undefined {
    const place = this.get(label);
    if (!place) return undefined;
    const kept = this.whole.has(label);
    const column = kept
      ? this.wholeNames.get(label)
      : this.bases.get(label.slice(0, /[1-9]\d*$/.exec(label)!.index))?.nameColumn;
    return column !== undefined ? { ...place, column } : place;
  }

  private has(label: string): boolean {
    return this.get(label) !== undefined;
  }

  get size(): number {
    return this.count;
  }
}

function samePlace(a: RowPlace, b: RowPlace): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.column === b.column;
}
