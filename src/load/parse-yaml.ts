/**
 * YAML to data, keeping positions. One document per file; duplicate keys, alias bombs,
 * runaway nesting and prototype keys are findings, never crashes or polluted objects.
 */

import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseAllDocuments,
  Scalar,
  type Tags,
  visit,
} from 'yaml';
import { type Finding, finding, type Path, type Position } from '../model/finding.js';
import { addDuplicateKeyErrors } from './unique-keys.js';
import { repairTypos } from './yaml-typos.js';

export const MAX_DEPTH = 200;
export const MAX_ALIASES = 100;
/**
 * Characters aliases may add to a document. Far above any real file (an anchor repeats a list of
 * a few hundred characters, a handful of times), far below memory trouble: 99 aliases of a
 * 1.5-million-character string would have made 150 million characters to read and print.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  /** The document as plain data; undefined when it could not be read. */
  data: unknown;
  findings: Finding[];
  /** The line and column (1-based) of a path, or of its nearest ancestor that exists. */
  locate(path: Path): Position;
}

/** Where each line starts; a line ends at \r\n, \n or a lone \r, as YAML reads them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The length of a 1-based line, without its line break. */
function lineLength(text: string, starts: readonly number[], line: number): number {
  const start = starts[line - 1] ?? text.length;
  let end = line < starts.length ? starts[line]! : text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end - start;
}

/** A 0-based offset to a 1-based line and column, clamped to the text. */
export function offsetToPosition(starts: readonly number[], length: number, offset: number): Position {
  const o = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: o - starts[lo]! + 1 };
}

/** The deepest nesting of brackets or indentation, measured without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n') quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  let indentMax = 0;
  for (const m of text.matchAll(/^( *)(- )*/gm)) {
    const level = m[1]!.length / 2 + (m[0].length - m[1]!.length) / 2;
    if (level > indentMax) indentMax = level;
  }
  return Math.max(max, Math.floor(indentMax));
}

/**
 * Positions in a text by offset. Our own line index, built only when a position is asked for:
 * yaml's LineCounter misses line breaks inside an unterminated quoted scalar, which put findings
 * past the end of a line.
 */
class Positions {
  private lines: number[] | undefined;
  constructor(private readonly text: string) {}
  starts(): number[] {
    this.lines ??= lineStarts(this.text);
    return this.lines;
  }
  at = (offset: number): Position => offsetToPosition(this.starts(), this.text.length, offset);
}

type Doc = Extract<ReturnType<typeof parseAllDocuments>, readonly unknown[]>[number];

const TOO_DEEP = (): Finding => ({
  ...finding('load.too-deep', 'error', { limit: MAX_DEPTH }),
  line: 1,
  column: 1,
});

/**
 * `repair`: when the parser refuses the text, look for the typing mistakes of yaml-typos.ts, and
 * read the repaired text instead: their findings replace the parser's cascade.
 */
export function parseYaml(text: string, repair = true): ParsedYaml {
  const findings: Finding[] = [];
  const none: ParsedYaml = { data: undefined, findings, locate: () => ({ line: 1, column: 1 }) };
  const pos = new Positions(text);
  const at = pos.at;
  if (nestingDepth(text) > MAX_DEPTH) {
    findings.push(TOO_DEEP());
    return none;
  }
  const docs = documentsOf(text);
  if (docs === 'too-deep') {
    findings.push(TOO_DEEP());
    return none;
  }
  const real = docs.filter((d) => d.contents !== null || d.errors.length > 0);
  if (real.length === 0) {
    findings.push({ ...finding('load.empty', 'error'), line: 1, column: 1 });
    return none;
  }
  if (real.length > 1) {
    const second = real[1]!;
    findings.push({
      ...finding('load.multi-document', 'error', { count: real.length }),
      ...at(second.range?.[0] ?? 0),
    });
    return none;
  }
  const doc = real[0]!;
  if (repair && doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) {
    const fixed = repairTypos(text);
    if (fixed) return readRepaired(text, pos, fixed);
  }
  findings.push(...syntaxFindings(text, doc, at));
  const locate = (path: Path): Position => locateIn(doc.contents as Node | null, path, at);
  if (findings.length) return { data: undefined, findings, locate };
  // Aliases start with `*`: most files have none to look at.
  if (text.includes('*')) findings.push(...aliasFindings(doc, at));
  if (findings.length) return { data: undefined, findings, locate };
  return dataOf(doc, at, locate);
}

