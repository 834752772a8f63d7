/**
 * Figures as people write them beside the plain `150 m2`: in Chinese numerals (一百五十平方米,
 * 两千四百户), as 百分之八十五, or with a full stop after them (150 ㎡。), read where the reading
 * is exact; and the ones that cannot be read exactly (约150平方米, 300-350 m2, 0.5亩, 1 50 m2),
 * said as what they are with what to write instead. Pure; figures.ts calls it only for text its
 * plain reading refused, so the common case pays nothing.
 */
import { isChineseNumeral, parseChineseNumber } from './chinese-numbers.js';

export type WrittenProblem = 'value.approximate' | 'value.range' | 'value.mu' | 'value.split-digits';

/** Sentence punctuation typed after a figure: `150 ㎡。`, `2400户，`. */
const TRAILING_STOP = /[。．，、；;,]+$/u;

const STOPS = new Set(['。', '．', '，', '、', '；', ';', ',']);

/** The figure without the punctuation a sentence would end it with (one look at the last character). */
export function withoutTrailingStop(s: string): string {
  return STOPS.has(s[s.length - 1] ?? '') ? s.replace(TRAILING_STOP, '').trimEnd() : s;
}

/** A figure in Chinese numerals or as 百分之…, with the unit after it; undefined otherwise. */
export function readWrittenNumber(s: string): { n: number; unit: string } | undefined {
  const percent = /^百分之(.+)$/u.exec(s);
  if (percent) {
    const body = percent[1]!.trim();
    const n = /^\d+(?:\.\d+)?$/.test(body) ? Number(body) : parseChineseNumber(body);
    return n === undefined ? undefined : { n, unit: '%' };
  }
  const chars = [...s];
  let end = 0;
  while (end < chars.length && isChineseNumeral(chars[end]!)) end++;
  if (end === 0) return undefined;
  const n = parseChineseNumber(chars.slice(0, end).join(''));
  return n === undefined ? undefined : { n, unit: chars.slice(end).join('').trim() };
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** `约150平方米`: the figure after the word, kept with its unit for the suggestion. */
const APPROX_BEFORE = /^(?:大约|大約|约|約|将近|將近|近|about|approx\.?|around|~|～)\s*(\d.*)$/iu;
/** `150平方米左右`, `150多平方米`. */
const APPROX_AFTER = new RegExp(
  String.raw`^(${NUMBER}\s*(?:多|余|餘)?\s*\S*?)\s*(?:左右|上下)$|^(${NUMBER})(?:多|余|餘)`,
  'u',
);
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*\S{0,6}?\s*(?:-|~|～|—|–|至|到)\s*(${NUMBER})`, 'u');
const MU = new RegExp(String.raw`^(${NUMBER})\s*(?:亩|畝|mu)$`, 'iu');
const SPLIT_DIGITS = /^(\d+(?: \d+)+)(?!\.)/;

/**
 * Why a figure the plain reading refused cannot be read exactly, with what to write; undefined
 * when it is none of these (the caller then reports its own finding).
 */
export function explainWritten(
  raw: string,
): { code: WrittenProblem; params: Record<string, string> } | undefined {
  const s = withoutTrailingStop(raw.normalize('NFKC').trim());
  let m = APPROX_BEFORE.exec(s) ?? APPROX_AFTER.exec(s);
  if (m)
    return { code: 'value.approximate', params: { raw, number: (m[1] ?? m[2]!).replace(/[多余餘]/u, '') } };
  m = RANGE.exec(s);
  if (m) return { code: 'value.range', params: { raw } };
  m = MU.exec(s);
  if (m) {
    const sqm = Math.round(Number(m[1]) * (2000 / 3) * 10) / 10;
    return { code: 'value.mu', params: { raw, sqm: String(sqm) } };
  }
  m = SPLIT_DIGITS.exec(s);
  if (m) return { code: 'value.split-digits', params: { raw, joined: m[1]!.replace(/ /g, '') } };
  return undefined;
}
