/** Column widths that fit a line: shared by the boxed tables and the ranking's grid. */

/** A text column is not narrowed below this. */
export const MIN_COLUMN = 6;
/** Nor below its longest word, up to this many columns: a longer word may be cut. */
export const WORD_LIMIT = 16;

/**
 * The narrowest a text column may be: MIN_COLUMN, or its longest word (at most `cap`), or what
 * must stay whole (`whole`), and never wider than its natural width.
 */
export function narrowestWidth(natural: number, word: number, cap = WORD_LIMIT, whole = 0): number {
  return Math.min(natural, Math.max(MIN_COLUMN, Math.min(word, cap), whole));
}

/** Widths within `room`: the widest columns are narrowed first, none below its narrowest. */
export function fitWidths(natural: number[], narrowest: number[], room: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= room) return natural;
  // The largest cap on every column's width that fits.
  let lo = 0;
  let hi = Math.max(...natural);
  const at = (cap: number) => natural.map((w, i) => Math.max(narrowest[i]!, Math.min(w, cap)));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (at(mid).reduce((a, b) => a + b, 0) <= room) lo = mid;
    else hi = mid - 1;
  }
  const widths = at(lo);
  // Columns the cap cut give the columns left over what is still free, widest first.
  let spare = room - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; spare > 0 && i < widths.length; i++) {
    if (widths[i]! < natural[i]! && widths[i] === lo) {
      widths[i]!++;
      spare--;
    }
  }
  return widths;
}
