/** Lists in the reader's language: 、 between Chinese items, a comma in English. */
import type { Lang } from '../model/localized.js';

/** `table、json、markdown` in Chinese, `table, json, markdown` in English. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** `title（id）` in Chinese, `title (id)` in English: a name with the id that also works. */
export function withId(lang: Lang, title: string, id: string): string {
  if (!title || title === id) return id;
  return lang === 'en' ? `${title} (${id})` : `${title}（${id}）`;
}