/**
 * The core schema without its hexadecimal and octal integers: `0x96` and `0o226` stay text, as
 * `0b10010110` does, so a figure written so is refused with its reason (value.radix) instead of
 * read silently as 150. core-scalars.ts reads plain scalars the same way for the fast readers.
 */
function decimalOnly(tags: Tags): Tags {
  return tags.filter(
    (t) =>
      typeof t === 'string' ||
      !(t.tag === 'tag:yaml.org,2002:int' && 'format' in t && (t.format === 'HEX' || t.format === 'OCT')),
  );
}

/** The documents of the text, or 'too-deep' when the parser ran out of stack. */
function documentsOf(text: string): Doc[] | 'too-deep' {
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      customTags: decimalOnly,
    });
    if (Array.isArray(docs)) for (const d of docs) addDuplicateKeyErrors(d);
  } catch (e) {
    if (e instanceof RangeError) return 'too-deep';
    throw e;
  }
  return Array.isArray(docs) ? docs : [];
}

/** The repaired text read instead: the repairs' findings first, positions kept inside the real lines. */
function readRepaired(
  text: string,
  pos: Positions,
  fixed: NonNullable<ReturnType<typeof repairTypos>>,
): ParsedYaml {
  const findings: Finding[] = [];
  const again = parseYaml(fixed.text, false);
  // A repaired line can be a character or two longer: positions stay inside the real line.
  const inside = (p: Position): Position => ({
    line: p.line,
    column: Math.min(p.column, lineLength(text, pos.starts(), p.line) + 1),
  });
  for (const f of again.findings)
    findings.push(f.line === undefined ? f : { ...f, ...inside(f as Position) });
  findings.unshift(...fixed.findings);
  const data = fixed.guessed || again.data === undefined ? undefined : again.data;
  return { data, findings, locate: (path) => inside(again.locate(path)) };
}

/** The parser's errors, one finding per line: what follows the first error on a line is its echo. */
function syntaxFindings(text: string, doc: Doc, at: (offset: number) => Position): Finding[] {
  const findings: Finding[] = [];
  const starLines = new Set<number>();
  const syntaxLines = new Set<number>();
  for (const err of doc.errors) {
    const pos = at(err.pos[0]);
    // `area: ** m2`: a masked figure with its unit, written without quotes, is to YAML an alias
    // with text after it. Said as what it is, once per line, at the value.
    const star = err.code !== 'DUPLICATE_KEY' ? unquotedStarFinding(text, pos.line) : undefined;
    if (star) {
      if (!starLines.has(pos.line)) findings.push(star);
      starLines.add(pos.line);
    } else if (err.code === 'DUPLICATE_KEY') {
      findings.push(duplicateKeyFinding(text, err.pos[0], pos, err.message));
    } else if (!syntaxLines.has(pos.line)) {
      syntaxLines.add(pos.line);
      findings.push({
        ...(YAML_CODES[err.code]
          ? finding('load.syntax', 'error', { problem: err.code })
          : finding('load.yaml-syntax', 'error', { detail: yamlDetail(err.message) })),
        ...pos,
      });
    }
  }
  return findings;
}

/** Aliases that do not resolve, and those that would add too much text (an alias bomb). */
function aliasFindings(doc: Doc, at: (offset: number) => Position): Finding[] {
  const findings: Finding[] = [];
  readAliases(doc, findings, at);
  if (findings.length) return findings;
  const expansion = aliasExpansion(doc.contents);
  // Many aliases of short text are an alias bomb by count: said as before, by toJS below.
  if (expansion.added > MAX_ALIAS_EXPANSION && expansion.resolved <= MAX_ALIASES)
    findings.push({
      ...finding('load.alias-expansion', 'error', {
        added: expansion.added,
        limit: MAX_ALIAS_EXPANSION,
      }),
      ...at(expansion.at),
    });
  return findings;
}

