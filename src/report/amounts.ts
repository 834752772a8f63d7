/**
 * Amounts as a street office writes them: in Chinese "120平方米", "2100户", "40人", "85%", and a
 * gap between two rates in percentage points ("差2个百分点"); in English "120 m²", "2100", "85%".
 * The word counted is read from the metric's title (户数 → 户, 人数 → 人, else 个).
 */
import type { MetricType } from '../model/figures.js';
import type { Lang } from '../model/localized.js';
import { num, withUnit } from './numbers.js';

/** The measure word of a counted metric, from its Chinese title. */
export function countWord(title: string, lang: Lang): string {
  const tw = lang === 'zh-TW';
  if (/[户戶]数$|[户戶]數$/.test(title)) return tw ? '戶' : '户';
  if (/人数$|人數$/.test(title)) return '人';
  if (/次数$|次數$/.test(title)) return '次';
  return tw ? '個' : '个';
}

export interface AmountOptions {
  /** The measure word of a count (户, 人, 个). */
  word?: string;
  /** A difference: rates then read in percentage points. */
  gap?: boolean;
}

export function amount(lang: Lang, x: number, unit: MetricType | undefined, o: AmountOptions = {}): string {
  if (lang === 'en') {
    if (unit === 'rate' && o.gap) return `${num(x * 100)} percentage points`;
    return withUnit(x, unit);
  }
  switch (unit) {
    case 'area':
      // Taiwan says 平方公尺, as the titles of the zh-TW rubrics do.
      return `${num(x)}${lang === 'zh-TW' ? '平方公尺' : '平方米'}`;
    case 'rate':
      if (!o.gap) return `${num(x * 100)}%`;
      return `${num(x * 100)}${lang === 'zh-TW' ? '個百分點' : '个百分点'}`;
    case 'count':
      return `${withUnit(x, unit)}${o.word ?? ''}`;
    default:
      return num(x);
  }
}
