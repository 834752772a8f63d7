import { defineMessages } from '../define.js';

/** A cost file (costs.yaml) and a community's own quote. */
export const costsMessages = defineMessages(
  {
    'assessment.is-costs': () =>
      'this is a cost file (整改成本), not a self-assessment; skipped (pass it to plan with --costs)',
    'costs.rubric-differs': (p) =>
      `the cost file prices rubric "${p.rubric}", but the files are scored by ${p.expected}: write rubric: with the id of the rubric it prices`,
    'costs.unknown-metric': (p) =>
      `the rubric has no metric "${p.metric}"${p.suggestion ? `: did you mean "${p.suggestion}"?` : ''}`,
    'costs.unknown-facility': (p) =>
      `the rubric has no facility "${p.facility}"${p.suggestion ? `: did you mean "${p.suggestion}"?` : ''}`,
    'costs.event': (p) =>
      `"${p.metric}" records an event (criterion ${p.criterion}): what happened cannot be fixed, so it has no price; remove it`,
    'costs.choice': (p) =>
      `"${p.metric}" is a choice (an award or brand held): it is history, not a fix, so it has no price; remove it`,
    'costs.size-only': (p) =>
      `"${p.metric}" is only a size the criteria divide by (households, people): changing it is no fix; check this price is meant`,
    'costs.money': (p) => `"${p.value}" is not an amount of money: write 元 as a number (30000) or 3万元`,
    'costs.no-price': () =>
      'this fix has no price: give fixed: (once) or per-unit: (per ㎡, person or percentage point), or both',
    'costs.per-unit-flag': (p) =>
      `"${p.metric}" is a yes/no item: it has no units to price; write its price as fixed:`,
    'costs.also-type': (p) =>
      `"${p.also}" is not measured like "${p.metric}": also: lists metrics of the same kind (areas with areas)`,
    'costs.also-self': (p) =>
      `also: names "${p.metric}" itself: list only the other metrics the same work moves`,
    'costs.shared-kind': () =>
      'shared: is for a facility or a yes/no item one station can serve (a health station for 2–3 communities)',
    'costs.way-twice': (p) =>
      `the way "${p.way}" is priced twice for this item: the second price is a second option; give it a title: if it is meant`,
    'costs.unpriced': (p) => `not priced, so never proposed as a fix: ${p.metrics}`,
    'costs.quotes-here': () =>
      "a district's cost file and a community's quote are separate files: the quote has community:, the district's file has quotes: allow or forbid",
    'costs.quote-forbidden': (p) =>
      `the quote of ${p.community} is not used: the district's cost file ${p.costs} says quotes: forbid`,
    'costs.quote-rubric': (p) =>
      `this quote prices rubric "${p.rubric}", which no district cost file prices (${p.expected})`,
    'costs.quote-unknown': (p) => `no community "${p.community}" is among the files: its quote is not used`,
  },
  {
    'assessment.is-costs': () => '这是成本文件（整改成本），不是自评文件，已跳过（请用 plan --costs 指定）',
    'costs.rubric-differs': (p) =>
      `成本文件为评分细则“${p.rubric}”定价，但各文件按 ${p.expected} 评分：请在 rubric: 处写所定价评分细则的编号`,
    'costs.unknown-metric': (p) =>
      `评分细则中没有指标“${p.metric}”${p.suggestion ? `：是否指“${p.suggestion}”？` : ''}`,
    'costs.unknown-facility': (p) =>
      `评分细则中没有设施“${p.facility}”${p.suggestion ? `：是否指“${p.suggestion}”？` : ''}`,
    'costs.event': (p) =>
      `“${p.metric}”记录的是已发生的事件（评分项 ${p.criterion}），无法整改，不能定价：请删去`,
    'costs.choice': (p) => `“${p.metric}”是选项（已获称号或品牌），属于既往情况而非整改项，不能定价：请删去`,
    'costs.size-only': (p) =>
      `“${p.metric}”只是评分时作除数的规模（户数、人数），改变它不算整改：请确认此价格确有必要`,
    'costs.money': (p) => `“${p.value}”不是金额：请以元为单位写数字（30000）或写作 3万元`,
    'costs.no-price': () =>
      '此整改项没有价格：请写 fixed:（一次性费用）或 per-unit:（每平方米、每人或每个百分点），或两者都写',
    'costs.per-unit-flag': (p) => `“${p.metric}”是“是/否”项，没有可计价的数量：请用 fixed: 写价格`,
    'costs.also-type': (p) => `“${p.also}”与“${p.metric}”的计量方式不同：also: 只列同类指标（面积对面积）`,
    'costs.also-self': (p) => `also: 列出了“${p.metric}”本身：只需列出同一工程还会带动的其他指标`,
    'costs.shared-kind': () =>
      'shared: 只用于可由多个社区共用的设施或“是/否”项（如每2-3个社区共建1个卫生服务站）',
    'costs.way-twice': (p) =>
      `此项的“${p.way}”方式定价两次：第二个价格将作为另一方案；如确有此意，请加 title: 区分`,
    'costs.unpriced': (p) => `以下指标未定价，不会作为整改项提出：${p.metrics}`,
    'costs.quotes-here': () =>
      '区成本文件与社区自报价格应分开：社区报价文件写 community:，区成本文件写 quotes: allow 或 forbid',
    'costs.quote-forbidden': (p) =>
      `未采用${p.community}的自报价格：区成本文件 ${p.costs} 规定 quotes: forbid（不允许自报）`,
    'costs.quote-rubric': (p) => `此报价针对评分细则“${p.rubric}”，但没有区成本文件为其定价（${p.expected}）`,
    'costs.quote-unknown': (p) => `各文件中没有社区“${p.community}”：其自报价格未采用`,
  },
  {
    'assessment.is-costs': () => '這是成本檔案（改善成本），不是自評檔案，已略過（請用 plan --costs 指定）',
    'costs.rubric-differs': (p) =>
      `成本檔案為評分細則「${p.rubric}」定價，但各檔案依 ${p.expected} 評分：請在 rubric: 處寫所定價評分細則的代碼`,
    'costs.unknown-metric': (p) =>
      `評分細則中沒有指標「${p.metric}」${p.suggestion ? `：是否指「${p.suggestion}」？` : ''}`,
    'costs.unknown-facility': (p) =>
      `評分細則中沒有設施「${p.facility}」${p.suggestion ? `：是否指「${p.suggestion}」？` : ''}`,
    'costs.event': (p) =>
      `「${p.metric}」記錄的是已發生的事件（評分項目 ${p.criterion}），無法改善，不能定價：請刪除`,
    'costs.choice': (p) =>
      `「${p.metric}」是選項（已獲稱號或品牌），屬於過往情況而非改善項目，不能定價：請刪除`,
    'costs.size-only': (p) =>
      `「${p.metric}」只是評分時作除數的規模（戶數、人數），改變它不算改善：請確認此價格確有必要`,
    'costs.money': (p) => `「${p.value}」不是金額：請以元為單位寫數字（30000）或寫作 3萬元`,
    'costs.no-price': () =>
      '此改善項目沒有價格：請寫 fixed:（一次性費用）或 per-unit:（每平方公尺、每人或每個百分點），或兩者都寫',
    'costs.per-unit-flag': (p) => `「${p.metric}」是「是／否」項目，沒有可計價的數量：請用 fixed: 寫價格`,
    'costs.also-type': (p) =>
      `「${p.also}」與「${p.metric}」的計量方式不同：also: 只列同類指標（面積對面積）`,
    'costs.also-self': (p) => `also: 列出了「${p.metric}」本身：只需列出同一工程還會帶動的其他指標`,
    'costs.shared-kind': () =>
      'shared: 只用於可由多個社區共用的設施或「是／否」項目（如每2至3個社區共建1個衛生服務站）',
    'costs.way-twice': (p) =>
      `此項目的「${p.way}」方式定價兩次：第二個價格將作為另一方案；如確有此意，請加 title: 區分`,
    'costs.unpriced': (p) => `以下指標未定價，不會列為改善項目：${p.metrics}`,
    'costs.quotes-here': () =>
      '區成本檔案與社區自報價格應分開：社區報價檔案寫 community:，區成本檔案寫 quotes: allow 或 forbid',
    'costs.quote-forbidden': (p) =>
      `未採用${p.community}的自報價格：區成本檔案 ${p.costs} 規定 quotes: forbid（不允許自報）`,
    'costs.quote-rubric': (p) =>
      `此報價針對評分細則「${p.rubric}」，但沒有區成本檔案為其定價（${p.expected}）`,
    'costs.quote-unknown': (p) => `各檔案中沒有社區「${p.community}」：其自報價格未採用`,
  },
);
