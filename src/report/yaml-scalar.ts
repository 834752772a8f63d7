/**
 * A string as a YAML scalar that every reader of ours (`yaml`, js-yaml with the core rules and
 * simple-yaml) reads back as the same string: plain when that is certain, else double-quoted
 * with every character YAML may not hold raw written as an escape. `? k`, `- x`, `: y`, `#`,
 * quotes, leading or trailing spaces, `yes` / `no` / `null` / `~`, numbers as text, line
 * breaks, control characters and a masked `**` all come back as they were written.
 */

/** What YAML 1.2 (core schema) reads as a number when written plain. */
const NUMBER_LIKE =
  /^([-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/;
/** Words some YAML reader takes for a boolean or null (YAML 1.1's too: a file may meet an old reader). */
const WORD_LIKE = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** Plain text: no indicator first, none of `#:{}[],` anywhere, no space at either end. */
const PLAIN = /^[^\s#:{}[\],&*!|>'"%@`~?-][^#:{}[\],]*$/;
/** Characters a plain scalar must not hold: line breaks, controls, BOM, non-characters, surrogates. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
/** What a double-quoted scalar writes as an escape (YAML's c-printable, and line separators). */
const ESCAPE = /[\u0000-\u001f"\\\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/gu;

const NAMED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '"': '\\"',
  '\\': '\\\\',
  '\u0000': '\\0',
};

function escaped(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const c = ch.charCodeAt(0);
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** Whether `s` may be written plain and read back as the same string. */
export function isPlainSafe(s: string): boolean {
  return (
    PLAIN.test(s) && !/\s$/.test(s) && !UNPRINTABLE.test(s) && !NUMBER_LIKE.test(s) && !WORD_LIKE.test(s)
  );
}

/** `s` double-quoted, with escapes. */
export function doubleQuoted(s: string): string {
  return `"${s.replace(ESCAPE, escaped)}"`;
}

/** A YAML scalar that reads back as `s`. */
export function yamlScalar(s: string): string {
  return isPlainSafe(s) ? s : doubleQuoted(s);
}
