/**
 * Where each spreadsheet row's id is, by the row's label, for a batch of 100,000 rows: a row's
 * place differs from its neighbours' only by its line, so each is kept as one number (the line and
 * which of a few file, sheet and column bases it has) rather than an object of its own. That is
 * some 4 MB for 100,000 rows where a map of objects took 16.
 */
import type { Finding } from '../model/finding.js';

export type RowPlace = Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>;

/** Bases per batch at most (distinct file, sheet and id column): beyond, places are kept whole. */
const BASES = 1 << 16;

export class RowPlaces {
  private readonly packed = new Map<string, number>();
  private readonly whole = new Map<string, RowPlace>();
  private readonly bases: Omit<RowPlace, 'line'>[] = [];
  private readonly baseIndex = new Map<string, number>();

  set(label: string, place: RowPlace): void {
    const { line, ...base } = place;
    if (line === undefined || !Number.isSafeInteger(line) || line < 0 || line > 2 ** 36) {
      this.whole.set(label, place);
      return;
    }
    const key = `${base.file}\u0000${base.sheet ?? ''}\u0000${base.sheet === undefined ? 0 : 1}\u0000${base.column ?? ''}`;
    let b = this.baseIndex.get(key);
    if (b === undefined) {
      if (this.bases.length >= BASES) {
        this.whole.set(label, place);
        return;
      }
      b = this.bases.length;
      this.bases.push(base);
      this.baseIndex.set(key, b);
    }
    this.packed.set(label, line * BASES + b);
  }

  get(label: string): RowPlace | undefined {
    const n = this.packed.get(label);
    if (n === undefined) return this.whole.get(label);
    const base = this.bases[n % BASES]!;
    return { ...base, line: Math.floor(n / BASES) };
  }

  get size(): number {
    return this.packed.size + this.whole.size;
  }
}
