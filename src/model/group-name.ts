/**
 * Street and district names as one group, however they are written: `五马街道`, `五馬街道`,
 * `五马街道办事处`, `五马 街道` and `五马街道办` are one street. Pure; `groupKeyer` keeps one key per
 * distinct spelling, so a batch folds each street string once, not once per file.
 */
import { normalizeName, simplify } from './names.js';
import { byCodeUnits } from './text-order.js';

/**
 * Longest first: the office's name for a street is the street, and a residents' committee's
 * name is its community's (compounds are grouped by community as communities by street).
 */
const SUFFIXES = [
  '社区居民委员会',
  '社区居委会',
  '居民委员会',
  '街道办事处',
  '街道办',
  '办事处',
  '居委会',
  '街道',
  '社区',
];

const HAS_HAN = /[\u3400-\u9fff]/;

/**
 * The key a group name is compared by: NFKC (full-width forms to half-width), no spaces or
 * separators, lower case, simplified characters, without the suffix naming the office.
 */
export function foldGroupName(name: string): string {
  let s = normalizeName(name);
  if (HAS_HAN.test(s)) s = simplify(s);
  for (const suffix of SUFFIXES)
    if (s.endsWith(suffix) && s.length > suffix.length) {
      s = s.slice(0, -suffix.length);
      break;
    }
  return s;
}

/** foldGroupName with one entry per distinct spelling. */
export function groupKeyer(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = foldGroupName(name)));
    return key;
  };
}

/**
 * Pairs of keys one character apart: one changed, added or removed. Linear in the keys: keys
 * with one character changed share a variant (the rest, and where the change is), and a key
 * one character longer than another becomes it with one character deleted.
 */
export function alikePairs(keys: Iterable<string>): [string, string][] {
  const all = new Set(keys);
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    const pair: [string, string] = byCodeUnits(a, b) < 0 ? [a, b] : [b, a];
    pairs.set(pair.join('\u0000'), pair);
  };
  const changed = new Map<string, string[]>();
  for (const key of all) {
    // Character by character (a character outside the BMP is two code units), by slices.
    if (key.length < 2 || (key.length === 2 && key.codePointAt(0)! > 0xffff)) continue;
    for (let at = 0, i = 0; at < key.length; i++) {
      const next = at + (key.codePointAt(at)! > 0xffff ? 2 : 1);
      const before = key.slice(0, at);
      const after = key.slice(next);
      const variant = `${i}\u0000${before}\u0000${after}`;
      const seen = changed.get(variant);
      if (seen) for (const other of seen) add(other, key);
      if (seen) seen.push(key);
      else changed.set(variant, [key]);
      const shorter = before + after;
      if (shorter.length > 1 && all.has(shorter)) add(shorter, key);
      at = next;
    }
  }
  return [...pairs.values()].sort((a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]));
}
