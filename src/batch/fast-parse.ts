/**
 * The batch's fast parse: first the simple reader (simple-yaml.ts) for the plain block YAML
 * nearly every self-assessment is written in; then js-yaml (several times faster than `yaml`)
 * with a schema that reads plain scalars exactly as `yaml`'s YAML 1.2 core schema does
 * (core-scalars.ts), so `yes`, `on`, `1_000`, `2005-03-16`, `0o17` and `0x1F` stay strings and
 * `0755`, `.inf` are numbers in both. Anything the two parsers could read differently
 * (tags, anchors and aliases, merge keys, directives, tabs, prototype keys, several documents,
 * deep nesting) and anything js-yaml refuses (duplicate keys, syntax) is not decided here: the
 * caller falls back to `parseYaml`, which is authoritative and places findings at line:column.
 */
import jsyaml from 'js-yaml';
import { CORE_SCALARS } from '../load/core-scalars.js';
import type { LoadedYaml } from '../load/load-yaml-file.js';
import {
  duplicateKeyFinding,
  lineStarts,
  MAX_DEPTH,
  nestingDepth,
  notMappingFinding,
  offsetToPosition,
  unquotedStarFinding,
} from '../load/parse-yaml.js';
import { DEFAULT_MAX_BYTES, quickRead } from '../load/read-source.js';
import { parseSimpleYaml, readSimpleYaml, type SimpleReading, simpleLocator } from '../load/simple-yaml.js';
import { repairTypos } from '../load/yaml-typos.js';
import { type Finding, finding } from '../model/finding.js';

/** yaml 2.x's YAML 1.2 core schema for js-yaml: one js-yaml type per tag (it keeps only the last). */
export const CORE_12_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: CORE_SCALARS.map(
    (t) =>
      new jsyaml.Type(t.tag, {
        kind: 'scalar',
        resolve: (s: string | null) => s !== null && t.test(s),
        construct: (s: string) => t.construct(s),
      }),
  ),
});

/**
 * Text the fast parse leaves to `yaml`: tags (`!`), anchors and aliases (`&`, `*`), merge keys
 * (`<<`), directives and document markers (`%`, `---`, `...` at a line start), tabs, CR line ends,
 * keys that reach a prototype, a byte-order mark, and a sequence nested on its parent's line
 * (`- - x`, where the two parsers disagree about the next item's indentation). Conservative: a false alarm costs only time.
 */
const UNSURE = /[!&*\t\r\uFEFF]|<<|^(?:%|---|\.\.\.)|^\s*-\s+-(?:\s|$)|__proto__|constructor|prototype/m;

// maxDepth is in js-yaml 4.1.1+ but not yet in @types/js-yaml.
const LOAD_OPTIONS = { schema: CORE_12_SCHEMA, maxDepth: MAX_DEPTH } as jsyaml.LoadOptions;

/**
 * The file's data when a fast parse is sure to agree with `parseYaml`; undefined otherwise.
 * The simple reader takes nearly every real file; js-yaml takes most of the rest.
 */
export function fastParse(text: string): Record<string, unknown> | undefined {
  return parseSimpleYaml(text) ?? jsyamlParse(text);
}

/** js-yaml's reading, for files outside the simple subset; undefined where `yaml` could differ. */
export function jsyamlParse(text: string): Record<string, unknown> | undefined {
  if (UNSURE.test(text)) return undefined;
  if (nestingDepth(text) > MAX_DEPTH || quotesNeedYaml(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, LOAD_OPTIONS);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (hasNullKey(text)) return undefined;
  return data as Record<string, unknown>;
}

/**
 * Keys the two parsers turn into strings differently: an empty or null key (`: x`, `? `, `~: x`,
 * `null: x`) and a collection as a key (`[a]: x`, `{a: 1}: x`).
 */
function hasNullKey(text: string): boolean {
  return /^\s*(?:-\s+)?(?:\?|~\s*:|null\s*:|:\s)/im.test(text) || /[{,]\s*:|[\]}]\s*:(?:\s|$)/m.test(text);
}

/**
 * Quoted scalars the two parsers could read differently: one that runs over several lines
 * (yaml is strict about their indentation), or a comment glued to a closing quote (`'a'#`).
 * Spotted as a line with an odd number of double quotes, or an opening single quote and an odd
 * number of them. Apostrophes inside words and comments (`residents'`) are not openings.
 */
export function quotesNeedYaml(text: string): boolean {
  if (/["']#/.test(text)) return true;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let dq = 0;
    let sq = 0;
    let sqOpens = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) dq++;
      else if (c === 39) {
        sq++;
        const prev = i === start ? 32 : text.charCodeAt(i - 1);
        if (prev === 32 || prev === 91 || prev === 123 || prev === 44) sqOpens = true;
      }
    }
    if (dq % 2 === 1 || (sqOpens && sq % 2 === 1)) return true;
    start = end + 1;
  }
  return false;
}

