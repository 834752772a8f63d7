/**
 * Lists, clauses and ids in brackets, in the reader's language: 、 between Chinese items, a comma in
 * English; ； or ; between clauses; （id） or (id). The one table of this punctuation: a language
 * of LANGS without its row does not compile.
 */
import type { Lang } from '../model/localized.js';

interface Punctuation {
  /** Between the items of a list: `table、json`. */
  list: string;
  /** Between clauses: `缺少 a；缺少 b`. */
  clauses: string;
  /** Around an aside such as an id, with the space before it where the language has one. */
  open: string;
  close: string;
  /** Quotation marks around a title named in a sentence: “无重大火灾”, 「無重大火災」. */
  quotes: [string, string];
}

const CHINESE: Omit<Punctuation, 'quotes'> = { list: '、', clauses: '；', open: '（', close: '）' };

const PUNCTUATION: Record<Lang, Punctuation> = {
  en: { list: ', ', clauses: '; ', open: ' (', close: ')', quotes: ['“', '”'] },
  'zh-CN': { ...CHINESE, quotes: ['“', '”'] },
  'zh-TW': { ...CHINESE, quotes: ['「', '」'] },
};

/** What goes between the items of a list: `、` in Chinese, `, ` in English. */
export const listSeparator = (lang: Lang): string => PUNCTUATION[lang].list;

/** What goes between clauses: `；` in Chinese, `; ` in English. */
export const clauseSeparator = (lang: Lang): string => PUNCTUATION[lang].clauses;

/** `table、json、markdown` in Chinese, `table, json, markdown` in English. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(listSeparator(lang));
}

/** `缺少 a；缺少 b` in Chinese, `no a; no b` in English. */
export function clausesOf(lang: Lang, items: readonly string[]): string {
  return items.join(clauseSeparator(lang));
}

/** An aside after a word: `（2005）` in Chinese, ` (2005)` in English (with its space). */
export function aside(lang: Lang, text: string): string {
  const p = PUNCTUATION[lang];
  return `${p.open}${text}${p.close}`;
}

/** A title named in a sentence, in the language's quotation marks: “无重大火灾或死亡事故”. */
export function quoted(lang: Lang, text: string): string {
  const [open, close] = PUNCTUATION[lang].quotes;
  return `${open}${text}${close}`;
}

/** `府前社区（fuqian）` in Chinese, `府前社区 (fuqian)` in English, always with both. */
export function nameWithId(lang: Lang, name: string, id: string): string {
  return `${name}${aside(lang, id)}`;
}

/** `title（id）` in Chinese, `title (id)` in English: a name with the id that also works. */
export function withId(lang: Lang, title: string, id: string): string {
  if (!title || title === id) return id;
  return nameWithId(lang, title, id);
}
