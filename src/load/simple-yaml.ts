/**
 * The batch's fastest parse: a reader for the plain block YAML that self-assessments are written
 * in, several times faster than js-yaml because it knows nothing else. It reads
 *   - block mappings with plain keys (`service-area: 171 m²`), nested by indentation;
 *   - block sequences, indented or at their key's own indentation, whose items are one-line
 *     values or block mappings (`- kind: 文化室` then `  area: 25`);
 *   - one-line flow mappings and sequences of scalars (`{ kind: 求助站, area: 76 }`, `[a, b]`);
 *   - plain scalars, read by the YAML 1.2 core schema (core-scalars), and one-line quoted ones;
 *   - literal and folded block scalars (`|`, `|-`, `>`, `>-`) and comments;
 *   - and three mistakes in such text, told apart as `yaml` tells them (SimpleReading): a key
 *     given twice, a list at the top, and a masked figure written without quotes (`** m2`).
 * Anything else, and anything it is not sure of (multi-line plain or quoted scalars, tags,
 * anchors, escapes, odd indentation, keys that could reach a prototype, text `yaml` would refuse
 * as too deep), makes it decline with undefined, and the caller goes on to js-yaml and then to
 * `yaml`, which stays the authority. test/rank/simple-yaml.test.ts checks it against `yaml` on examples, generated
 * files and random documents, positions included.
 */

import type { Path, Position } from '../model/finding.js';
import { resolvePlain } from './core-scalars.js';
import { lineStarts, MAX_DEPTH, nestingDepth, offsetToPosition } from './parse-yaml.js';

/** Thrown (one shared instance, never escaping this module) when the reader declines. */
const DECLINE = { declined: true };
function decline(): never {
  throw DECLINE;
}

/** Characters the reader leaves to the full parsers: tabs, CR, BOM, controls, NEL, LS/PS, non-characters. */
const UNSUPPORTED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Keys left to the full parsers: those that reach a prototype, and those yaml reads as null or a bool. */
const REFUSED_KEYS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  ...['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'],
]);
const MAX_NESTING = 32;
const MAX_KEY = 128;
/**
 * `parseYaml` refuses a text nested deeper than MAX_DEPTH as it measures it (nestingDepth): by
 * the indentation of any line, comments and blank lines too (two spaces, or a `- `, a level), and
 * by the brackets outside quotes and comments. The reader declines any line indented more than
 * this, and a text with more opening brackets than MAX_DEPTH anywhere, so it never reads what
 * `yaml` would refuse as too deep.
 */
const MAX_INDENT = 2 * MAX_DEPTH - 2;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const STAR = 42;

/**
 * What the reader makes of a text in its subset: the data; or, for a text that would be in it
 * but for keys repeated in a mapping, or a list where the file's mapping belongs, where those are
 * (offsets into the text). For those two, `yaml` reports exactly that (DUPLICATE_KEY at each
 * repeated key, or a list at the top) and nothing else, and reads no data. Likewise a masked
 * figure written without quotes and with text after it (`** m2`): to `yaml` an alias followed by
 * text, an error on that line only, which parseYaml says as load.unquoted-star. (A masked figure
 * alone, `**` or `**%`, is an alias that parseYaml reads as its own text: data.)
 */
export type SimpleReading =
  /**
   * rootStart: where the top mapping starts; topAt: where each of its keys starts, in the order
   * of Object.keys(data) (keys are never integer-like, so that order is the text's).
   */
  | { kind: 'data'; data: Record<string, unknown>; rootStart: number; topAt: number[] }
  | { kind: 'duplicate-keys'; at: number[] }
  | { kind: 'list'; at: number }
  /** Values written `** m2` (a masked figure with text after it), by where they start. */
  | { kind: 'unquoted-stars'; at: number[] }
  /** Nothing but comments and blank lines: `yaml` finds no document (load.empty). */
  | { kind: 'empty' };

