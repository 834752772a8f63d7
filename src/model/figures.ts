/**
 * Figures and values: areas in any spelling, rates as percent or fraction, counts,
 * flags, grades, and the masked placeholders (`**`) that sources use for unknown figures.
 * Pure functions from raw YAML scalars to typed values or a finding code. Figures written in
 * Chinese numerals, and the ones that cannot be read exactly, are written-figures.ts's.
 */
import { type ChoiceOption, parseChoice } from './choice.js';
import { isHintCell } from './hint-cell.js';
import { shownValue } from './shown-value.js';
import {
  explainWritten,
  readWrittenNumber,
  type WrittenProblem,
  withoutTrailingStop,
} from './written-figures.js';

/** `text`: a name the community gives in its own words (its brand, 夕阳红志愿服务). */
export const METRIC_TYPES = ['area', 'count', 'rate', 'flag', 'number', 'grade', 'choice', 'text'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

export const GRADES = ['A', 'B', 'C', 'C#'] as const;
export type Grade = (typeof GRADES)[number];

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; code: ValueProblem; params: Record<string, string | number> };

export type ValueProblem =
  | 'value.masked'
  | 'value.not-a-number'
  | 'value.unit'
  | 'value.negative'
  | 'value.not-integer'
  | 'value.rate-range'
  | 'value.rate-ambiguous'
  | 'value.not-a-flag'
  | 'value.not-a-grade'
  | 'value.not-finite'
  | 'value.not-a-choice'
  | 'value.not-text'
  | 'value.hint'
  | 'value.grouping'
  | 'value.radix'
  | 'value.implausible'
  | WrittenProblem;

const AREA_UNITS = /^(m2|m\^2|sqm|sq\.?m|平方米|平方公尺|平米|平方|square metres|square meters)$/i;
const COUNT_UNITS =
  /^(户|戶|人|个|個|名|处|處|项|項|次|辆|輛|起|间|間|座|支|households?|people|persons?|items?)$/i;
const NUMBER_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i;

/**
 * True when a raw value is a masked placeholder such as `**`, `***-***`, `**%` or `*.**`,
 * with or without a unit after it (`** m2`, `**平方米`, `**户`).
 */
export function isMasked(raw: unknown): boolean {
  return (
    typeof raw === 'string' &&
    /\*/.test(raw) &&
    /^[\s\d.*%\-~–—]*(?:\p{L}[\p{L}\d]*)?$/u.test(raw.normalize('NFKC').trim())
  );
}

function fail(code: ValueProblem, params: Record<string, string | number> = {}): Parsed<never> {
  return { ok: false, code, params };
}

