/**
 * The measure word of a counted metric, read from its Chinese title: 户数 → 户, 人数 → 人,
 * 次数 → 次, else 个 (2100户, 40人). English has none: a count is its number alone.
 */
import type { Lang } from '../model/localized.js';

/** A language's words for a household and for anything else; null for a language without them. */
const WORDS: Record<Lang, { household: string; other: string } | null> = {
  en: null,
  'zh-CN': { household: '户', other: '个' },
  'zh-TW': { household: '戶', other: '個' },
};

/** A count's example by what it counts, from its Chinese title: 2400 households, 50 people, 12 times. */
export function countExample(zhTitle: string): string {
  const word = countWord(zhTitle, 'zh-CN');
  return word === '户' ? '2400' : word === '人' ? '50' : word === '次' ? '12' : '3';
}

/** The measure word of a counted metric, from its Chinese title ('' in English). */
export function countWord(title: string, lang: Lang): string {
  const w = WORDS[lang];
  if (!w) return '';
  if (/[户戶]数$|[户戶]數$/.test(title)) return w.household;
  if (/人数$|人數$/.test(title)) return '人';
  if (/次数$|次數$/.test(title)) return '次';
  return w.other;
}