/** The document as plain data: a mapping, with keys that could pollute a prototype taken out. */
function dataOf(doc: Doc, at: (offset: number) => Position, locate: (path: Path) => Position): ParsedYaml {
  const findings: Finding[] = [];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof RangeError) findings.push(TOO_DEEP());
    else if (e instanceof ReferenceError || /alias/i.test(String(e)))
      findings.push({ ...finding('load.alias-limit', 'error'), line: 1, column: 1 });
    else throw e;
    return { data: undefined, findings, locate };
  }
  if (data === null || data === undefined) {
    findings.push({ ...finding('load.empty', 'error'), line: 1, column: 1 });
    return { data: undefined, findings, locate };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const actual = Array.isArray(data) ? 'list' : typeof data === 'string' ? 'string' : typeof data;
    findings.push(notMappingFinding(actual, at(doc.contents?.range?.[0] ?? 0)));
    return { data: undefined, findings, locate };
  }
  const unsafe = stripUnsafeKeys(data, []);
  for (const path of unsafe) {
    findings.push({
      ...finding('load.unsafe-key', 'error', { key: String(path[path.length - 1]) }, path),
      ...locate(path),
    });
  }
  return { data, findings, locate };
}

/**
 * A key repeated in a mapping, at the repeated key (`offset`, where `yaml` reports it): here and
 * on the batch's fast path, which finds the same keys (simple-yaml.ts).
 */
export function duplicateKeyFinding(text: string, offset: number, pos: Position, message = ''): Finding {
  const key = /"([^"]*)"|key (\S+)/.exec(message);
  return {
    ...finding('load.duplicate-key', 'error', { key: keyAt(text, offset) ?? key?.[1] ?? '' }),
    ...pos,
  };
}

/**
 * `area: ** m2`, a masked figure written without quotes with text after it, on `line`: said as
 * what it is, at the value (here and on the batch's fast path, simple-yaml.ts); undefined when
 * the line holds no such value.
 */
export function unquotedStarFinding(text: string, line: number): Finding | undefined {
  const star = unquotedStar(text, line);
  return (
    star && { ...finding('load.unquoted-star', 'error', { value: star.value }), line, column: star.column }
  );
}

/** A file whose data is not a mapping (`actual`: list, string, …), at its data's start. */
export function notMappingFinding(actual: string, pos: Position): Finding {
  return { ...finding('load.not-mapping', 'error', { actual }), ...pos };
}

/**
 * Aliases, before they are resolved. A figure masked as in the source documents and written
 * without quotes (`households: **`, `rate: **%`) is, to YAML, an alias to an anchor named `*`:
 * it is read as the text it is, so that it is reported as the placeholder it is, at its place.
 * An alias to an anchor not defined before it is a finding at the alias, not a thrown error.
 */
