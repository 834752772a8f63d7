/**
 * Facility names: a kind matches by id, by simplified or traditional label, or by alias,
 * whatever the script the user writes in (警务室 / 警務室), with or without the 社区 prefix.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Rubric } from './rubric.js';
import { closestName, editDistance, normalizeName } from './similar.js';

export { editDistance, normalizeName };

let toSimplified: ((s: string) => string) | undefined;
export function simplify(s: string): string {
  if (!mayChange(s)) return s;
  // The converter costs 20-200 ms to build, so only text that needs it pays for it.
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

/** simplify through the converter itself, with no shortcut (for the test of the shortcut). */
export function simplifyByConverter(s: string): string {
  return (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(s);
}

/**
 * The converter replaces the keys of its dictionaries found in the text, nothing else; 4,700 of
 * its 6,200 keys change anything. Text where none of those starts (no such single character, and
 * no pair of characters a longer one starts with) is its own simplified form, returned as it is.
 * Most simplified names (五马街道, 黎明社区) are: a batch of 100,000 files folds 9,000 street names,
 * which took about 50 µs each through the converter, and builds no converter at all.
 */
let starts: Starts | null | undefined;
interface Starts {
  single: Set<string>;
  pairs: Set<string>;
  firsts: Set<string>;
  /** Per UTF-16 code unit outside the surrogates: SINGLE, FIRST (a pair's first character), both or none. */
  flags: Uint8Array;
}
const SINGLE = 1;
const FIRST = 2;

export function mayChange(s: string): boolean {
  starts ??= changingStarts();
  if (starts === null) return true;
  // Character by character through a table of code units: no string made per character (a
  // batch asks for 100,000 names). A surrogate (a character outside the BMP) takes the long way.
  const { flags, pairs } = starts;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return mayChangeByCharacters(s, starts);
    const f = flags[c]!;
    if (f & SINGLE) return true;
    if (prev !== 0 && pairs.has(String.fromCharCode(prev, c))) return true;
    prev = f & FIRST ? c : 0;
  }
  return false;
}

function mayChangeByCharacters(s: string, { single, pairs, firsts }: Starts): boolean {
  let prev = '';
  for (const ch of s) {
    if (single.has(ch)) return true;
    if (prev !== '' && firsts.has(prev) && pairs.has(prev + ch)) return true;
    prev = ch;
  }
  return false;
}

type Dict = string | (readonly [string, string])[];
function changingStarts(): Starts | null {
  // The dictionaries Converter({ from: 'tw', to: 'cn' }) uses: opencc-js's tw2s configuration.
  const config = (OpenCC.Locale.configs as Record<string, unknown>).tw2s as
    | { normalizationChain?: Dict[][]; conversionChain?: Dict[][] }
    | undefined;
  if (!config?.conversionChain) return null;
  const single = new Set<string>();
  const pairs = new Set<string>();
  const firsts = new Set<string>();
  for (const dict of [...(config.normalizationChain ?? []), ...config.conversionChain].flat()) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [from, to] of entries) {
      if (from === undefined || from === to) continue;
      const [a, b] = from;
      if (b === undefined) single.add(a!);
      else {
        pairs.add(a! + b);
        firsts.add(a!);
      }
    }
  }
  const flags = new Uint8Array(0x10000);
  const mark = (chars: Set<string>, flag: number) => {
    for (const ch of chars) if (ch.length === 1) flags[ch.charCodeAt(0)]! |= flag;
  };
  mark(single, SINGLE);
  mark(firsts, FIRST);
  return { single, pairs, firsts, flags };
}

const HAS_HAN = /[\u3400-\u9fff]/;
/** Unified ideographs (not the compatibility ones NFKC maps), a-z and 0-9: normalizeName changes none. */
const PLAIN_NAME = /^[\u4e00-\u9fffa-z0-9]*$/;

const PREFIXES = ['社区', '社區'];
function withoutPrefix(s: string): string {
  for (const p of PREFIXES) if (s.startsWith(p) && s.length > p.length) return s.slice(p.length);
  return s;
}

export interface NameIndex {
  /** The facility id for a name as written, or undefined. */
  resolve(name: string): string | undefined;
  /** Every name the index knows, for "did you mean". */
  names(): string[];
}

export function buildNameIndex(rubric: Pick<Rubric, 'facilities'>): NameIndex {
  const exact = new Map<string, string>();
  const all: Array<[name: string, normalized: string, id: string]> = [];
  const add = (name: string, id: string) => {
    const n = normalizeName(name);
    all.push([name, n, id]);
    exact.set(n, id);
  };
  for (const f of Object.values(rubric.facilities)) {
    add(f.id, f.id);
    for (const l of Object.values(f.label)) if (l) add(l, f.id);
    for (const a of f.aliases) add(a, f.id);
  }
  // Files mostly write a name exactly as the rubric does: those resolve without normalizing.
  const asWritten = new Map<string, string>();
  for (const [name, n] of all) asWritten.set(name, exact.get(n)!);
  // The other script and the 社区 prefix: built on the first name that is not written exactly,
  // so a file that spells every facility as the rubric does never loads the converter.
  let loose: Map<string, string> | undefined;
  const looseIndex = (): Map<string, string> => {
    if (loose) return loose;
    const m = new Map<string, string>();
    for (const [, n, id] of all) {
      const key = HAS_HAN.test(n) ? withoutPrefix(simplify(n)) : n;
      if (!m.has(key)) m.set(key, id);
    }
    loose = m;
    return m;
  };
  return {
    resolve(name) {
      const written = asWritten.get(name);
      if (written) return written;
      const n = normalizeName(name);
      const hit = exact.get(n);
      if (hit) return hit;
      return looseIndex().get(HAS_HAN.test(n) ? withoutPrefix(simplify(n)) : n);
    },
    names: () => all.map(([name]) => name),
  };
}

/** Words longer than this get no "did you mean": no real key is that long, and each comparison costs length². */
export const SUGGEST_MAX_LENGTH = 100;

/** The closest candidate worth suggesting ("did you mean"): see similar.ts. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > SUGGEST_MAX_LENGTH) return undefined;
  return closestName(word, candidates);
}

/** A name in one comparable form: normalized (see similar.ts), without quotes, Chinese in simplified characters. */
export function nameKey(s: string): string {
  // Most names (丁字社区, wumajie) are Chinese characters, lowercase letters and digits only, which
  // NFKC, lowercasing and the removals below leave as they are: only the characters can change.
  if (PLAIN_NAME.test(s)) return HAS_HAN.test(s) ? simplify(s) : s;
  // Quotes and title marks are typed or left out at will: “六好”平安和谐社区 is 六好平安和谐社区.
  const n = normalizeName(s).replace(/[“”‘’「」『』《》"']/g, '');
  return HAS_HAN.test(n) ? simplify(n) : n;
}
