import { absentItem } from '../absent.js';
import type { MessageParams } from '../define.js';
import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** 每百户, 每千人, 每户, 每50户: "per N" as written in Chinese. */
const everyZh = (p: MessageParams) =>
  `每${({ '1': '', '100': '百', '1000': '千' } as Record<string, string>)[p.every ?? ''] ?? p.every}${p.perUnit ?? ''}`;
const perEn = (p: MessageParams) => (p.every === '1' ? 'each' : `per ${p.every}`);
/** What a ratio is per, inside an English sentence: `2000 households`, not `2000 Households` (an acronym kept). */
const perNoun = (p: MessageParams) => {
  const t = p.per ?? '';
  return /^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
};

/** What a criterion lacks, in the metric's own terms. Numbers arrive formatted with their unit. */
export const shortfallMessages = defineMessages(
  {
    'shortfall.no-data': (p) => `${p.metric}: no data`,
    'shortfall.evidence-missing': (p) =>
      p.kinds
        ? `no intact evidence (${p.kinds}): counted as no data`
        : 'no intact evidence: counted as no data',
    'shortfall.unreadable': (p) => `${p.metric}: value could not be read`,
    'shortfall.figure-masked': (p) => `the rubric's figure "${p.raw}" is masked in the source and not set`,
    'shortfall.no-facilities': () => 'no facilities reported',
    'shortfall.below': (p) => `${p.metric} ${p.actual} < ${p.needed}: ${p.gap} short`,
    'shortfall.not-above': (p) => `${p.metric} ${p.actual} is not above ${p.needed}`,
    'shortfall.above': (p) => `${p.metric} ${p.actual} > ${p.needed}: ${p.gap} over`,
    'shortfall.not-below': (p) => `${p.metric} ${p.actual} is not below ${p.needed}`,
    'shortfall.outside': (p) => `${p.metric} ${p.actual} is outside ${p.low}–${p.high}`,
    'shortfall.facility-missing': (p) => `${p.facility} missing`,
    'shortfall.facility-count': (p) => `${p.facility}: ${p.actual} of ${p.needed} needed`,
    'shortfall.facility-area-unknown': (p) => `${p.facility}: area not given (needs ${p.needed})`,
    'shortfall.facility-area': (p) => `${p.facility} ${p.actual} < ${p.needed}: ${p.gap} short`,
    'shortfall.ratio-below': (p) =>
      `${p.metric} ${p.actual}: needs ${p.needed} for ${p.size} ${perNoun(p)} (${p.rate} ${perEn(p)}): ${p.gap} short`,
    'shortfall.ratio-above': (p) =>
      `${p.metric} ${p.actual}: at most ${p.needed} for ${p.size} ${perNoun(p)} (${p.rate} ${perEn(p)}): ${p.gap} over`,
    'shortfall.ratio-outside': (p) =>
      `${p.metric} ${p.actual}: outside the range for ${p.size} ${perNoun(p)}`,
    'shortfall.per-zero': (p) => `${p.metric} is 0: the ratio cannot be computed`,
    'shortfall.items-met': (p) => `${p.met} of ${counted(p.total, 'item')} met`,
    'shortfall.flag-missing': (p) => `${p.metric}: no`,
    'shortfall.flag-present': (p) => `${p.metric}: reported`,
    'shortfall.grade': (p) => `grade ${p.grade} (${p.share} of the points)`,
    'shortfall.grade-by': (p) => `grade ${p.grade} (${p.share} of the points): ${p.metric} ${p.actual}`,
    'shortfall.deducted': (p) => `${p.metric} ${p.actual}: ${counted(p.deducted, 'point')} deducted`,
    'shortfall.facility-area-none': (p) => `${p.facility}: area not given`,
  },
  {
    'shortfall.no-data': (p) => `${p.metric}：无数据`,
    'shortfall.evidence-missing': (p) =>
      p.kinds ? `缺少完好的台账（${p.kinds}），按无数据计` : '缺少完好的台账，按无数据计',
    'shortfall.unreadable': (p) => `${p.metric}：数值无法读取`,
    'shortfall.figure-masked': (p) => `评分细则中的数字“${p.raw}”在原文中被遮盖，尚未设定`,
    'shortfall.no-facilities': () => '未报设施清单',
    'shortfall.below': (p) => `${p.metric}${p.actual}，不足${p.needed}，差${p.gap}`,
    'shortfall.not-above': (p) => `${p.metric}${p.actual}，未超过${p.needed}`,
    'shortfall.above': (p) => `${p.metric}${p.actual}，超过${p.needed}，多出${p.gap}`,
    'shortfall.not-below': (p) => `${p.metric}${p.actual}，未低于${p.needed}`,
    'shortfall.outside': (p) => `${p.metric}${p.actual}，不在${p.low}至${p.high}之间`,
    'shortfall.facility-missing': (p) => `缺${p.facility}`,
    'shortfall.facility-count': (p) => `${p.facility}现有${p.actual}个，需${p.needed}个`,
    'shortfall.facility-area-unknown': (p) => `${p.facility}未填面积（需${p.needed}）`,
    'shortfall.facility-area': (p) => `${p.facility}${p.actual}，不足${p.needed}，差${p.gap}`,
    'shortfall.ratio-below': (p) =>
      `按${p.size}、${everyZh(p)}${p.rate}计需${p.needed}，现有${p.actual}，差${p.gap}`,
    'shortfall.ratio-above': (p) =>
      `按${p.size}、${everyZh(p)}至多${p.rate}计至多${p.needed}，现有${p.actual}，多出${p.gap}`,
    'shortfall.ratio-outside': (p) => `${p.metric}${p.actual}，不在按${p.size}计的范围内`,
    'shortfall.per-zero': (p) => `${p.metric}为 0，无法计算比例`,
    'shortfall.items-met': (p) => `${p.total}项中达到${p.met}项`,
    'shortfall.flag-missing': (p) => absentItem(p.metric ?? '', 'zh-CN'),
    'shortfall.flag-present': (p) => `${p.metric}：已发生`,
    'shortfall.grade': (p) => `评为${p.grade}档，按${p.share}计分`,
    'shortfall.grade-by': (p) => `评为${p.grade}档，按${p.share}计分：${p.metric} ${p.actual}`,
    'shortfall.deducted': (p) => `${p.metric}${p.actual}，扣${p.deducted}分`,
    'shortfall.facility-area-none': (p) => `${p.facility}未填面积`,
  },
  {
    'shortfall.no-data': (p) => `${p.metric}：無資料`,
    'shortfall.evidence-missing': (p) =>
      p.kinds ? `缺少完好的佐證資料（${p.kinds}），按無資料計` : '缺少完好的佐證資料，按無資料計',
    'shortfall.unreadable': (p) => `${p.metric}：數值無法讀取`,
    'shortfall.figure-masked': (p) => `評分細則中的數字「${p.raw}」在原文中被遮蓋，尚未設定`,
    'shortfall.no-facilities': () => '未報設施清單',
    'shortfall.below': (p) => `${p.metric}${p.actual}，不足${p.needed}，差${p.gap}`,
    'shortfall.not-above': (p) => `${p.metric}${p.actual}，未超過${p.needed}`,
    'shortfall.above': (p) => `${p.metric}${p.actual}，超過${p.needed}，多出${p.gap}`,
    'shortfall.not-below': (p) => `${p.metric}${p.actual}，未低於${p.needed}`,
    'shortfall.outside': (p) => `${p.metric}${p.actual}，不在${p.low}至${p.high}之間`,
    'shortfall.facility-missing': (p) => `缺${p.facility}`,
    'shortfall.facility-count': (p) => `${p.facility}現有${p.actual}個，需${p.needed}個`,
    'shortfall.facility-area-unknown': (p) => `${p.facility}未填面積（需${p.needed}）`,
    'shortfall.facility-area': (p) => `${p.facility}${p.actual}，不足${p.needed}，差${p.gap}`,
    'shortfall.ratio-below': (p) =>
      `按${p.size}、${everyZh(p)}${p.rate}計需${p.needed}，現有${p.actual}，差${p.gap}`,
    'shortfall.ratio-above': (p) =>
      `按${p.size}、${everyZh(p)}至多${p.rate}計至多${p.needed}，現有${p.actual}，多出${p.gap}`,
    'shortfall.ratio-outside': (p) => `${p.metric}${p.actual}，不在按${p.size}計的範圍內`,
    'shortfall.per-zero': (p) => `${p.metric}為 0，無法計算比例`,
    'shortfall.items-met': (p) => `${p.total}項中達到${p.met}項`,
    'shortfall.flag-missing': (p) => absentItem(p.metric ?? '', 'zh-TW'),
    'shortfall.flag-present': (p) => `${p.metric}：已發生`,
    'shortfall.grade': (p) => `評為${p.grade}檔，按${p.share}計分`,
    'shortfall.grade-by': (p) => `評為${p.grade}檔，按${p.share}計分：${p.metric} ${p.actual}`,
    'shortfall.deducted': (p) => `${p.metric}${p.actual}，扣${p.deducted}分`,
    'shortfall.facility-area-none': (p) => `${p.facility}未填面積`,
  },
);
