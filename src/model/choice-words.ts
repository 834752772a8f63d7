/**
 * The Chinese words people type for the English values a rubric or an option takes: `街道` for
 * street, `社区` for community, `扣分` for deduction. A word that names one allowed value is that
 * value; used for "did you mean" (rubric fields) and to accept what is meant (`--group 街道`).
 */
import { nameKey, suggest } from './names.js';

const WORDS: Record<string, string[]> = {
  street: ['街道', '街道办', '街道办事处', '街', '按街道'],
  district: ['区', '区县', '县区', '城区', '按区'],
  community: ['社区', '居委会', '小区'],
  all: ['全部', '所有', '全体'],
  checklist: ['清单', '设施清单', '核对表'],
  threshold: ['门槛', '达标', '标准值', '阈值'],
  ratio: ['比例', '配比', '千人指标', '每百户'],
  count: ['计数', '数量', '个数', '项数'],
  graded: ['等级', '分级', '评级'],
  deduction: ['扣分', '减分'],
  flag: ['是否', '是非', '有无'],
  area: ['面积', '平方米'],
  rate: ['比率', '百分比', '比例值', '率'],
  number: ['数字', '数值'],
  grade: ['等第', '档次'],
};

/**
 * The values by the key of each word, made on first use: the keys of Chinese words are their
 * simplified forms, and the first simplify reads the converter's dictionaries (some 40 ms), which
 * a run that never looks a word up (each batch thread, at its start) should not pay for.
 */
let byKey: Map<string, string[]> | undefined;
function valuesByKey(): Map<string, string[]> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [value, words] of Object.entries(WORDS))
    for (const w of words) {
      const k = nameKey(w);
      byKey.set(k, [...(byKey.get(k) ?? []), value]);
    }
  return byKey;
}

/** The allowed value a word names (`街道` → street), when exactly one of `values` is meant. */
export function choiceByWord(word: string, values: readonly string[]): string | undefined {
  const k = nameKey(word);
  const exact = values.find((v) => nameKey(v) === k);
  if (exact) return exact;
  const meant = (valuesByKey().get(k) ?? []).filter((v) => values.includes(v));
  return meant.length === 1 ? meant[0] : undefined;
}

/**
 * "Did you mean" for a value not allowed: the value a Chinese word names, else the closest
 * spelling, else the one value it begins (`below` → below-tier).
 */
export function suggestChoice(word: string, values: readonly string[]): string | undefined {
  const near = choiceByWord(word, values) ?? suggest(word, values);
  if (near !== undefined) return near;
  const k = nameKey(word);
  const starts = k.length >= 3 ? values.filter((v) => nameKey(v).startsWith(k)) : [];
  return starts.length === 1 ? starts[0] : undefined;
}
