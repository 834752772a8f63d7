/**
 * Canonical JSON, RFC 8785 (JCS): object members sorted by their names' UTF-16 code units, no
 * whitespace, numbers as ECMAScript writes them (Number.prototype.toString: `1e+30`, `0.002`,
 * `-0` as `0`), strings with only the escapes JSON requires. The same value always gives the
 * same bytes, so its sha256 can be signed. NaN, Infinity and lone surrogates have no canonical
 * form: they throw.
 */

import { byCodeUnits } from '../text-order.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(s: string): string {
  // The plain look first: a text with no surrogate at all (nearly every one) has none alone.
  if (SURROGATE.test(s) && LONE_SURROGATE.test(s))
    throw new TypeError('canonical JSON: a lone surrogate has no UTF-8 form');
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
  // A value already in canonical shape (its objects' keys in order, no -0, no surrogate) is
  // written as JSON.stringify writes it, which is the canonical text then, at native speed.
  if (value !== null && typeof value === 'object' && inCanonicalShape(value)) return JSON.stringify(value);
  return written(value);
}

/**
 * Whether JSON.stringify writes `value` as RFC 8785 does: plain objects whose keys are in
 * code-unit order with no undefined member, arrays without holes, finite numbers other than -0,
 * and strings with no surrogate (a pair is written as is, but a lone one must throw).
 */
function inCanonicalShape(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return !SURROGATE.test(value);
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !inCanonicalShape(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      let last: string | undefined;
      for (const k in value) {
        if (!Object.hasOwn(value, k)) return false;
        if ((last !== undefined && last > k) || SURROGATE.test(k)) return false;
        last = k;
        if (!inCanonicalShape((value as Record<string, unknown>)[k])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function written(value: Json | undefined): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return canonicalNumber(value);
    case 'string':
      return canonicalString(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${written(value[i] as Json)}`;
        return `${out}]`;
      }
      const obj = value as { readonly [k: string]: Json | undefined };
      let out = '{';
      for (const k of sortedKeys(obj)) {
        const v = obj[k];
        if (v === undefined) continue;
        out += `${out.length > 1 ? ',' : ''}${canonicalString(k)}:${written(v)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON: a ${typeof value} is not JSON`);
  }
}

/**
 * An object's keys in UTF-16 code-unit order (RFC 8785 §3.2.3), never a locale's: as they are
 * when the object was built in that order (a look, no sort), else sorted.
 */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort(byCodeUnits);
  return keys;
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
  const keys = sortedKeys(obj).filter((k) => obj[k] !== undefined);
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
  // A loop, not Object.values: asked once per community of a result, it made a list each time.
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object' && hasLazy(x)) return true;
    return false;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object' && hasLazy(x)) return true;
  }
  return false;
}