/** Splits `150 m2` into 150 and `m2`, after NFKC (full-width digits, ㎡ → m2). */
function splitNumber(raw: string): { n: number; unit: string } | undefined {
  return splitPlain(raw) ?? splitWritten(raw);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A unit's character that NFKC leaves as it is and no other reading cares about. */
const isPlainUnit = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  isDigit(c) ||
  c === 0x25 ||
  (c >= 0x4e00 && c <= 0x9fff);

/**
 * The way nearly every figure is written (`183平方米`, `66 m2`, `74%`, `0.85`, `23㎡`), read
 * without NFKC and the pattern: ASCII digits, a point only with digits after it, spaces, then a
 * unit of ASCII letters and digits, `%` or CJK ideographs (all unchanged by NFKC), not starting
 * with an exponent's `e`, or one of NFKC_UNITS. Exactly splitWritten's reading of such text
 * (test/model/split-number.test.ts); anything else is left to it (undefined).
 * @internal exported for the test only
 */
export function splitPlain(raw: string): { n: number; unit: string } | undefined {
  const len = raw.length;
  let i = 0;
  while (i < len && isDigit(raw.charCodeAt(i))) i++;
  if (i === 0) return undefined;
  if (i < len && raw.charCodeAt(i) === 0x2e) {
    const point = ++i;
    while (i < len && isDigit(raw.charCodeAt(i))) i++;
    if (i === point) return undefined;
  }
  const end = i;
  while (i < len && raw.charCodeAt(i) === 0x20) i++;
  const unit = i;
  if (i < len && (raw.charCodeAt(i) | 0x20) === 0x65) return undefined;
  let written: string | undefined;
  for (; i < len; i++)
    if (!isPlainUnit(raw.charCodeAt(i))) {
      written = NFKC_UNITS.get(raw.slice(unit));
      if (written === undefined) return undefined;
      break;
    }
  const n = Number(raw.slice(0, end));
  if (!Number.isFinite(n)) return undefined;
  return { n, unit: written ?? raw.slice(unit) };
}

/** The square metre as often written (two in five areas): what NFKC makes of the whole unit. */
const NFKC_UNITS = new Map([
  ['㎡', 'm2'],
  ['m²', 'm2'],
]);

/**
 * Any figure: NFKC (full-width digits, ㎡ → m2), trimmed, a sentence's full stop dropped,
 * thousands separators, signs and exponents; then figures in words (readWrittenNumber).
 * @internal exported for the test only
 */
export function splitWritten(raw: string): { n: number; unit: string } | undefined {
  const s = withoutTrailingStop(raw.normalize('NFKC').trim());
  if (s.includes(',') && commaProblem(s)) return undefined;
  const m = NUMBER_RE.exec(s.includes(',') ? s.replace(/,/g, '') : s);
  if (!m) return readWrittenNumber(s);
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return { n, unit: (m[2] ?? '').trim() };
}

/** Digits with commas in them at the start of a figure: `1,500`, `1,50`, `1,5`. */
const COMMA_DIGITS = /^[+-]?(\d+(?:,\d+)+)(\.\d+)?/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/**
 * A comma between digits that is no thousands separator (those group by three: `1,500`): `1,50`
 * and `1,5` are a decimal comma (1.5, as Chinese and European writing may mean) or a typo, never
 * 150 or 15. What it could be instead: the decimal (with one comma) and the digits run together.
 */
function commaProblem(s: string): { decimal?: string; plain: string } | undefined {
  const m = COMMA_DIGITS.exec(s);
  if (!m || GROUPED.test(m[1]!)) return undefined;
  const parts = m[1]!.split(',');
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  const plain = `${sign}${parts.join('')}${m[2] ?? ''}`;
  return parts.length === 2 && !m[2] ? { decimal: `${sign}${parts[0]}.${parts[1]}`, plain } : { plain };
}

/** `0x96`, `0o226`, `0b10010110`: a figure written in another base, which no form says. */
const RADIX = /^[+-]?0[xXoObB][0-9a-fA-F_]+/;

/**
 * The most any area (m²) or count of a community, street or district can plausibly be: ten
 * million (10 km² of rooms, ten million households). Past it a figure is a typo or a unit
 * mistake (`1e308`, an extra run of zeros), and is refused rather than scored.
 */
export const PLAUSIBLE_MAX = 10_000_000;

/** A refused figure: said as what it is (a range, an approximate figure…) when it is one. */
function refused(raw: string, code: ValueProblem, params: Record<string, string | number>): Parsed<never> {
  if (isHintCell(raw)) return fail('value.hint', { raw });
  const s = withoutTrailingStop(raw.normalize('NFKC').trim());
  if (RADIX.test(s)) return fail('value.radix', { raw });
  const comma = s.includes(',') ? commaProblem(s) : undefined;
  if (comma) return fail('value.grouping', { raw, ...comma });
  const why = explainWritten(raw);
  return why ? fail(why.code, why.params) : fail(code, params);
}

/** A non-negative quantity, bare or with one of the accepted units after it. */
function parseQuantity(raw: unknown, units: RegExp, expected: string): Parsed<number> {
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const p = splitNumber(raw);
    if (!p) return refused(raw, 'value.not-a-number', { raw });
    if (p.unit !== '' && !units.test(p.unit))
      return refused(raw, 'value.unit', { raw, unit: p.unit, expected });
    n = p.n;
  } else return fail('value.not-a-number', { raw: shownValue(raw) });
  if (!Number.isFinite(n)) return fail('value.not-finite', { raw: shownValue(raw) });
  if (n < 0) return fail('value.negative', { raw: shownValue(raw) });
  if (n > PLAUSIBLE_MAX)
    return fail('value.implausible', { raw: shownValue(raw), limit: String(PLAUSIBLE_MAX), expected });
  return { ok: true, value: n };
}

export function parseArea(raw: unknown): Parsed<number> {
  return parseQuantity(raw, AREA_UNITS, 'm²');
}

