/**
 * Street and district names as one group, however they are written: `五马街道`, `五馬街道`,
 * `五马街道办事处`, `五马 街道`, `五马街道办` and `五马街` are one street, and so is `五马街道` with
 * an invisible character (U+200D, U+2060, U+FEFF …) or a combining mark in it: such a name looks
 * the same on screen and must not count as a street of its own. Pure; `groupKeyer` keeps one key
 * per distinct spelling, so a batch folds each street string once, not once per file.
 */
import { normalizeName, simplify } from './names.js';
import { byCodeUnits } from './text-order.js';

/**
 * Longest first: the office's name for a street is the street (街 / 街道 / 街道办事处 / 办事处 are
 * one office: 八里台街 = 八里台街道), and a residents' committee's name is its community's
 * (compounds are grouped by community as communities by street).
 */
const SUFFIXES = [
  '社区居民委员会',
  '社区居委会',
  '居民委员会',
  '街道办事处',
  '街办事处',
  '街道办',
  '办事处',
  '居委会',
  '街道',
  '社区',
  '街办',
  '街',
];

const HAS_HAN = /[\u3400-\u9fff]/;
/**
 * Characters that show nothing: format (Cf: zero-width, joiners, bidi, BOM), default-ignorable
 * ones, controls (Cc: a CSV or workbook cell carries DEL, U+0085 or BEL as readily as a letter)
 * and the blank braille pattern U+2800, which is neither but prints as a space.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const MARK = /\p{M}/gu;

/** How a spelling differs from its key: each kind is said once in the note of a merged group. */
export type GroupFold = 'invisible' | 'mark' | 'width' | 'spacing' | 'script' | 'office';
export const GROUP_FOLDS: readonly GroupFold[] = [
  'invisible',
  'mark',
  'width',
  'spacing',
  'script',
  'office',
];

/** The steps of the fold, each kept so that the note can say which ones changed a spelling. */
function steps(name: string) {
  const width = name.normalize('NFKC');
  const visible = width.replace(INVISIBLE, '');
  // Combining marks: composed where they compose (NFC), and dropped, so that 马 + U+0301 is 马.
  const unmarked = visible.normalize('NFD').replace(MARK, '').normalize('NFC');
  const spaced = normalizeName(unmarked);
  const script = HAS_HAN.test(spaced) ? simplify(spaced) : spaced;
  let key = script;
  let office = '';
  for (const suffix of SUFFIXES)
    if (script.endsWith(suffix) && script.length > suffix.length) {
      key = script.slice(0, -suffix.length);
      office = suffix;
      break;
    }
  return { width, visible, unmarked, spaced, script, key, office };
}

/**
 * The key a group name is compared by: NFKC (full-width forms to half-width), no invisible
 * characters or combining marks, no spaces or separators, lower case, simplified characters,
 * without the suffix naming the office.
 */
export function foldGroupName(name: string): string {
  return steps(name).key;
}

/** Which folds a set of spellings of one key went through (for the note that says they were merged). */
export function groupFolds(names: readonly string[]): GroupFold[] {
  const seen = new Set<GroupFold>();
  const offices = new Set<string>();
  for (const name of names) {
    const s = steps(name);
    if (s.width !== name.normalize('NFC')) seen.add('width');
    if (s.visible !== s.width) seen.add('invisible');
    if (s.unmarked !== s.visible) seen.add('mark');
    if (s.spaced !== s.unmarked) seen.add('spacing');
    if (s.script !== s.spaced) seen.add('script');
    offices.add(s.office);
  }
  if (offices.size > 1) seen.add('office');
  return GROUP_FOLDS.filter((f) => seen.has(f));
}

/** A spelling with nothing invisible in it and no stray mark: the one to show, when there is one. */
export function isPlainSpelling(name: string): boolean {
  const s = steps(name);
  return s.visible === s.width && s.unmarked === s.visible;
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
 * Characters that name one of a series: 东苑 / 西苑, 一村 / 二村, 新村 / 老村, 3号 / 4号 are
 * neighbours, not a name mistyped, so keys that differ only in one of them are not look-alikes.
 */
const SERIES = new Set([
  ...'东西南北中上下前后左右内外新老旧大小甲乙丙丁一二三四五六七八九十百千零〇两0123456789',
]);

/**
 * Pairs of keys one character apart: one changed, added or removed, unless the changed
 * character is one of a series on both sides (东 / 西, 一 / 二). Linear in the keys: keys
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
  const changed = new Map<string, [string, string][]>();
  for (const key of all) {
    // Character by character (a character outside the BMP is two code units), by slices.
    if (key.length < 2 || (key.length === 2 && key.codePointAt(0)! > 0xffff)) continue;
    for (let at = 0, i = 0; at < key.length; i++) {
      const next = at + (key.codePointAt(at)! > 0xffff ? 2 : 1);
      const before = key.slice(0, at);
      const after = key.slice(next);
      const variant = `${i}\u0000${before}\u0000${after}`;
      const ch = key.slice(at, next);
      const seen = changed.get(variant);
      if (seen) for (const [other, was] of seen) if (!(SERIES.has(was) && SERIES.has(ch))) add(other, key);
      if (seen) seen.push([key, ch]);
      else changed.set(variant, [[key, ch]]);
      const shorter = before + after;
      if (shorter.length > 1 && all.has(shorter)) add(shorter, key);
      at = next;
    }
  }
  return [...pairs.values()].sort((a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]));
}
