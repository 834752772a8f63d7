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

const ENTITY: Record<string, Words> = {
  community: { en: 'community', 'zh-CN': '社区', 'zh-TW': '社區' },
  street: { en: 'street', 'zh-CN': '街道', 'zh-TW': '街道' },
  compound: { en: 'compound', 'zh-CN': '小区', 'zh-TW': '小區' },
};
const ENTITY_KEY: Record<string, Words> = {
  id: { en: 'id', 'zh-CN': '编号', 'zh-TW': '編號' },
  name: { en: 'name', 'zh-CN': '名称', 'zh-TW': '名稱' },
  street: { en: 'street', 'zh-CN': '所属街道', 'zh-TW': '所屬街道' },
  district: { en: 'district', 'zh-CN': '所属区', 'zh-TW': '所屬區' },
  city: { en: 'city', 'zh-CN': '所属市', 'zh-TW': '所屬市' },
  community: { en: 'community', 'zh-CN': '所属社区', 'zh-TW': '所屬社區' },
};
const TOP_KEY: Record<string, Words> = {
  rubric: { en: 'rubric', 'zh-CN': '评分细则', 'zh-TW': '評分細則' },
  period: { en: 'period', 'zh-CN': '评估期间', 'zh-TW': '評估期間' },
  metrics: { en: 'metrics', 'zh-CN': '指标', 'zh-TW': '指標' },
  facilities: { en: 'facilities', 'zh-CN': '设施', 'zh-TW': '設施' },
  notes: { en: 'notes', 'zh-CN': '备注', 'zh-TW': '備註' },
  ...ENTITY,
};

/**
 * What a self-assessment's key means, in words, with the key as written: 社区编号（id）,
 * 評估期間（period）. `field` is the
 * key's path in the file (`community.id`, `period`), set by the assessment reader; undefined for
 * a key it does not know. English says the key alone (the key is the English word).
 */
function fieldWord(lang: Lang, field: string | undefined, key: string): string | undefined {
  if (!field || lang === 'en') return undefined;
  const [a, b, ...rest] = field.split('.');
  if (rest.length) return undefined;
  const w =
    b === undefined
      ? Object.hasOwn(TOP_KEY, a!)
        ? TOP_KEY[a!]![lang]
        : undefined
      : Object.hasOwn(ENTITY, a!) && Object.hasOwn(ENTITY_KEY, b)
        ? `${ENTITY[a!]![lang]}${ENTITY_KEY[b]![lang]}`
        : undefined;
  return w === undefined ? undefined : `${w}（${key}）`;
}

/** A key, or a list position as 第1项 / item 1; a self-assessment's known key as 社区编号（id）. */
export function keyWord(lang: Lang, key: string | undefined, field?: string): string {
  const k = key ?? '';
  const said = fieldWord(lang, field, k);
  if (said !== undefined) return said;
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
