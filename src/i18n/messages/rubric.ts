import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** What an id was first given to (build-rubric.ts `claim`), as a rubric author calls it. */
const CLAIMED_CN: Record<string, string> = {
  section: '类别',
  criterion: '评分项',
  tier: '等级',
  quota: '比例要求',
};
const CLAIMED_TW: Record<string, string> = {
  section: '類別',
  criterion: '評分項',
  tier: '等級',
  quota: '比例要求',
};

/** A rubric's own problems, found when it is loaded or linted. */
export const rubricMessages = defineMessages(
  {
    'rubric.not-found': (p) =>
      p.suggestion
        ? `no built-in rubric "${p.rubric}" and no such file; did you mean ${p.suggestion}?`
        : `no built-in rubric "${p.rubric}" and no such file${p.known ? `; built-in rubrics: ${p.known}` : ''}`,
    'rubric.ambiguous': (p) =>
      `"${p.rubric}" could mean more than one rubric: ${p.candidates}; give its id or its whole title`,
    'rubric.none': () => 'no rubric: give --rubric, or name one in the file with "rubric:"',
    'rubric.mismatch': (p) => `the file names rubric “${p.named}” but is checked against “${p.used}”`,
    'rubric.invalid': (p) =>
      `rubric ${p.rubric} is invalid (${counted(p.count, 'error')}); nothing can be scored against it`,
    'rubric.figure-masked': (p) =>
      `figure "${p.raw}" is masked in the source and not set; criteria using it score "no data" until an extends override sets it`,
    'rubric.quota-masked': (p) =>
      `quota "${p.quota}": its target "${p.raw}" is masked in the source; rank says it is not published and cannot be judged. Set it in a rubric that extends this one: extends: ${p.rubric}, then quotas: [{ id: ${p.quota}, ${p.op}: ${String(p.op ?? '').endsWith('-count') ? '<number>' : '<figure>%'} }]`,
    'rubric.figure-invalid': (p) => `figure "${p.raw}" cannot be read (${p.problem})`,
    'rubric.bound-missing': () => 'no bound: give one of at-least, more-than, at-most, less-than, between',
    'rubric.bound-multiple': (p) => `more than one bound (${p.ops}); give exactly one`,
    'rubric.bound-reversed': () => 'between: the lower figure is above the upper one',
    'rubric.unknown-metric': (p) =>
      `metric "${p.metric}" is not defined under metrics${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'rubric.metric-type': (p) => `metric "${p.metric}" is of type ${p.type}; this needs ${p.expected}`,
    'rubric.unknown-facility': (p) =>
      `facility "${p.facility}" is not defined under facilities${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'rubric.duplicate-id': (p) => `id "${p.id}" is already used by a ${p.first}`,
    'rubric.band-above-points': (p) =>
      `band gives ${counted(p.points, 'point')}, more than the criterion's ${p.max}`,
    'rubric.band-above-items': (p) =>
      `band needs ${counted(p.met, 'item')} met, but there are only ${p.items}`,
    'rubric.grades-missing': (p) =>
      `metric "${p.metric}" is not a grade, so "grades" must say which counts give A, B and C`,
    'rubric.deduction-rule': () => 'a deduction needs exactly one of per-occurrence or bands',
    'rubric.unknown-criterion': (p) =>
      `criterion "${p.criterion}" is not defined${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'rubric.tier-unreachable': (p) =>
      `tier ${p.tier} needs ${counted(p.min, 'point')} but the rubric gives at most ${p.max}`,
    'rubric.tier-order': (p) => `tiers go highest first: ${p.tier} is not below ${p.previous}`,
    'rubric.ratio-source-missing': () =>
      'a ratio needs what it measures: one of metric, facility-area or facility-count',
    'rubric.ratio-source-multiple': (p) =>
      `a ratio reads one thing on each side, not ${p.keys}: keep one of metric, facility-area or facility-count`,
    'rubric.unknown-tier': (p) =>
      `tier "${p.tier}" is not defined${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  },
  {
    'rubric.not-found': (p) =>
      p.suggestion
        ? `没有名为“${p.rubric}”的内置评分细则，也没有该文件；是否应为 ${p.suggestion}？`
        : `没有名为“${p.rubric}”的内置评分细则，也没有该文件${p.known ? `；内置评分细则：${p.known}` : ''}`,
    'rubric.ambiguous': (p) => `“${p.rubric}”可指不止一个评分细则：${p.candidates}；请写明标识或完整名称`,
    'rubric.none': () => '未指定评分细则：请使用 --rubric，或在文件中写明“rubric:”',
    'rubric.mismatch': (p) => `文件写明的评分细则是“${p.named}”，但按“${p.used}”检查`,
    'rubric.invalid': (p) => `评分细则 ${p.rubric} 无效（${p.count} 个错误），无法据此评分`,
    'rubric.figure-masked': (p) =>
      `数字“${p.raw}”在原文中被遮盖且未设定；用到它的指标在 extends 覆盖设定前记为“无数据”`,
    'rubric.quota-masked': (p) =>
      `指标“${p.quota}”的目标数字“${p.raw}”在原文中被遮盖，排名时报告“指标未公布，无法判定”；请在继承本细则的区定细则中设定：extends: ${p.rubric}，再写 quotas: [{ id: ${p.quota}, ${p.op}: ${String(p.op ?? '').endsWith('-count') ? '个数' : '百分比'} }]`,
    'rubric.figure-invalid': (p) => `无法读取数字“${p.raw}”（${p.problem}）`,
    'rubric.bound-missing': () => '缺少界限：请给出 at-least、more-than、at-most、less-than、between 之一',
    'rubric.bound-multiple': (p) => `界限多于一个（${p.ops}）；只能给一个`,
    'rubric.bound-reversed': () => 'between：下限高于上限',
    'rubric.unknown-metric': (p) =>
      `指标“${p.metric}”未在 metrics 中定义${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'rubric.metric-type': (p) => `指标“${p.metric}”的类型是 ${p.type}；此处需要 ${p.expected}`,
    'rubric.unknown-facility': (p) =>
      `设施“${p.facility}”未在 facilities 中定义${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'rubric.duplicate-id': (p) => `标识“${p.id}”已被一个${CLAIMED_CN[String(p.first)] ?? ` ${p.first} `}使用`,
    'rubric.band-above-points': (p) => `分档给 ${p.points} 分，超过该项的 ${p.max} 分`,
    'rubric.band-above-items': (p) => `分档要求达到 ${p.met} 项，但只有 ${p.items} 项`,
    'rubric.grades-missing': (p) => `指标“${p.metric}”不是等级，须用“grades”说明多少个对应 A、B、C`,
    'rubric.deduction-rule': () => '扣分项须且只能给出 per-occurrence 或 bands 之一',
    'rubric.unknown-criterion': (p) =>
      `评分项“${p.criterion}”未定义${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'rubric.tier-unreachable': (p) => `等级 ${p.tier} 需要 ${p.min} 分，但该评分细则最多 ${p.max} 分`,
    'rubric.tier-order': (p) => `等级须从高到低排列：${p.tier} 不低于 ${p.previous}`,
    'rubric.ratio-source-missing': () =>
      '比例项缺少所衡量的对象：请给出 metric（指标）、facility-area（设施面积）或 facility-count（设施数量）之一',
    'rubric.ratio-source-multiple': (p) =>
      `比例项每一边只能衡量一样东西，不能同时写 ${p.keys}：请只保留 metric、facility-area、facility-count 之一`,
    'rubric.unknown-tier': (p) =>
      `等级“${p.tier}”未定义${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
  },
  {
    'rubric.not-found': (p) =>
      p.suggestion
        ? `沒有名為「${p.rubric}」的內建評分細則，也沒有該檔案；是否應為 ${p.suggestion}？`
        : `沒有名為「${p.rubric}」的內建評分細則，也沒有該檔案${p.known ? `；內建評分細則：${p.known}` : ''}`,
    'rubric.ambiguous': (p) => `「${p.rubric}」可指不止一個評分細則：${p.candidates}；請寫明識別碼或完整名稱`,
    'rubric.none': () => '未指定評分細則：請使用 --rubric，或在檔案中寫明「rubric:」',
    'rubric.mismatch': (p) => `檔案寫明的評分細則是「${p.named}」，但按「${p.used}」檢查`,
    'rubric.invalid': (p) => `評分細則 ${p.rubric} 無效（${p.count} 個錯誤），無法據此評分`,
    'rubric.figure-masked': (p) =>
      `數字「${p.raw}」在原文中被遮蓋且未設定；用到它的指標在 extends 覆蓋設定前記為「無資料」`,
    'rubric.quota-masked': (p) =>
      `指標「${p.quota}」的目標數字「${p.raw}」在原文中遭遮蓋，排名時報告「指標未公布，無法判定」；請在繼承本細則的區定細則中設定：extends: ${p.rubric}，再寫 quotas: [{ id: ${p.quota}, ${p.op}: ${String(p.op ?? '').endsWith('-count') ? '個數' : '百分比'} }]`,
    'rubric.figure-invalid': (p) => `無法讀取數字「${p.raw}」（${p.problem}）`,
    'rubric.bound-missing': () => '缺少界限：請給出 at-least、more-than、at-most、less-than、between 之一',
    'rubric.bound-multiple': (p) => `界限多於一個（${p.ops}）；只能給一個`,
    'rubric.bound-reversed': () => 'between：下限高於上限',
    'rubric.unknown-metric': (p) =>
      `指標「${p.metric}」未在 metrics 中定義${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'rubric.metric-type': (p) => `指標「${p.metric}」的類型是 ${p.type}；此處需要 ${p.expected}`,
    'rubric.unknown-facility': (p) =>
      `設施「${p.facility}」未在 facilities 中定義${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'rubric.duplicate-id': (p) =>
      `識別碼「${p.id}」已被一個${CLAIMED_TW[String(p.first)] ?? ` ${p.first} `}使用`,
    'rubric.band-above-points': (p) => `分檔給 ${p.points} 分，超過該項的 ${p.max} 分`,
    'rubric.band-above-items': (p) => `分檔要求達到 ${p.met} 項，但只有 ${p.items} 項`,
    'rubric.grades-missing': (p) => `指標「${p.metric}」不是等級，須用「grades」說明多少個對應 A、B、C`,
    'rubric.deduction-rule': () => '扣分項須且只能給出 per-occurrence 或 bands 之一',
    'rubric.unknown-criterion': (p) =>
      `評分項「${p.criterion}」未定義${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'rubric.tier-unreachable': (p) => `等級 ${p.tier} 需要 ${p.min} 分，但該評分細則最多 ${p.max} 分`,
    'rubric.tier-order': (p) => `等級須從高到低排列：${p.tier} 不低於 ${p.previous}`,
    'rubric.ratio-source-missing': () =>
      '比例項缺少所衡量的對象：請給出 metric（指標）、facility-area（設施面積）或 facility-count（設施數量）之一',
    'rubric.ratio-source-multiple': (p) =>
      `比例項每一邊只能衡量一樣東西，不能同時寫 ${p.keys}：請只保留 metric、facility-area、facility-count 之一`,
    'rubric.unknown-tier': (p) =>
      `等級「${p.tier}」未定義${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
  },
);
