/**
 * The mistakes typing YAML on a Chinese IME makes, read from the lines of a text the parser
 * refused: a full-width colon or space after a key, no space after the colon, a tab as
 * indentation, a `{` or `[` never closed, a list item among a mapping's keys. Each is one finding
 * at its cause, and a repaired copy of the text (the same lines) lets the parser look for
 * whatever else is wrong without the cascade the mistake set off. Pure. Only run once the parser
 * has failed, so a well-formed file never pays for it.
 */
import { type Finding, finding } from '../model/finding.js';

export interface TypoRepair {
  /** The text with every mistake found repaired; line breaks are kept, so lines stay put. */
  text: string;
  findings: Finding[];
  /** True when a finding is an error: the repair was a guess, and the file stays refused. */
  guessed: boolean;
}

/** A key as submissions write it: letters of any script, digits, `-`, `_`, `.`, spaces inside. */
const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_.\- ]*?`;
/** `key：value`, `key： value`, `key：　value` (full-width colon, any space after it). */
const FULLWIDTH_COLON = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY})\s*：[ \u3000]*(.*)$`, 'u');
/** `key:　value`: an ideographic space after the colon. */
const FULLWIDTH_SPACE = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY}):\u3000+(.*)$`, 'u');
/** `key:value`: a key of one word and no space after the colon (not `http://`, not `10:30`). */
const NO_SPACE = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_.-]*):([^\s/:].*)$/u;
/** `- key: value` among `key: value` lines. */
const LIST_KEY = new RegExp(String.raw`^(\s*)-\s+(${KEY}):(?:\s|$)`, 'u');
const MAP_KEY = new RegExp(String.raw`^(\s*)(${KEY}):(?:\s|$)`, 'u');

interface Line {
  text: string;
  /** What ended the line: `\n`, `\r\n`, `\r` or nothing. */
  end: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), end: m[0] });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), end: '' });
  return out;
}

const blank = (s: string) => /^\s*(?:#.*)?$/.test(s);
const indentOf = (s: string) => /^ */.exec(s)![0].length;

/**
 * Whether a quote at `i` opens a quoted scalar: only where a scalar starts (the line's start, or
 * after an indicator: `: `, `- `, `? `, `,`, `[`, `{`). Inside a plain scalar (`社"`) it is text.
 */
function opensQuote(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (s[j] === ' ' || s[j] === '\t')) j--;
  return j < 0 || ':-?,[{'.includes(s[j]!);
}

/** The line without a trailing comment, and the comment (with its space), outside quotes. */
function splitComment(s: string): [string, string] {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && opensQuote(s, i)) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) return [s.slice(0, i).trimEnd(), s.slice(i)];
  }
  return [s, ''];
}

/** The brackets a line opens and does not close, in order, outside quotes. */
function openBrackets(s: string): { char: string; column: number }[] {
  const open: { char: string; column: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && opensQuote(s, i)) quote = c;
    else if (c === '{' || c === '[') open.push({ char: c, column: i + 1 });
    else if (c === '}' || c === ']') open.pop();
  }
  return open;
}

/** The indentation a tab-indented line meant: its previous line's, one level deeper after `key:`. */
function intendedIndent(lines: readonly Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const prev = lines[j]!.text;
    if (blank(prev)) continue;
    const [body] = splitComment(prev);
    return indentOf(prev) + (/:$/.test(body) ? 2 : 0);
  }
  return 0;
}

/** The key of the mapping a line at this indentation belongs to (`metrics` for its entries). */
function parentKey(lines: readonly Line[], i: number, indent: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const t = lines[j]!.text;
    if (blank(t) || indentOf(t) >= indent) continue;
    return /^\s*(?:-\s+)?([^:]+):/.exec(t)?.[1]?.trim() ?? '';
  }
  return '';
}

/** Whether the lines around i at the same indentation are `key: value` entries, not list items. */
function amongMapKeys(lines: readonly Line[], i: number, indent: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const t = lines[j]!.text;
      if (blank(t)) continue;
      const d = indentOf(t);
      if (d > indent) continue;
      if (d < indent) break;
      return MAP_KEY.test(t);
    }
  }
  return false;
}

