/**
 * A yes/no item a community lacks, said as an official would: 未建立志愿者队伍, 没有市民学校, not
 * "建有志愿者队伍：未达到". A title that starts with a verb of having or doing is negated; any other
 * (a noun: 法律服务, 领导机制) is answered as on the form, 法律服务：否.
 */
import type { Lang } from '../model/localized.js';

type Chinese = Exclude<Lang, 'en'>;

/** Leading verbs and their negation, longest first so that 建有 is not read as 有. */
const NEGATED: Record<Chinese, [string, string][]> = {
  'zh-CN': [
    ['建有', '未建立'],
    ['设有', '未设'],
    ['配有', '未配'],
    ['配备', '未配备'],
    ['建立', '未建立'],
    ['建成', '未建成'],
    ['组建', '未组建'],
    ['开展', '未开展'],
    ['举办', '未举办'],
    ['实行', '未实行'],
    ['实施', '未实施'],
    ['达到', '未达到'],
    ['健全', '未健全'],
    ['有', '没有'],
  ],
  'zh-TW': [
    ['建有', '未建立'],
    ['設有', '未設'],
    ['配有', '未配'],
    ['配備', '未配備'],
    ['建立', '未建立'],
    ['建成', '未建成'],
    ['組建', '未組建'],
    ['開展', '未開展'],
    ['舉辦', '未舉辦'],
    ['實行', '未實行'],
    ['實施', '未實施'],
    ['達到', '未達到'],
    ['健全', '未健全'],
    ['有', '沒有'],
  ],
};

export function absentItem(title: string, lang: Chinese): string {
  for (const [verb, not] of NEGATED[lang]) {
    // 有 alone: not 有特色… read as a verb only when something follows it.
    if (title.startsWith(verb) && title.length > verb.length) return not + title.slice(verb.length);
  }
  return `${title}：否`;
}