/** The reading of a file in the subset, or undefined when it is not (or not surely) in it. */
export function readSimpleYaml(text: string): SimpleReading | undefined {
  if (UNSUPPORTED.test(text) || manyOpenings(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

/** The data of a file in the subset, or undefined when it is not (or not surely) in it, or has no data. */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  const r = readSimpleYaml(text);
  return r?.kind === 'data' ? r.data : undefined;
}

/**
 * A text `parseYaml` refuses as too deep by its brackets (see MAX_INDENT): measured as it
 * measures it (nestingDepth), only when there are more `[` and `{` than MAX_DEPTH at all (a
 * rubric writes thousands of one-line `{ … }`, each closed on its line).
 */
function manyOpenings(text: string): boolean {
  let n = 0;
  for (const c of ['[', '{'])
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1))
      if (++n > MAX_DEPTH) return nestingDepth(text) > MAX_DEPTH;
  return false;
}

/** Where each key or item of a collection starts (offsets into the text), by collection. */
type Starts = WeakMap<object, Map<string | number, number>>;

/**
 * Places a path in a file the reader reads exactly as `parseYaml`'s locate does: at the start of
 * the deepest key (or sequence item) the path reaches, else at the start of the top mapping.
 * Undefined for a file outside the subset. Reads the text again, recording where things start:
 * a batch asks only for the few files that have findings.
 */