export function parseCount(raw: unknown): Parsed<number> {
  const q = parseQuantity(raw, COUNT_UNITS, '');
  if (q.ok && !Number.isInteger(q.value)) return fail('value.not-integer', { raw: shownValue(raw) });
  return q;
}

/**
 * A rate is `85%` or a fraction `0.85`; a bare number of 1 or more is ambiguous and refused
 * (`1` is 1% as much as 100%, just as `85` is 85% or a typo).
 */
export function parseRate(raw: unknown): Parsed<number> {
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  let n: number;
  if (typeof raw === 'number') {
    if (raw >= 1) return fail('value.rate-ambiguous', { raw: shownValue(raw) });
    n = raw;
  } else if (typeof raw === 'string') {
    const p = splitNumber(raw);
    if (!p) return refused(raw, 'value.not-a-number', { raw });
    if (p.unit === '%' || p.unit === '％') n = p.n / 100;
    else if (p.unit === '') {
      if (p.n >= 1) return fail('value.rate-ambiguous', { raw });
      n = p.n;
    } else return refused(raw, 'value.unit', { raw, unit: p.unit, expected: '%' });
  } else return fail('value.not-a-number', { raw: shownValue(raw) });
  if (!Number.isFinite(n)) return fail('value.not-finite', { raw: shownValue(raw) });
  if (n < 0 || n > 1 + 1e-12) return fail('value.rate-range', { raw: shownValue(raw) });
  return { ok: true, value: Math.min(n, 1) };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '是', '有', '达到', '達到', '已', '√', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '否', '无', '無', '未', '没有', '沒有', '×', '✗']);

export function parseFlag(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  if (typeof raw === 'string') {
    const s = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(s)) return { ok: true, value: true };
    if (FALSE_WORDS.has(s)) return { ok: true, value: false };
    if (isHintCell(raw)) return fail('value.hint', { raw });
  }
  return fail('value.not-a-flag', { raw: shownValue(raw) });
}

export function parseNumber(raw: unknown): Parsed<number> {
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { ok: true, value: raw }
      : fail('value.not-finite', { raw: shownValue(raw) });
  }
  if (typeof raw === 'string') {
    const p = splitNumber(raw);
    if (p && p.unit === '') return { ok: true, value: p.n };
    return refused(raw, 'value.not-a-number', { raw });
  }
  return fail('value.not-a-number', { raw: shownValue(raw) });
}

export function parseGrade(raw: unknown): Parsed<Grade> {
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  if (typeof raw === 'string') {
    const s = raw.normalize('NFKC').trim().toUpperCase();
    if ((GRADES as readonly string[]).includes(s)) return { ok: true, value: s as Grade };
    if (isHintCell(raw)) return fail('value.hint', { raw });
  }
  return fail('value.not-a-grade', { raw: shownValue(raw) });
}

/**
 * A name in the community's own words (a text metric: its brand): trimmed, in composed form; a
 * number is its digits. Empty, masked, a list or a mapping is no name.
 */
export function parseText(raw: unknown): Parsed<string> {
  if (isMasked(raw)) return fail('value.masked', { raw: shownValue(raw) });
  const text =
    typeof raw === 'string' ? raw.normalize('NFC').trim() : typeof raw === 'number' ? String(raw) : '';
  if (text === '') return fail('value.not-text', { raw: shownValue(raw) });
  if (isHintCell(text)) return fail('value.hint', { raw: text });
  return { ok: true, value: text };
}

/** A choice metric's value is its option's id (see choice.ts). */
export type MetricValue = number | boolean | Grade | string;

/** `options`: a choice metric's list (see choice.ts); without one, no value is a choice. */
export function parseMetricValue(
  type: MetricType,
  raw: unknown,
  options: readonly ChoiceOption[] = [],
): Parsed<MetricValue> {
  switch (type) {
    case 'choice':
      return parseChoice(raw, options);
    case 'text':
      return parseText(raw);
    case 'area':
      return parseArea(raw);
    case 'count':
      return parseCount(raw);
    case 'rate':
      return parseRate(raw);
    case 'flag':
      return parseFlag(raw);
    case 'number':
      return parseNumber(raw);
    case 'grade':
      return parseGrade(raw);
  }
}

/** The share of an item's points that a grade earns (状态描述法). */
export const GRADE_SHARE: Record<Grade, number> = { A: 1, B: 0.66, C: 0.33, 'C#': 0 };
