/** Lists in the reader's language: 、 between Chinese items, a comma in English. */
import type { Lang } from '../model/localized.js';

/** `table、json、markdown` in Chinese, `table, json, markdown` in English. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'en' ? ', ' : '、');
}
