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

/**
 * A value whose arrays may be given lazily, as any iterable (a generator of a hundred thousand
 * communities), so that its canonical JSON is written a piece at a time.
 */
export type LazyJson = Json | Iterable<LazyJson> | { readonly [k: string]: LazyJson | undefined };

const isLazyArray = (v: object): v is Iterable<LazyJson> => !Array.isArray(v) && Symbol.iterator in v;

/**
 * The canonical JSON of `value` (exactly `canonicalJson`'s text, joined), in pieces: each member
 * of an array is written whole, so memory holds one member's text at a time, never the whole.
 */
export function* canonicalChunks(value: LazyJson | undefined): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield canonicalJson(value as Json);
    return;
  }
  if (Array.isArray(value) || isLazyArray(value)) {
    yield '[';
    let first = true;
    for (const v of value as Iterable<LazyJson>) {
      if (!first) yield ',';
      first = false;
      if (v !== null && typeof v === 'object' && (isLazyArray(v) || hasLazy(v))) yield* canonicalChunks(v);
      else yield canonicalJson(v as Json);
    }
    yield ']';
    return;
  }
  const obj = value as { readonly [k: string]: LazyJson | undefined };
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort(byCodeUnits);
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? ',' : ''}${canonicalString(keys[i]!)}:`;
    yield* canonicalChunks(obj[keys[i]!]);
  }
  yield '}';
}

/** Whether an object holds a lazy array anywhere below it (then it is written in pieces). */
function hasLazy(v: object): boolean {
  if (isLazyArray(v)) return true;
  const values = Array.isArray(v) ? v : Object.values(v);
  return values.some((x) => x !== null && typeof x === 'object' && hasLazy(x));
}
