/**
 * Text from files (names, keys, values, file names, rubric titles) as a terminal or a line-based
 * log may show it: every control character, bidi or invisible format character and lone surrogate
 * is written visibly, so data can neither move the cursor, clear the screen, set a title or a
 * hyperlink, reorder what follows, nor start a new line (a forged `::error` line in CI).
 *
 * The convention, one for every text output: `\n`, `\r`, `\t` for those three; `\xNN` for the
 * other C0 controls, DEL and the C1 controls (ESC is `\x1b`); `\uXXXX` for bidi controls
 * (U+202E is `\u202e`), zero-width and other invisible format characters, line and paragraph
 * separators and lone surrogates. Backslashes are kept as they are (Windows paths stay readable).
 */
import { UNSAFE_TEXT, visibleChar } from '../../model/unsafe-text.js';

/** What must be escaped (the model's one set). One test decides; almost every string needs nothing. */
const UNSAFE = UNSAFE_TEXT;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
const visible = visibleChar;

/**
 * Whether `s` holds anything terminalText would change: UNSAFE's test, written out as a loop over
 * the code units (twice as fast as the regular expression on the names and lines of a ranking,
 * which are printable ASCII and CJK; a province's report asks it a million times).
 */
export function needsTerminalEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20) return true;
      continue;
    }
    if (c <= 0x9f || c === 0x61c) return true;
    if (c < 0x200b) continue;
    if (c <= 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return true;
    if (c < 0xd800) continue;
    if (c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c <= 0xdfff || c === 0xfeff || (c >= 0xfff9 && c <= 0xfffb)) return true;
  }
  return false;
}

/** `s` with every control, bidi and invisible character written visibly, on one line. */
export function terminalText(s: string): string {
  return needsTerminalEscape(s) ? s.replace(UNSAFE_ALL, visible) : s;
}

/** The regular expression the loop stands for (tests compare the two). */
export const UNSAFE_PATTERN = UNSAFE;
