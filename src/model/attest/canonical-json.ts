/**
 * Canonical JSON, RFC 8785 (JCS): object members sorted by their names' UTF-16 code units, no
 * whitespace, numbers as ECMAScript writes them (Number.prototype.toString: `1e+30`, `0.002`,
 * `-0` as `0`), strings with only the escapes JSON requires. The same value always gives the
 * same bytes, so its sha256 can be signed. NaN, Infinity and lone surrogates have no canonical
 * form: they throw.
 */

import { byCodeUnits } from '../text-order.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(s: string): string {
  if (LONE_SURROGATE.test(s)) throw new TypeError('canonical JSON: a lone surrogate has no UTF-8 form');
  // JSON.stringify escapes exactly what RFC 8785 §3.2.2.2 asks: ", \, \b \f \n \r \t, and the
  // other controls below U+0020 as \u00xx in lower case; everything else is written as is.
  return JSON.stringify(s);
}

function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError(`canonical JSON: ${n} is not a JSON number`);
  // ECMAScript's Number-to-String is RFC 8785's number form (§3.2.2.3); -0 is written 0.
  return Object.is(n, -0) ? '0' : String(n);
}

export function canonicalJson(value: Json | undefined): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return canonicalNumber(value);
    case 'string':
      return canonicalString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v as Json)).join(',')}]`;
      const obj = value as { readonly [k: string]: Json | undefined };
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort(byCodeUnits); // UTF-16 code units (RFC 8785 §3.2.3), never a locale's order
      return `{${keys.map((k) => `${canonicalString(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON: a ${typeof value} is not JSON`);
  }
}
