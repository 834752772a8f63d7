/** Column widths that fit a line: shared by the boxed tables and the ranking's grid. */

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