/** Repairs one line in place; returns its findings: a tab, then what the line's text got wrong. */
function repairLine(lines: Line[], i: number): Finding[] {
  const line = i + 1;
  const at = (
    code: Finding['code'],
    severity: Finding['severity'],
    params: Record<string, string>,
    column: number,
  ) => ({ ...finding(code, severity, params), line, column }) as Finding;

  const tab = /^( *)(\t[\t ]*)/.exec(lines[i]!.text);
  if (!tab) return textMistake(lines, i, at);
  lines[i]!.text = ' '.repeat(intendedIndent(lines, i)) + lines[i]!.text.slice(tab[0].length);
  const rest = textMistake(lines, i, at);
  return [at('load.tab-indent', 'error', {}, tab[1]!.length + 1), ...rest];
}

type At = (
  code: Finding['code'],
  severity: Finding['severity'],
  params: Record<string, string>,
  column: number,
) => Finding;

/** A mistake in the text of a line (indented with spaces), repaired in place. */
function textMistake(lines: Line[], i: number, at: At): Finding[] {
  const t = lines[i]!.text;
  const [body, comment] = splitComment(t);
  let m = FULLWIDTH_COLON.exec(body);
  if (m) {
    const [, lead, key, value] = m;
    const fixed = `${lead}${key}:${value ? ` ${value}` : ''}`;
    lines[i]!.text = fixed + (comment ? ` ${comment}` : '');
    return [
      at(
        'load.fullwidth-colon',
        'warning',
        { key: key!, fixed: fixed.trim() },
        lead!.length + key!.length + 1,
      ),
    ];
  }
  m = FULLWIDTH_SPACE.exec(body);
  if (m) {
    const [, lead, key, value] = m;
    const fixed = `${lead}${key}: ${value}`;
    lines[i]!.text = fixed + (comment ? ` ${comment}` : '');
    return [
      at(
        'load.fullwidth-space',
        'warning',
        { key: key!, fixed: fixed.trim() },
        lead!.length + key!.length + 2,
      ),
    ];
  }
  m = NO_SPACE.exec(body);
  if (m) {
    const [, lead, key, value] = m;
    const fixed = `${lead}${key}: ${value}`;
    lines[i]!.text = fixed + (comment ? ` ${comment}` : '');
    return [
      at(
        'load.colon-no-space',
        'warning',
        { key: key!, fixed: fixed.trim() },
        lead!.length + key!.length + 1,
      ),
    ];
  }
  m = LIST_KEY.exec(body);
  if (m && amongMapKeys(lines, i, m[1]!.length)) {
    lines[i]!.text = t.replace(/^(\s*)-\s+/, '$1');
    return [
      at('load.list-in-mapping', 'error', { parent: parentKey(lines, i, m[1]!.length) }, m[1]!.length + 1),
    ];
  }
  const open = openBrackets(body);
  if (open.length > 0 && !closedLater(lines, i, open.length)) {
    const closers = open
      .map((o) => (o.char === '{' ? '}' : ']'))
      .reverse()
      .join('');
    lines[i]!.text = `${body} ${closers}${comment ? ` ${comment}` : ''}`;
    const first = open[0]!;
    return [
      at(
        'load.unclosed-bracket',
        'error',
        { open: first.char, close: first.char === '{' ? '}' : ']' },
        first.column,
      ),
    ];
  }
  return [];
}

/** Whether the brackets a line leaves open are closed on a following, more indented line. */
function closedLater(lines: readonly Line[], i: number, depth: number): boolean {
  const indent = indentOf(lines[i]!.text);
  let d = depth;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (blank(t)) continue;
    if (indentOf(t) <= indent) return false;
    for (const c of splitComment(t)[0]) {
      if (c === '{' || c === '[') d++;
      else if (c === '}' || c === ']') d--;
    }
    if (d <= 0) return true;
  }
  return false;
}

/** The mistakes in a text the parser refused, one finding each, and the text repaired; undefined if none. */
export function repairTypos(text: string): TypoRepair | undefined {
  const lines = splitLines(text);
  const findings: Finding[] = [];
  let inBlockScalar = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (blank(t)) continue;
    // The lines of a `|` or `>` block are text, whatever they look like.
    if (inBlockScalar >= 0 && indentOf(t) > inBlockScalar && !t.startsWith('\t')) continue;
    inBlockScalar = -1;
    findings.push(...repairLine(lines, i));
    if (/:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(lines[i]!.text)) inBlockScalar = indentOf(lines[i]!.text);
  }
  if (findings.length === 0) return undefined;
  return {
    text: lines.map((l) => l.text + l.end).join(''),
    findings,
    guessed: findings.some((f) => f.severity === 'error'),
  };
}