/**
 * A file read and parsed the fast way, when nothing stands in the way: no reading finding
 * (size, encoding) and nothing the fast parsers decline. `exact`: the simple reader read it, so
 * `locate` places findings exactly as the `yaml` path would and its judgement can stand as it is;
 * otherwise (js-yaml) findings have no position and callers must go to the `yaml` path for them.
 * A file the simple reader finds keys repeated in, or a list in, comes back as the `yaml` path
 * gives it: with those findings, placed, and no data.
 */
export function fastLoad(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  whole?: (bytes: Uint8Array) => void,
): (LoadedYaml & { exact: boolean }) | undefined {
  // Anything but a plain UTF-8 file read whole goes to the caller's `yaml` path, which reads it
  // again with readSource and says what is wrong. `whole` sees the bytes of a file read whole.
  const text = quickRead(file, maxBytes, whole);
  if (text === undefined) return undefined;
  const simple = readSimpleYaml(text);
  if (simple?.kind === 'data')
    return { file, data: simple.data, findings: [], exact: true, locate: simpleLocator(text, simple) };
  const unread = simple ? unreadFindings(text, simple) : unclosedBracket(text);
  if (unread) {
    const origin = () => ({ line: 1, column: 1 });
    return { file, findings: unread.map((f) => ({ ...f, file })), exact: true, locate: origin };
  }
  const data = jsyamlParse(text);
  return data
    ? { file, data, findings: [], exact: false, locate: () => ({ line: 1, column: 1 }) }
    : undefined;
}

/**
 * What `parseYaml` reports for a text the simple reader found repeated keys, a list or unquoted
 * stars in; undefined where it would report otherwise (for stars: when the typing repairs of
 * yaml-typos.ts would read the text again, or a value is not where parseYaml finds it).
 */
export function unreadFindings(
  text: string,
  r: Exclude<SimpleReading, { kind: 'data' }>,
): Finding[] | undefined {
  const starts = lineStarts(text);
  const at = (offset: number) => offsetToPosition(starts, text.length, offset);
  if (r.kind === 'empty') return [{ ...finding('load.empty', 'error'), line: 1, column: 1 }];
  if (r.kind === 'list') return [notMappingFinding('list', at(r.at))];
  if (r.kind === 'duplicate-keys') return r.at.map((offset) => duplicateKeyFinding(text, offset, at(offset)));
  if (repairTypos(text)) return undefined;
  const out: Finding[] = [];
  for (const offset of r.at) {
    const pos = at(offset);
    const star = unquotedStarFinding(text, pos.line);
    if (!star || star.column !== pos.column) return undefined;
    out.push(star);
  }
  return out;
}

/**
 * What `parseYaml` reports for a text whose one mistake is a `{` or `[` left open at the end of a
 * line (yaml-typos.ts: load.unclosed-bracket), when the repaired text is in the simple reader's
 * subset; undefined otherwise. Then `yaml` refuses the text: the lines after the open bracket are
 * plain block lines, none of them indented past the key (or dash) the bracket's value belongs
 * to, so `yaml` ends the flow collection there without its closing bracket (or reaches the end
 * of the text inside it). parseYaml then repairs the text, reads it again without a finding (the
 * simple reader reads it), and gives the repair's finding and no data (the repair was a guess).
 * test/rank/simple-yaml.test.ts holds the two to the same findings on random documents.
 */
export function unclosedBracket(text: string): Finding[] | undefined {
  if (!text.includes('{') && !text.includes('[')) return undefined;
  const fixed = repairTypos(text);
  const open = fixed?.findings.length === 1 ? fixed.findings[0]! : undefined;
  if (open?.code !== 'load.unclosed-bracket' || open.line === undefined || open.column === undefined)
    return undefined;
  // The open bracket must start the line's value (`key: {`, `- [`): a bracket inside a plain
  // scalar (`a[`) is text to `yaml`, and the simple reader reads the repaired line as text too.
  const lineStart = open.line === 1 ? 0 : nthLineStart(text, open.line);
  if (!VALUE_START.test(text.slice(lineStart, lineStart + open.column - 1))) return undefined;
  return readSimpleYaml(fixed!.text)?.kind === 'data' ? fixed!.findings : undefined;
}

/** What may come before a value on a line of the simple subset: indentation, a dash, a key. */
const VALUE_START = /^ *(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*: +)?$/;

/** Where the 1-based line starts (the repair is only tried on texts without CR). */
function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at;
}
