/**
 * The words for what a value is, for messages about a file's shape: zod's and YAML's type names
 * (string, object, record, array, null) as a rubric author or community worker says them, and a
 * list position ("0") as 第1项. Anything else (a value as written) is returned quoted.
 */
import type { Lang } from '../model/localized.js';

type Words = Record<Lang, string>;

const EMPTY: Words = { en: 'empty (~)', 'zh-CN': '空值（未填写）', 'zh-TW': '空值（未填寫）' };
const MAPPING: Words = {
  en: 'a mapping of keys to values',
  'zh-CN': '“键: 值”映射',
  'zh-TW': '「鍵: 值」對應',
};
const LIST: Words = { en: 'a list', 'zh-CN': '列表', 'zh-TW': '清單' };

const TYPES: Record<string, Words> = {
  string: { en: 'text', 'zh-CN': '文字', 'zh-TW': '文字' },
  number: { en: 'a number', 'zh-CN': '数字', 'zh-TW': '數字' },
  int: { en: 'a whole number', 'zh-CN': '整数', 'zh-TW': '整數' },
  boolean: { en: 'true or false', 'zh-CN': '是或否（true / false）', 'zh-TW': '是或否（true / false）' },
  object: MAPPING,
  record: MAPPING,
  map: MAPPING,
  mapping: MAPPING,
  array: LIST,
  tuple: LIST,
  list: LIST,
  sequence: LIST,
  null: EMPTY,
  undefined: EMPTY,
  scalar: { en: 'a single value', 'zh-CN': '单个值', 'zh-TW': '單一值' },
};

/** What a value is, in words: a type name translated; a value as written, quoted. */
export function typeWord(lang: Lang, word: string | undefined): string {
  const w = TYPES[word ?? 'undefined'];
  if (w) return w[lang];
  return lang === 'en' ? `"${word}"` : lang === 'zh-TW' ? `「${word}」` : `“${word}”`;
}

/** A key, or a list position as 第1项 / item 1. */
export function keyWord(lang: Lang, key: string | undefined): string {
  const k = key ?? '';
  if (/^\d+$/.test(k)) {
    const n = Number(k) + 1;
    return lang === 'en' ? `item ${n}` : lang === 'zh-TW' ? `第${n}項` : `第${n}项`;
  }
  return lang === 'en' ? `"${k}"` : lang === 'zh-TW' ? `「${k}」` : `“${k}”`;
}

/** `checklist、threshold、ratio` in Chinese, `checklist, threshold or ratio` in English. */
export function choiceList(lang: Lang, values: string | undefined): string {
  const v = (values ?? '').split(' | ');
  if (lang !== 'en') return v.join('、');
  return v.length > 1 ? `${v.slice(0, -1).join(', ')} or ${v.at(-1)}` : v.join('');
}
