/**
 * Amounts as a street office writes them: in Chinese "120平方米", "2100户", "40人", "85%", and a
 * gap between two rates in percentage points ("差2个百分点"); in English "120 m²", "2100", "85%".
 * The word counted is read from the metric's title (户数 → 户, 人数 → 人, else 个).
 */
import { message } from '../i18n/catalog.js';
import type { MetricType } from '../model/figures.js';
import type { Lang } from '../model/localized.js';
import { num, withUnit } from './numbers.js';

export interface AmountOptions {
  /** The measure word of a count (户, 人, 个). */
  word?: string;
  /** A difference: rates then read in percentage points. */
  gap?: boolean;
}

export function amount(lang: Lang, x: number, unit: MetricType | undefined, o: AmountOptions = {}): string {
  switch (unit) {
    case 'area':
      return message(lang, 'amount.area', { n: num(x) });
    case 'rate':
      if (!o.gap) return `${num(x * 100)}%`;
      return message(lang, 'amount.rate-gap', { n: num(x * 100) });
    case 'count':
      return message(lang, 'amount.count', { n: withUnit(x, unit), word: o.word ?? '' });
    default:
      return num(x);
  }
}
