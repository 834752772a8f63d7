import { defineMessages } from '../define.js';

/** civscore plan status (销号): a saved plan against the latest submissions. */
export const planStatusMessages = defineMessages(
  {
    'help.cmd.plan.status': () =>
      'close a saved plan (销号): which fixes are done, overdue, which quotas are met, what is left to pay',
    'help.arg.plan.status.plan': () => 'the plan saved by plan --format json --output plan.json',
    'help.opt.report.costs': () =>
      'a plan page (整改计划): what each fix costs (costs.yaml), as plan takes it (repeatable)',
    'help.arg.plan.status.inputs': () => 'the latest self-assessments (YAML, .xlsx, .csv), folders and globs',
    'report.plan': () => 'Improvement plan',
    'plan-status.heading': (p) => `Plan status: ${p.rubric} (${p.id}), ${p.period}`,
    'plan-status.days': (p) =>
      `Planned on ${p.plan}, judged on ${p.asOf}; the rubric is the plan's (sha256 ${p.sha})`,
    'plan-status.inspected': (p) =>
      `With the inspections (${p.files}; records: ${p.records}; as of ${p.asOf}): where a metric was inspected, the value found decides whether its fix is done, not the self-assessment`,
    'plan-status.lift': (p) => `${p.community} → ${p.tier}: ${p.now}`,
    'plan-status.lift-now': (p) => `now ${p.tier}`,
    'plan-status.lift-reached': (p) => `reached (now ${p.tier})`,
    'plan-status.lift-missing': () => 'no scored submission now',
    'plan-status.lift-now-conferred': (p) => `now meets the standard to apply for ${p.tier}`,
    'plan-status.lift-reached-conferred': (p) => `reached: meets the standard to apply for ${p.tier}`,
    'plan-status.no-tier': () => 'no tier',
    'plan-status.item': (p) => `${p.state}: ${p.fix} (${p.responsible}; due ${p.due}; ${p.cost})${p.now}`,
    'plan-status.item-unit': (p) => `${p.state}: ${p.fix} (due ${p.due})${p.now}`,
    'plan-status.now': (p) => `; now ${p.value}`,
    'plan-status.station': (p) => `Shared ${p.item} for ${p.communities}: ${p.state} (${p.cost})`,
    'plan-status.station-done': () => 'done',
    'plan-status.station-open': () => 'not done',
    'plan-status.quota': (p) =>
      `${p.quota}${p.key}: now ${p.reached} of ${p.n} (${p.share}), target ${p.bound}: ${p.verdict}`,
    'plan-status.verdict.met': () => 'met',
    'plan-status.verdict.short': (p) => `short by ${p.delta}`,
    'plan-status.verdict.over': (p) => `over by ${p.delta}`,
    'plan-status.verdict.masked': () => 'the target is masked in the source',
    'plan-status.verdict.provisional': (p) => `${p.verdict} (provisional: some communities are in doubt)`,
    'plan-status.remaining': (p) => `Still to pay in this table: ${p.cost}`,
    'plan-status.summary': (p) =>
      `${p.done} of ${p.items} fixes done (${p.closed} closed), ${p.overdue} overdue; the rest of the plan costs ${p.remaining}`,
    'plan-status.all-met': () => 'Every quota is met: the plan can be closed (销号)',
    'plan-status.not-met': () => 'Not every quota is met yet',
    'plan-status.col.state': () => 'Status',
    'plan-status.col.due': () => 'Due',
    'plan-status.col.now': () => 'Now',
    'plan-status.col.now-source': () => 'Value now from',
    'plan-status.option-usage': (p) => `${p.option} is an option of plan, not of plan status`,
    'plan-status.not-a-plan': (p) =>
      `${p.file} is not a plan saved by civscore plan (save one with plan --format json --output plan.json)`,
    'plan-status.no-table': (p) =>
      `no submission among the inputs is judged by the plan's rubric “${p.rubric}” for ${p.period}: give the latest submissions of that period`,
    'plan-status.rubric-changed': (p) =>
      `the plan was made by another version of the rubric ${p.rubric} (sha256 ${p.planned}, now ${p.now}): it is not compared; make a new plan`,
  },
  {
    'help.cmd.plan.status': () =>
      '整改计划销号：对照最新自评，列出已完成、已逾期的整改项，配额是否达到，剩余费用',
    'help.arg.plan.status.plan': () => '用 plan --format json --output plan.json 保存的计划',
    'help.opt.report.costs': () =>
      '加一页整改计划：各项整改的成本文件（costs.yaml），与 plan 相同（可多次指定）',
    'help.arg.plan.status.inputs': () => '最新的自评文件（YAML、.xlsx、.csv）、文件夹或通配符',
    'report.plan': () => '整改计划',
    'plan-status.heading': (p) => `整改计划销号：${p.rubric}（${p.id}），${p.period}`,
    'plan-status.days': (p) => `计划日期${p.plan}，对照日期${p.asOf}；评分细则与计划一致（sha256 ${p.sha}）`,
    'plan-status.inspected': (p) =>
      `按督查核实的数值对照（${p.files}：督查记录${p.records}条，截至${p.asOf}）：经督查的指标，以督查实测值而非自评表判断整改是否完成`,
    'plan-status.lift': (p) => `${p.community} → ${p.tier}：${p.now}`,
    'plan-status.lift-now': (p) => `现为${p.tier}`,
    'plan-status.lift-reached': (p) => `已达到（现为${p.tier}）`,
    'plan-status.lift-missing': () => '现在没有可评分的自评',
    'plan-status.lift-now-conferred': (p) => `现达到${p.tier}申报标准`,
    'plan-status.lift-reached-conferred': (p) => `已达到${p.tier}申报标准`,
    'plan-status.no-tier': () => '未达任何等级',
    'plan-status.item': (p) => `${p.state}：${p.fix}（${p.responsible}；${p.due}前；${p.cost}）${p.now}`,
    'plan-status.item-unit': (p) => `${p.state}：${p.fix}（${p.due}前）${p.now}`,
    'plan-status.now': (p) => `，现为${p.value}`,
    'plan-status.station': (p) => `共建${p.item}（${p.communities}）：${p.state}（${p.cost}）`,
    'plan-status.station-done': () => '已建成',
    'plan-status.station-open': () => '未建成',
    'plan-status.quota': (p) =>
      `${p.quota}${p.key}：现${p.reached}/${p.n}个（${p.share}），目标${p.bound}：${p.verdict}`,
    'plan-status.verdict.met': () => '已达到',
    'plan-status.verdict.short': (p) => `还差${p.delta}个`,
    'plan-status.verdict.over': (p) => `超出${p.delta}个`,
    'plan-status.verdict.masked': () => '原文目标隐去',
    'plan-status.verdict.provisional': (p) => `${p.verdict}（暂定：有社区情况待定）`,
    'plan-status.remaining': (p) => `本表剩余费用：${p.cost}`,
    'plan-status.summary': (p) =>
      `已完成${p.done}/${p.items}项（已销号${p.closed}项），逾期${p.overdue}项；计划剩余费用${p.remaining}`,
    'plan-status.all-met': () => '全部配额已达到：计划可以销号',
    'plan-status.not-met': () => '尚有配额未达到',
    'plan-status.col.state': () => '状态',
    'plan-status.col.due': () => '完成时限',
    'plan-status.col.now': () => '现状',
    'plan-status.col.now-source': () => '现值来源',
    'plan-status.option-usage': (p) => `${p.option} 是 plan 的选项，plan status 不用`,
    'plan-status.not-a-plan': (p) =>
      `${p.file} 不是 civscore plan 保存的计划（请用 plan --format json --output plan.json 保存）`,
    'plan-status.no-table': (p) =>
      `输入中没有按计划的评分细则“${p.rubric}”（${p.period}）评分的自评：请提供该期的最新自评`,
    'plan-status.rubric-changed': (p) =>
      `计划是按另一版本的评分细则 ${p.rubric} 制定的（sha256 ${p.planned}，现为 ${p.now}），不予对照；请重新制定计划`,
  },
  {
    'help.cmd.plan.status': () =>
      '改善計畫結案：對照最新自評，列出已完成、已逾期的改善項目，配額是否達到，剩餘費用',
    'help.arg.plan.status.plan': () => '用 plan --format json --output plan.json 儲存的計畫',
    'help.opt.report.costs': () =>
      '加一頁改善計畫：各項改善的成本檔案（costs.yaml），與 plan 相同（可多次指定）',
    'help.arg.plan.status.inputs': () => '最新的自評檔案（YAML、.xlsx、.csv）、資料夾或萬用字元',
    'report.plan': () => '改善計畫',
    'plan-status.heading': (p) => `改善計畫結案：${p.rubric}（${p.id}），${p.period}`,
    'plan-status.days': (p) => `計畫日期${p.plan}，對照日期${p.asOf}；評分細則與計畫一致（sha256 ${p.sha}）`,
    'plan-status.inspected': (p) =>
      `依督查核實的數值對照（${p.files}：督查紀錄${p.records}筆，截至${p.asOf}）：經督查的指標，以督查實測值而非自評表判斷改善是否完成`,
    'plan-status.lift': (p) => `${p.community} → ${p.tier}：${p.now}`,
    'plan-status.lift-now': (p) => `現為${p.tier}`,
    'plan-status.lift-reached': (p) => `已達到（現為${p.tier}）`,
    'plan-status.lift-missing': () => '現在沒有可評分的自評',
    'plan-status.lift-now-conferred': (p) => `現達到${p.tier}申報標準`,
    'plan-status.lift-reached-conferred': (p) => `已達到${p.tier}申報標準`,
    'plan-status.no-tier': () => '未達任何等級',
    'plan-status.item': (p) => `${p.state}：${p.fix}（${p.responsible}；${p.due}前；${p.cost}）${p.now}`,
    'plan-status.item-unit': (p) => `${p.state}：${p.fix}（${p.due}前）${p.now}`,
    'plan-status.now': (p) => `，現為${p.value}`,
    'plan-status.station': (p) => `共建${p.item}（${p.communities}）：${p.state}（${p.cost}）`,
    'plan-status.station-done': () => '已建成',
    'plan-status.station-open': () => '未建成',
    'plan-status.quota': (p) =>
      `${p.quota}${p.key}：現${p.reached}/${p.n}個（${p.share}），目標${p.bound}：${p.verdict}`,
    'plan-status.verdict.met': () => '已達到',
    'plan-status.verdict.short': (p) => `還差${p.delta}個`,
    'plan-status.verdict.over': (p) => `超出${p.delta}個`,
    'plan-status.verdict.masked': () => '原文目標隱去',
    'plan-status.verdict.provisional': (p) => `${p.verdict}（暫定：有社區情況待定）`,
    'plan-status.remaining': (p) => `本表剩餘費用：${p.cost}`,
    'plan-status.summary': (p) =>
      `已完成${p.done}/${p.items}項（已結案${p.closed}項），逾期${p.overdue}項；計畫剩餘費用${p.remaining}`,
    'plan-status.all-met': () => '全部配額已達到：計畫可以結案',
    'plan-status.not-met': () => '尚有配額未達到',
    'plan-status.col.state': () => '狀態',
    'plan-status.col.due': () => '完成時限',
    'plan-status.col.now': () => '現狀',
    'plan-status.col.now-source': () => '現值來源',
    'plan-status.option-usage': (p) => `${p.option} 是 plan 的選項，plan status 不用`,
    'plan-status.not-a-plan': (p) =>
      `${p.file} 不是 civscore plan 儲存的計畫（請用 plan --format json --output plan.json 儲存）`,
    'plan-status.no-table': (p) =>
      `輸入中沒有按計畫的評分細則「${p.rubric}」（${p.period}）評分的自評：請提供該期的最新自評`,
    'plan-status.rubric-changed': (p) =>
      `計畫是按另一版本的評分細則 ${p.rubric} 制定的（sha256 ${p.planned}，現為 ${p.now}），不予對照；請重新制定計畫`,
  },
);
