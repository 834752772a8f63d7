/**
 * The batch's fast parse: js-yaml (several times faster than `yaml`) with a schema that reads
 * plain scalars exactly as `yaml`'s YAML 1.2 core schema does (the same patterns, copied from
 * yaml/dist/schema/core), so `yes`, `on`, `0755`, `1_000` and `2005-03-16` stay strings and
 * `0o17`, `0x1F`, `.inf` are numbers in both. Anything the two parsers could read differently
 * (tags, anchors and aliases, merge keys, directives, tabs, prototype keys, several documents,
 * deep nesting) and anything js-yaml refuses (duplicate keys, syntax) is not decided here: the
 * caller falls back to `parseYaml`, which is authoritative and places findings at line:column.
 */
import jsyaml from 'js-yaml';
import type { LoadedYaml } from '../load/load-yaml-file.js';
import { MAX_DEPTH, nestingDepth } from '../load/parse-yaml.js';
import { DEFAULT_MAX_BYTES, readSource } from '../load/read-source.js';

const scalar = (tag: string, test: { test(s: string): boolean }, construct: (s: string) => unknown) =>
  new jsyaml.Type(tag, {
    kind: 'scalar',
    resolve: (s: string | null) => s !== null && test.test(s),
    construct: (s: string) => construct(s),
  });

const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_FIX = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * yaml 2.x core schema (YAML 1.2): null, bool, int (oct, dec, hex), float (nan/inf, exp, fixed).
 * One js-yaml type per tag: js-yaml keeps only the last type it is given for a tag.
 */
export const CORE_12_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('tag:yaml.org,2002:null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar(
      'tag:yaml.org,2002:bool',
      /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      (s) => s[0] === 't' || s[0] === 'T',
    ),
    scalar(
      'tag:yaml.org,2002:int',
      { test: (s) => INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s) },
      (s) =>
        INT_OCT.test(s)
          ? parseInt(s.substring(2), 8)
          : INT_HEX.test(s)
            ? parseInt(s.substring(2), 16)
            : parseInt(s, 10),
    ),
    scalar(
      'tag:yaml.org,2002:float',
      { test: (s) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT_FIX.test(s) },
      (s) =>
        FLOAT_NAN.test(s)
          ? s.slice(-3).toLowerCase() === 'nan'
            ? Number.NaN
            : s[0] === '-'
              ? -Infinity
              : Infinity
          : parseFloat(s),
    ),
  ],
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

/** The file's data when the fast parse is sure to agree with `parseYaml`; undefined otherwise. */
export function fastParse(text: string): Record<string, unknown> | undefined {
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
 * (size, encoding) and nothing the fast parser declines. Its findings must be placed by the
 * `yaml` path, so callers go there whenever the judgement finds anything.
 */
export function fastLoad(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): (LoadedYaml & { data: Record<string, unknown> }) | undefined {
  const read = readSource(file, maxBytes);
  if (!read.ok || read.findings.length > 0) return undefined;
  const data = fastParse(read.source.text);
  return data ? { file, data, findings: [], locate: () => ({ line: 1, column: 1 }) } : undefined;
}
