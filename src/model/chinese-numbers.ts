/**
 * Numbers written in Chinese characters, as people write figures in a self-assessment:
 * 一百五十, 两千四百, 两千四 (colloquial 2400), 一百零五, 一万二千, 二〇〇五, 一点五, and the
 * financial forms (壹佰伍拾). Exact readings only: anything else is undefined. Pure.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const POINT = new Set(['点', '點']);

/** Whether a character can be part of a Chinese numeral. */
export function isChineseNumeral(c: string): boolean {
  return c in DIGITS || c in UNITS || c in BIG || POINT.has(c);
}

/** The integer a run of numeral characters (no point) spells, or undefined. */
function integer(s: string): number | undefined {
  if (s === '') return undefined;
  // Digits only, read place by place: 二〇〇五 → 2005 (one digit alone is that digit).
  if ([...s].every((c) => c in DIGITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== undefined && DIGITS[c] !== 0 && digit !== 0) return undefined; // 五五十
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const u = UNITS[c]!;
      if (lastUnit && u >= lastUnit) return undefined; // 百千
      // 十 alone at the start is 一十 (十五 = 15).
      section += (digit ?? (u === 10 && section === 0 ? 1 : Number.NaN)) * u;
      digit = undefined;
      lastUnit = u;
    } else if (c in BIG) {
      const b = BIG[c]!;
      section += digit ?? 0;
      if (section === 0) return undefined;
      total = (total + section) * b;
      section = 0;
      digit = undefined;
      lastUnit = 0;
    } else return undefined;
  }
  if (digit !== undefined) {
    // 两千四, 一百五, 一万二: a last digit right after 百 or above counts in the next unit down.
    const chars = [...s];
    const before = chars.length >= 2 ? chars[chars.length - 2]! : '';
    const u = UNITS[before] ?? BIG[before] ?? 0;
    section += u >= 100 ? (digit * u) / 10 : digit;
  }
  const n = total + section;
  return Number.isFinite(n) ? n : undefined;
}

/** The number a Chinese numeral spells (一百五十 → 150, 一点五 → 1.5), or undefined. */
export function parseChineseNumber(s: string): number | undefined {
  const chars = [...s];
  const p = chars.findIndex((c) => POINT.has(c));
  if (p < 0) return integer(s);
  const whole = integer(chars.slice(0, p).join(''));
  const frac = chars.slice(p + 1);
  if (whole === undefined || frac.length === 0 || !frac.every((c) => c in DIGITS)) return undefined;
  return Number(`${whole}.${frac.map((c) => DIGITS[c]).join('')}`);
}
