/**
 * How a plain (unquoted) scalar is read under YAML 1.2's core schema, exactly as `yaml` 2.x
 * reads it in parse-yaml.ts (the patterns and their order are copied from yaml/dist/schema/core):
 * `yes`, `on`, `0755` as octal, `1_000` and `2005-03-16` are not special, `.inf` is a number.
 * Hexadecimal and octal integers (`0x1F`, `0o17`) are left out there and here: they stay text,
 * which a figure refuses (value.radix) rather than reading `0x96` as 150. One table, used by
 * both of the batch's fast parsers.
 */

export interface CoreScalar {
  tag: string;
  test(s: string): boolean;
  construct(s: string): unknown;
}

const INT_DEC = /^[-+]?[0-9]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_FIX = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** null, bool, int (decimal only), float (nan/inf, exp, fixed), in yaml's order; one entry per tag. */
export const CORE_SCALARS: readonly CoreScalar[] = [
  { tag: 'tag:yaml.org,2002:null', test: (s) => NULL.test(s), construct: () => null },
  {
    tag: 'tag:yaml.org,2002:bool',
    test: (s) => BOOL.test(s),
    construct: (s) => s[0] === 't' || s[0] === 'T',
  },
  {
    tag: 'tag:yaml.org,2002:int',
    test: (s) => INT_DEC.test(s),
    construct: (s) => parseInt(s, 10),
  },
  {
    tag: 'tag:yaml.org,2002:float',
    test: (s) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT_FIX.test(s),
    construct: (s) =>
      FLOAT_NAN.test(s)
        ? s.slice(-3).toLowerCase() === 'nan'
          ? Number.NaN
          : s[0] === '-'
            ? -Infinity
            : Infinity
        : parseFloat(s),
  },
];

/**
 * A plain scalar's value. Only text that could be a number, a bool or a null is tested against
 * the table (their first characters are few), so ordinary words and Chinese text cost one lookup.
 */
export function resolvePlain(s: string): unknown {
  if (s.length > 0 && !MAYBE_SPECIAL.has(s.charCodeAt(0))) return s;
  for (const t of CORE_SCALARS) if (t.test(s)) return t.construct(s);
  return s;
}

/** The characters every null, bool, int and float of the core schema starts with. */
const MAYBE_SPECIAL = new Set([...'-+.0123456789~nNtTfF'].map((c) => c.charCodeAt(0)));