function readAliases(
  doc: { contents: unknown },
  findings: Finding[],
  at: (offset: number) => Position,
): void {
  const anchors = new Set<string>();
  visit(doc as Parameters<typeof visit>[0], (_key, node) => {
    if (isAlias(node)) {
      if (node.source.startsWith('*')) {
        const text = new Scalar(`*${node.source}`);
        text.range = node.range;
        return text;
      }
      if (!anchors.has(node.source))
        findings.push({
          ...finding('load.unresolved-alias', 'error', { name: node.source }),
          ...at(node.range?.[0] ?? 0),
        });
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
}

/**
 * What the aliases of a document add when resolved, counted on the tree without resolving
 * anything: an alias adds what its anchor's node holds, aliases inside it included. `added`:
 * characters; `resolved`: aliases resolved in all (a billion laughs of short strings is refused
 * by count, as before, by `toJS`); `at`: the offset of the alias that takes `added` over the limit.
 */
function aliasExpansion(root: unknown): { added: number; resolved: number; at: number } {
  const anchors = new Map<string, { chars: number; aliases: number }>();
  let added = 0;
  let resolved = 0;
  let at = 0;
  const size = (node: unknown): { chars: number; aliases: number } => {
    if (isAlias(node)) {
      const target = anchors.get(node.source) ?? { chars: 0, aliases: 0 };
      added += target.chars;
      resolved += 1 + target.aliases;
      if (added > MAX_ALIAS_EXPANSION && at === 0) at = node.range?.[0] ?? 0;
      return { chars: target.chars, aliases: 1 + target.aliases };
    }
    let chars = 0;
    let aliases = 0;
    const add = (child: unknown) => {
      const s = size(child);
      chars += s.chars;
      aliases += s.aliases;
    };
    if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) add(item);
    else if (isPair(node)) {
      add(node.key);
      add(node.value);
    } else if (isScalar(node)) chars = node.range ? node.range[1] - node.range[0] : String(node.value).length;
    if (isNode(node) && node.anchor) anchors.set(node.anchor, { chars, aliases });
    return { chars, aliases };
  };
  size(root);
  return { added, resolved, at };
}

/** `key: *…` or `- *…` (not an alias alone) on a line, with the value and its column. */
const STAR_VALUE = /^(\s*(?:-\s+)?[^\s#'"{[][^#]*?:\s+|\s*-\s+)(\*[^#]*?)\s*(?:\s#.*)?$/;

function unquotedStar(text: string, line: number): { value: string; column: number } | undefined {
  let start = 0;
  for (let l = 1; l < line; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const end = text.indexOf('\n', start);
  const m = STAR_VALUE.exec(text.slice(start, end < 0 ? text.length : end).replace(/\r$/, ''));
  return m ? { value: m[2]!, column: m[1]!.length + 1 } : undefined;
}

/** Removes keys that could reach an object's prototype, returning where they were. */
function stripUnsafeKeys(v: unknown, path: (string | number)[]): Path[] {
  const found: Path[] = [];
  const stack: [unknown, (string | number)[]][] = [[v, path]];
  while (stack.length) {
    const [node, p] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((x, i) => stack.push([x, [...p, i]]));
      continue;
    }
    for (const k of Object.keys(node)) {
      if (UNSAFE_KEYS.has(k)) {
        found.push([...p, k]);
        delete (node as Record<string, unknown>)[k];
      } else stack.push([(node as Record<string, unknown>)[k], [...p, k]]);
    }
  }
  return found;
}

function keyAt(text: string, offset: number): string | undefined {
  const m = /^\s*(?:-\s+)?["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(offset, offset + 200));
  return m?.[1];
}

/** The parser's codes that load.syntax says in words (src/i18n/messages/language.ts). */
const YAML_CODES: Record<string, true> = {
  BAD_INDENT: true,
  TAB_AS_INDENT: true,
  MISSING_CHAR: true,
  MULTILINE_IMPLICIT_KEY: true,
  BLOCK_AS_IMPLICIT_KEY: true,
  UNEXPECTED_TOKEN: true,
  BAD_SCALAR_START: true,
  BAD_DQ_ESCAPE: true,
  BLOCK_IN_FLOW: true,
  KEY_OVER_1024_CHARS: true,
  MULTIPLE_ANCHORS: true,
  MULTIPLE_TAGS: true,
  BAD_ALIAS: true,
  BAD_DIRECTIVE: true,
  TAG_RESOLVE_FAILED: true,
};

function yamlDetail(message: string): string {
  const head = message.split('\n')[0] ?? message;
  return head.replace(/ at line \d+, column \d+.*$/, '');
}

/** A mapping's pairs by key (the first of equal keys), made once per mapping: locating every key of a large mapping stays linear. */
const pairsByKey = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();
function pairsOf(map: { items: { key: unknown; value: unknown }[] }) {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      if (!pairs.has(k)) pairs.set(k, p);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs;
}

function locateIn(root: Node | null, path: Path, at: (offset: number) => Position): Position {
  let node: unknown = root;
  let best = (root as Node | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) best = keyNode.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      if (item.range) best = item.range[0];
      node = item;
    } else break;
  }
  return at(best);
}
