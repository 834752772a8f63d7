/**
 * Widths in terminal columns (East Asian wide and fullwidth characters take two), and text cut or
 * wrapped to a width: at spaces and between CJK characters, never inside a number with its unit
 * ("≥ 30 m²", "150平方米"), never before closing or after opening punctuation.
 */

/** Columns a character takes in a terminal: East Asian wide and fullwidth take two. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return cp < 0x300 || cp > 0x36f ? 1 : 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 0;
  return 1;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Display columns of `s`; colour codes take none. */
export function displayWidth(s: string): number {
  let w = 0;
  const plain = s.includes('\u001b') ? s.replace(ANSI, '') : s;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c < 0x300) {
      w++;
      continue;
    }
    const cp = plain.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

/** The ellipsis a cut cell ends with. */
export const ELLIPSIS = '…';

/** `s` cut to at most `width` columns, ending in an ellipsis when anything was cut. */
export function truncateToWidth(s: string, width: number): string {
  // No code unit takes more than two columns: a short string fits without being measured.
  if (s.length * 2 <= width || displayWidth(s) <= width) return s;
  let w = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const cw = charWidth(cp);
    if (w + cw > width - 1) break;
    w += cw;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(0, i) + ELLIPSIS;
}

const isCjk = (cp: number) => charWidth(cp) === 2;
/** No line starts with these (closing punctuation, units after a number). */
const NO_START = new Set([...'，。、：；！？）」』》〉】”’,.;:!?)]}%％'].map((c) => c.codePointAt(0)!));
/** No line ends with these (opening punctuation, comparison signs before a number). */
const NO_END = new Set([...'（「『《〈【“‘([{≥≤<>=＜＞≈~～±+−-'].map((c) => c.codePointAt(0)!));
const isDigit = (cp: number) => (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);

/**
 * Pieces of `s` that stay on one line, with the spaces before each: a word, a CJK character with
 * the punctuation that cannot be parted from it, a number with its unit or its sign.
 */
function pieces(s: string): { space: string; text: string }[] {
  const out: { space: string; text: string }[] = [];
  const chars = [...s];
  let space = '';
  let text = '';
  let last = 0;
  const cut = () => {
    if (text) out.push({ space, text });
    space = '';
    text = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (ch === ' ') {
      const next = chars[i + 1]?.codePointAt(0) ?? 0x20;
      // "30 m²", "≥ 30", "差 10": the space keeps a number with its unit (a short word), a sign or
      // a CJK word with the number after it.
      const unit =
        isDigit(last) && !isCjk(next) && !isDigit(next) && !NO_END.has(next) && shortWord(chars, i + 1);
      const before = isDigit(next) && (NO_END.has(last) || isCjk(last));
      if (text && (unit || before || (NO_END.has(last) && next !== 0x20))) {
        text += ch;
        last = cp;
        continue;
      }
      cut();
      space += ch;
      last = cp;
      continue;
    }
    const between =
      text !== '' &&
      (isCjk(cp) || isCjk(last)) &&
      !NO_START.has(cp) &&
      !NO_END.has(last) &&
      !(isDigit(last) && isCjk(cp));
    // "office-service-area": a line may end after a hyphen inside a word.
    const afterHyphen = last === 0x2d && text.length > 1 && !isDigit(cp) && cp !== 0x2d;
    if (between || afterHyphen) cut();
    text += ch;
    last = cp;
  }
  cut();
  return out;
}

/** Whether the word starting at `from` is short enough to be a unit (m², km, %). */
function shortWord(chars: string[], from: number): boolean {
  let n = 0;
  for (let i = from; i < chars.length && chars[i] !== ' ' && !isCjk(chars[i]!.codePointAt(0)!); i++)
    if (++n > 3) return false;
  return n > 0;
}

/** `s` as lines of at most `width` columns; a piece wider than a line is cut where it must be. */
export function wrapToWidth(s: string, width: number): string[] {
  if (displayWidth(s) <= width) return [s];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const p of pieces(s)) {
    const pw = displayWidth(p.text);
    const sw = line ? p.space.length : 0;
    if (line && w + sw + pw <= width) {
      line += (line ? p.space : '') + p.text;
      w += sw + pw;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    w = 0;
    let rest = p.text;
    while (displayWidth(rest) > width) {
      const head = hardCut(rest, width);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    line = rest;
    w = displayWidth(rest);
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** The longest start of `s` that fits `width` columns (at least one character). */
function hardCut(s: string, width: number): string {
  let w = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const cw = charWidth(cp);
    if (w + cw > width && i > 0) break;
    w += cw;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(0, i);
}

/** The widest piece of `s` that wrapToWidth keeps on one line: below it, a word is cut. */
export function longestPiece(s: string): number {
  let max = 0;
  for (const p of pieces(s)) max = Math.max(max, displayWidth(p.text));
  return max;
}

/**
 * A line of prose at `indent`, wrapped to `width` when there is one (continuation lines indented
 * two more), each line painted on its own so that colour never spans a line break.
 */
export function wrapLine(
  indent: string,
  text: string,
  width: number | undefined,
  paint: (s: string) => string = (x) => x,
): string[] {
  if (width === undefined || displayWidth(indent) + displayWidth(text) <= width)
    return [paint(indent + text)];
  const room = Math.max(20, width - displayWidth(indent) - 2);
  return wrapWhole(text, room).map((line, i) => paint((i ? `${indent}  ` : indent) + line));
}

/** A bullet wrapped to `width`: its continuation lines start under its text, not under the bullet. */
export function wrapBullet(indent: string, text: string, width: number | undefined): string[] {
  const room = width === undefined ? undefined : Math.max(20, width - displayWidth(indent));
  if (room === undefined || displayWidth(text) <= room) return [indent + text];
  const pad = ' '.repeat(displayWidth(indent));
  return wrapToWidth(text, room).map((x, i) => (i ? pad : indent) + x);
}

/**
 * Prose wrapped without parting a hyphenated word: ids and file names in a sentence
 * ("complete-community-2020") are what people copy. Hyphens are held as U+2011 while wrapping.
 */
export function wrapWhole(text: string, width: number): string[] {
  if (!text.includes('-')) return wrapToWidth(text, width);
  return wrapToWidth(text.replace(/-/g, '\u2011'), width).map((l) => l.replace(/\u2011/g, '-'));
}
