/**
 * A finding's list parameter in words (issue #24: the core gives lists, the edge words them): each
 * item as the reader knows it where the code says what the items are (a fold, a kind of evidence,
 * a column of the inspections sheet), then joined in the language: `a, b and c` in English,
 * `甲、乙、丙` in Chinese; alternatives with `or` (或); notes as clauses.
 */
import { EVIDENCE_KINDS, type EvidenceKind } from '../model/evidence.js';
import type { Lang } from '../model/localized.js';
import { message } from './catalog.js';
import { clausesOf, listSeparator } from './list.js';

type Join = 'and' | 'or' | 'clauses';
interface ListWords {
  /** One item in words; the item itself where the table has no word for it. */
  words?: Record<Lang, Readonly<Record<string, string>>>;
  join: Join;
}

/** The folds that made spellings one group (GroupFold), after quota.group-merged's note. */
const FOLDS: ListWords['words'] = {
  en: {
    invisible: 'invisible characters removed',
    mark: 'combining marks removed',
    width: 'full-width forms as half-width',
    spacing: 'spaces, separators and letter case ignored',
    script: 'traditional characters as simplified',
    office: 'the office at the end of the name (街, 街道, 街道办事处, 办事处, 居委会 …) not counted',
  },
  'zh-CN': {
    invisible: '去掉了不可见字符',
    mark: '去掉了组合附加符号',
    width: '全角按半角',
    spacing: '不计空格、分隔符和大小写',
    script: '繁体按简体',
    office: '不计名称末尾的机构称谓（街、街道、街道办事处、办事处、居委会等）',
  },
  'zh-TW': {
    invisible: '已移除看不見的字元',
    mark: '已移除組合附加符號',
    width: '全形視同半形',
    spacing: '不計空格、分隔符號與大小寫',
    script: '繁體與簡體視為相同',
    office: '不計名稱末尾的機關稱謂（街、街道、街道辦事處、辦事處、居委會等）',
  },
};

/** The inspections sheet's columns as its template heads them (inspection.header). */
const INSPECTION_COLUMNS: ListWords['words'] = {
  en: { community: 'community', metric: 'metric', date: 'date', inspector: 'inspector', kind: 'kind' },
  'zh-CN': { community: '社区编号', metric: '指标', date: '督查日期', inspector: '督查人', kind: '督查方式' },
  'zh-TW': { community: '社區編號', metric: '指標', date: '督查日期', inspector: '督查人', kind: '督查方式' },
};

/** Which of a kind of evidence's names (zh-CN, zh-TW, en in src/model/evidence.ts) each language reads. */
const KIND_NAME: Record<Lang, 0 | 1 | 2> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };
const EVIDENCE_KIND_WORDS = Object.fromEntries(
  Object.entries(KIND_NAME).map(([lang, i]) => [
    lang,
    Object.fromEntries(Object.keys(EVIDENCE_KINDS).map((k) => [k, EVIDENCE_KINDS[k as EvidenceKind][i]])),
  ]),
) as Record<Lang, Record<string, string>>;

/** By `code.param`: how that list's items are worded and joined. Any other list: its items, with and. */
const LISTS: Readonly<Record<string, ListWords>> = {
  'quota.group-merged.folds': { words: FOLDS, join: 'clauses' },
  'inspection.header.fields': { words: INSPECTION_COLUMNS, join: 'and' },
  'shortfall.evidence-missing.kinds': { words: EVIDENCE_KIND_WORDS, join: 'or' },
  'rubric.ambiguous.candidates': { join: 'or' },
};

/** `a, b and c` (`a、b、c`), or `a, b or c` (`a、b或c`): the items as given, in the language. */
export function joinedList(lang: Lang, items: readonly string[], join: 'and' | 'or'): string {
  if (items.length < 2) return items.join('');
  return message(lang, join === 'and' ? 'list.and' : 'list.or', {
    head: items.slice(0, -1).join(listSeparator(lang)),
    last: items.at(-1)!,
  });
}

/** The list parameter `param` of a message `code` in words; empty for an empty list. */
export function listWords(lang: Lang, code: string, param: string, items: readonly string[]): string {
  const how = Object.hasOwn(LISTS, `${code}.${param}`) ? LISTS[`${code}.${param}`] : undefined;
  const table = how?.words?.[lang];
  const words = table ? items.map((i) => (Object.hasOwn(table, i) ? table[i]! : i)) : items;
  if (how?.join === 'clauses') return clausesOf(lang, words);
  return joinedList(lang, words, how?.join ?? 'and');
}