export function locateSimpleYaml(text: string): ((path: Path) => Position) | undefined {
  if (UNSUPPORTED.test(text) || manyOpenings(text)) return undefined;
  const starts: Starts = new WeakMap();
  let data: Record<string, unknown>;
  let root: number;
  try {
    const reader = new Reader(text, starts);
    const r = reader.read();
    if (r.kind !== 'data') return undefined;
    data = r.data;
    root = reader.rootStart;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
  let lines: number[] | undefined;
  return (path) => {
    let node: unknown = data;
    let best = root;
    for (const seg of path) {
      if (node === null || typeof node !== 'object') break;
      if (Array.isArray(node) && typeof seg !== 'number') break;
      const at = starts.get(node)?.get(Array.isArray(node) ? seg : String(seg));
      if (at === undefined) break;
      best = at;
      node = (node as Record<string | number, unknown>)[seg];
    }
    return offsetToPosition((lines ??= lineStarts(text)), text.length, best);
  };
}

/**
 * The same places as locateSimpleYaml's, from a reading's own marks where they suffice (the top
 * mapping and its keys: a file's rubric, period, community, metrics), without reading the text
 * again; deeper paths read it again with locateSimpleYaml, once. Most findings of a batch are
 * about a top key (a rubric refused, a period that does not fit the rubric's year).
 */
export function simpleLocator(
  text: string,
  reading: Extract<SimpleReading, { kind: 'data' }>,
): (path: Path) => Position {
  let lines: number[] | undefined;
  let deep: ((path: Path) => Position) | undefined;
  const at = (offset: number) => offsetToPosition((lines ??= lineStarts(text)), text.length, offset);
  return (path) => {
    if (path.length === 0) return at(reading.rootStart);
    const i = typeof path[0] === 'string' ? Object.keys(reading.data).indexOf(path[0]) : -1;
    if (i < 0) return at(reading.rootStart);
    const value = reading.data[path[0] as string];
    if (path.length === 1 || value === null || typeof value !== 'object') return at(reading.topAt[i]!);
    return (deep ??= locateSimpleYaml(text)!)(path);
  };
}

class Reader {
  private readonly n: number;
  /** Start of the next line not yet consumed. */
  private pos = 0;
  /** Set by peek(): the next content line's start, first non-space character and end. */
  private lineStart = 0;
  private content = 0;
  private lineEnd = 0;
  private depth = 0;
  /** Where the top mapping starts: its first key. */
  rootStart = 0;
  /** Where each key of the top mapping starts, in order. */
  private readonly topAt: number[] = [];

  /** `starts`, when given, is filled with where every key and item begins. */
  constructor(
    private readonly text: string,
    private readonly starts?: Starts,
  ) {
    this.n = text.length;
  }

  /** Where repeated keys start, if any. */
  private repeated: number[] | undefined;

  read(): SimpleReading {
    // A mapping (or a list) at indentation 0 ends only at the end of the text: anything else declines.
    const first = this.peek();
    if (first === -1) return { kind: 'empty' };
    if (first !== 0) decline();
    this.rootStart = this.content;
    if (this.isDash(this.content)) {
      const at = this.content;
      this.sequence(0);
      if (this.peek() !== -1) decline();
      return this.problems() ?? { kind: 'list', at };
    }
    const data = this.mapping(0, undefined);
    return this.problems() ?? { kind: 'data', data, rootStart: this.rootStart, topAt: this.topAt };
  }

  /** Repeated keys or unquoted stars, what `yaml` reports of them; both: declined (their order is yaml's). */
  private problems(): SimpleReading | undefined {
    if (this.repeated && this.stars) decline();
    if (this.repeated) return { kind: 'duplicate-keys', at: this.repeated };
    if (this.stars) return { kind: 'unquoted-stars', at: this.stars };
    return undefined;
  }

  /** Where `** m2` values start, if any. */
  private stars: number[] | undefined;

  /**
   * A plain value that starts with `**` (a masked figure): alone (`**`, `**%`, `***-***m²`) an
   * alias that parseYaml reads as its text; with more text on the line (`** m2`), the error
   * parseYaml reports as load.unquoted-star. Anything else that could be read otherwise (a flow
   * indicator or `#` in it) is declined.
   */
  private masked(j: number): string {
    const t = this.text;
    let end = this.lineEnd;
    for (let k = j; k < this.lineEnd; k++) {
      const d = t.charCodeAt(k);
      if (d === HASH && t.charCodeAt(k - 1) === SPACE) {
        end = k;
        break;
      }
      if (d === HASH || d === 44 || d === 91 || d === 93 || d === 123 || d === 125 || d === 39 || d === 34)
        decline();
      if (d === COLON && (k + 1 === this.lineEnd || t.charCodeAt(k + 1) === SPACE)) decline();
    }
    while (end > j && t.charCodeAt(end - 1) === SPACE) end--;
    const value = t.slice(j, end);
    if (value.includes(' ')) (this.stars ??= []).push(j);
    return value;
  }

  /** A key seen before in its mapping: `yaml` reports it there, and the reading goes on. */
  private repeatedKey(at: number): void {
    (this.repeated ??= []).push(at);
  }

  /** Where a key or item starts (callers check that `starts` was given). */
  private record(collection: object, key: string | number, at: number): void {
    let m = this.starts!.get(collection);
    if (!m) this.starts!.set(collection, (m = new Map()));
    m.set(key, at);
  }

  /** Moves past blank and comment lines; the next content line's indentation, or -1 at the end. */
  private peek(): number {
    const t = this.text;
    for (;;) {
      if (this.pos >= this.n) return -1;
      let i = this.pos;
      while (t.charCodeAt(i) === SPACE) i++;
      if (i - this.pos > MAX_INDENT) decline();
      let end = t.indexOf('\n', i);
      if (end < 0) end = this.n;
      if (i === end || t.charCodeAt(i) === HASH) {
        this.pos = end + 1;
        continue;
      }
      this.lineStart = this.pos;
      this.content = i;
      this.lineEnd = end;
      return i - this.pos;
    }
  }

  /** `-` followed by a space or the line's end: a sequence item. */
  private isDash(i: number): boolean {
    if (this.text.charCodeAt(i) !== DASH) return false;
    const next = this.text.charCodeAt(i + 1);
    return i + 1 === this.lineEnd || next === SPACE;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) decline();
  }

  /** A block mapping at `indent`; `first` is where its first key starts when that is mid-line (after `- `). */
  private mapping(indent: number, first: number | undefined): Record<string, unknown> {
    this.enter();
    const obj: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      if (at === undefined) {
        const ind = this.peek();
        if (ind < indent) break;
        if (ind > indent) decline();
        at = this.content;
      }
      const key = this.key(at);
      if (Object.hasOwn(obj, key)) this.repeatedKey(at);
      if (this.starts) this.record(obj, key, at);
      if (this.depth === 1) this.topAt.push(at);
      obj[key] = this.valueAfterKey(this.keyEnd + 1, indent);
      at = undefined;
    }
    this.depth--;
    return obj;
  }

  /** Where the last key's colon is. */
  private keyEnd = 0;

  /** A plain key `[A-Za-z_][A-Za-z0-9_-]*` followed by `:` and a space or the line's end. */
  private key(at: number): string {
    const t = this.text;
    const i = this.keyEndAt(at);
    if (i === at || t.charCodeAt(i) !== COLON || i - at > MAX_KEY) decline();
    if (i + 1 !== this.lineEnd && t.charCodeAt(i + 1) !== SPACE) decline();
    const key = t.slice(at, i);
    if (REFUSED_KEYS.has(key)) decline();
    this.keyEnd = i;
    return key;
  }

  /** Where a plain key starting at `at` ends (`at` itself when none starts there). */
  private keyEndAt(at: number): number {
    const t = this.text;
    if (!isKeyStart(t.charCodeAt(at))) return at;
    let i = at + 1;
    while (isKeyChar(t.charCodeAt(i))) i++;
    return i;
  }

  /** The value after `key:` (from `from`) of an entry in a mapping at `indent`. */
  private valueAfterKey(from: number, indent: number): unknown {
    const t = this.text;
    let j = from;
    while (t.charCodeAt(j) === SPACE) j++;
    if (j >= this.lineEnd || t.charCodeAt(j) === HASH) {
      // Nothing on the line: a nested block, or null.
      this.pos = this.lineEnd + 1;
      const ind = this.peek();
      if (ind > indent) return this.isDash(this.content) ? this.sequence(ind) : this.mapping(ind, undefined);
      if (ind === indent && this.isDash(this.content)) return this.sequence(ind);
      return null;
    }
    const c = t.charCodeAt(j);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(j, indent);
    const value = this.inline(j);
    // The caller's loop declines a more indented next line (a multi-line scalar, or an error).
    this.pos = this.lineEnd + 1;
    return value;
  }

  /** A block sequence whose dashes are at `indent`. */
  private sequence(indent: number): unknown[] {
    this.enter();
    const t = this.text;
    const arr: unknown[] = [];
    for (;;) {
      const ind = this.peek();
      if (ind !== indent || !this.isDash(this.content)) {
        if (ind > indent) decline();
        break;
      }
      let j = this.content + 1;
      while (t.charCodeAt(j) === SPACE) j++;
      if (j >= this.lineEnd || t.charCodeAt(j) === HASH || this.isDash(j)) decline();
      const c = t.charCodeAt(j);
      if (c === 124 || c === 62) decline();
      if (this.starts) this.record(arr, arr.length, j);
      if (this.startsKey(j)) {
        arr.push(this.mapping(j - this.lineStart, j));
        continue;
      }
      arr.push(this.inline(j));
      this.pos = this.lineEnd + 1;
    }
    this.depth--;
    return arr;
  }

  /** Whether a plain key and `: ` (or `:` at the line's end) start at j. */
  private startsKey(j: number): boolean {
    const t = this.text;
    const i = this.keyEndAt(j);
    return i > j && t.charCodeAt(i) === COLON && (i + 1 === this.lineEnd || t.charCodeAt(i + 1) === SPACE);
  }

  /** A one-line value at j (flow collection, quoted or plain scalar), then only a comment may follow. */
  private inline(j: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(j);
    let value: unknown;
    let after: number;
    if (c === 123 /* { */) {
      const m = this.flowMapping(j);
      value = m.value;
      after = m.after;
    } else if (c === 91 /* [ */) {
      const s = this.flowSequence(j);
      value = s.value;
      after = s.after;
    } else if (c === 39 /* ' */ || c === 34 /* " */) {
      const q = this.quoted(j);
      value = q.value;
      after = q.after;
    } else {
      return this.plain(j);
    }
    this.restOfLine(after);
    return value;
  }

  /** After a value: spaces, then the line's end or a comment that a space separates. */
  private restOfLine(after: number): void {
    const t = this.text;
    let k = after;
    while (t.charCodeAt(k) === SPACE) k++;
    if (k >= this.lineEnd) return;
    if (t.charCodeAt(k) !== HASH || k === after) decline();
  }

  /** A plain scalar in block context: to the line's end or a ` #` comment. */
  private plain(j: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(j);
    if (c === STAR && t.charCodeAt(j + 1) === STAR) return this.masked(j);
    if (INDICATORS.has(c)) {
      // `-5`, `-.inf`, `-x` are plain; `- x` is not, nor is any other indicator first.
      if (c !== DASH || j + 1 >= this.lineEnd || t.charCodeAt(j + 1) === SPACE) decline();
    }
    // One pass over the line: a ` #` ends the scalar, a `: ` inside it would make it a key.
    let end = this.lineEnd;
    for (let k = j + 1; k < end; k++) {
      const d = t.charCodeAt(k);
      if (d === HASH && t.charCodeAt(k - 1) === SPACE) end = k;
      else if (d === COLON && t.charCodeAt(k + 1) === SPACE) decline();
    }
    while (end > j && t.charCodeAt(end - 1) === SPACE) end--;
    if (t.charCodeAt(end - 1) === COLON) decline();
    const s = t.slice(j, end);
    return resolvePlain(s);
  }

  /** A quoted scalar closed on the same line; double-quoted ones with escapes are declined. */
  private quoted(j: number): { value: string; after: number } {
    const t = this.text;
    if (t.charCodeAt(j) === 34) {
      const close = t.indexOf('"', j + 1);
      if (close < 0 || close > this.lineEnd) decline();
      const value = t.slice(j + 1, close);
      if (value.includes('\\')) decline();
      return { value, after: close + 1 };
    }
    let value = '';
    let from = j + 1;
    for (;;) {
      const close = t.indexOf("'", from);
      if (close < 0 || close > this.lineEnd) decline();
      value += t.slice(from, close);
      if (t.charCodeAt(close + 1) === 39) {
        value += "'";
        from = close + 2;
        continue;
      }
      return { value, after: close + 1 };
    }
  }

  /** `{ key: value, … }` of plain keys and values (scalars or flow collections) on one line. */
  private flowMapping(j: number): { value: Record<string, unknown>; after: number } {
    this.enter();
    const t = this.text;
    const obj: Record<string, unknown> = {};
    let i = this.skipSpaces(j + 1);
    if (t.charCodeAt(i) === 125 /* } */) return this.leave({ value: obj, after: i + 1 });
    for (;;) {
      const keyStart = i;
      i = this.keyEndAt(keyStart);
      if (i === keyStart || t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SPACE) decline();
      const key = t.slice(keyStart, i);
      if (REFUSED_KEYS.has(key)) decline();
      if (Object.hasOwn(obj, key)) this.repeatedKey(keyStart);
      if (this.starts) this.record(obj, key, keyStart);
      const v = this.flowValue(this.skipSpaces(i + 1), 125);
      obj[key] = v.value;
      i = this.skipSpaces(v.after);
      const c = t.charCodeAt(i);
      if (c === 125) return this.leave({ value: obj, after: i + 1 });
      if (c !== 44 /* , */) decline();
      i = this.skipSpaces(i + 1);
    }
  }

  /** `[a, b]` of scalars or flow collections on one line. */
  private flowSequence(j: number): { value: unknown[]; after: number } {
    this.enter();
    const t = this.text;
    const arr: unknown[] = [];
    let i = this.skipSpaces(j + 1);
    if (t.charCodeAt(i) === 93 /* ] */) return this.leave({ value: arr, after: i + 1 });
    for (;;) {
      if (this.starts) this.record(arr, arr.length, i);
      const v = this.flowValue(i, 93);
      arr.push(v.value);
      i = this.skipSpaces(v.after);
      const c = t.charCodeAt(i);
      if (c === 93) return this.leave({ value: arr, after: i + 1 });
      if (c !== 44) decline();
      i = this.skipSpaces(i + 1);
    }
  }

  /** One level of nesting closed: the value as it is. */
  private leave<T>(v: T): T {
    this.depth--;
    return v;
  }

  /** A value inside a one-line flow collection closed by `close`: a nested flow collection, or a scalar. */
  private flowValue(i: number, close: number): { value: unknown; after: number } {
    const c = this.text.charCodeAt(i);
    if (c === 123) return this.flowMapping(i);
    if (c === 91) return this.flowSequence(i);
    return this.flowScalar(i, close);
  }

  /**
   * A scalar inside a one-line flow collection closed by `close`: quoted, or plain without `:`
   * or brackets, and with `#` only right after another character (`C#`; ` #` starts a comment).
   */
  private flowScalar(i: number, close: number): { value: unknown; after: number } {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 39 || c === 34) return this.quoted(i);
    if (INDICATORS.has(c) && !(c === DASH && isPlainSafe(t.charCodeAt(i + 1)))) decline();
    let k = i;
    for (; k < this.lineEnd; k++) {
      const d = t.charCodeAt(k);
      if (d === 44 || d === close) break;
      if (d === COLON || d === 91 || d === 93 || d === 123 || d === 125) decline();
      if (d === HASH && t.charCodeAt(k - 1) === SPACE) decline();
    }
    if (k >= this.lineEnd) decline();
    let end = k;
    while (end > i && t.charCodeAt(end - 1) === SPACE) end--;
    if (end === i) decline();
    return { value: resolvePlain(t.slice(i, end)), after: k };
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * `|`, `|-`, `>` or `>-` (no indentation indicator, no keep), its lines indented past the
   * parent's `indent`. Declined: leading blank lines, blank lines with extra spaces, trailing
   * spaces, more indented lines in a folded scalar, and a last line without a line break.
   */
  private blockScalar(j: number, indent: number): string {
    const t = this.text;
    const folded = t.charCodeAt(j) === 62;
    let k = j + 1;
    const strip = t.charCodeAt(k) === DASH;
    if (strip) k++;
    this.restOfLine(k);
    const lines: string[] = [];
    let m = -1;
    let pos = this.lineEnd + 1;
    while (pos < this.n) {
      let i = pos;
      while (t.charCodeAt(i) === SPACE) i++;
      const end = t.indexOf('\n', i);
      if (end < 0) decline();
      const ind = i - pos;
      if (ind > MAX_INDENT) decline();
      if (i === end) {
        if (m < 0 || ind > m) decline();
        lines.push('');
        pos = end + 1;
        continue;
      }
      if (m < 0) {
        if (ind <= indent) break;
        m = ind;
      } else if (ind < m) break;
      if ((folded && ind > m) || t.charCodeAt(end - 1) === SPACE) decline();
      lines.push(t.slice(pos + m, end));
      pos = end + 1;
    }
    if (m < 0) decline();
    this.pos = pos;
    while (lines[lines.length - 1] === '') lines.pop();
    let out: string;
    if (folded) {
      out = lines[0]!;
      let blank = 0;
      for (let x = 1; x < lines.length; x++) {
        const line = lines[x]!;
        if (line === '') blank++;
        else {
          out += blank > 0 ? '\n'.repeat(blank) : ' ';
          out += line;
          blank = 0;
        }
      }
    } else out = lines.join('\n');
    return strip ? out : `${out}\n`;
  }
}

/** c-indicator characters: none may start a plain scalar (`-` may, before a non-space). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** Keys are ASCII identifiers: a letter or `_`, then letters, digits, `_` and `-`. */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === DASH;
}

function isPlainSafe(c: number): boolean {
  return !Number.isNaN(c) && c !== SPACE && c !== NL && c !== 44 && c !== 93 && c !== 125;
}
