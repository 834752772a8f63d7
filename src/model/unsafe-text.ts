/**
 * The characters text from a file must not carry into an output as they are: C0 and C1 controls
 * and DEL (ESC starts a terminal sequence, BEL rings), the Arabic letter mark, zero-width and
 * bidi controls (U+202E turns what follows around), line and paragraph separators, other
 * invisible format characters, the BOM, interlinear annotation marks and lone surrogates. One
 * set: the terminal's escape (src/report/escape/terminal.ts) and the finding a name, street or
 * district holding them gets (text-limits.ts).
 */
export const UNSAFE_TEXT =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\p{Cs}/u;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One such character as it is shown: `\n`, `\x1b`, `\u202e`. */
export function visibleChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const c = ch.charCodeAt(0);
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** UNSAFE_TEXT without the tab and the line breaks a spreadsheet cell may hold. */
const UNSAFE_IN_CELL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\p{Cs}/gu;

/**
 * Text for a cell of a report written to a file (a CSV file named with --output, an .xlsx
 * report): as the terminal shows it, except that a tab and a line break stay (inside a quoted CSV
 * cell, in a workbook cell), so `ESC [31m` and U+202E read `\x1b[31m`, `\u202e` there too.
 */
export function cellVisibleText(s: string): string {
  return UNSAFE_TEXT.test(s) ? s.replace(UNSAFE_IN_CELL, visibleChar) : s;
}
