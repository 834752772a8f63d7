import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/**
 * Inspections (督查): the inspections file and its records, what they found (虚报, 整改 overdue),
 * and the words of the inspection section and bulletin (通报). The inspector's vocabulary in every
 * language: 明查 (announced), 暗访 (unannounced), 复查 (re-inspection), 整改时限 (deadline), 虚报
 * (overstated), 通报 (bulletin).
 */
/** A community as people read it: its name with its id (桃李社区（taoli）), or the id alone. */
const who = (p: { community?: string; name?: string }, open: string, close: string) =>
  p.name ? `${p.name}${open}${p.community}${close}` : `${p.community}${open === ' (' ? '' : ' '}`;

/** A record's field as the inspections template heads its column (the core gives the field's id). */
const FIELD_CN: Record<string, string> = {
  community: '社区编号',
  metric: '指标',
  value: '督查值',
  finding: '发现问题',
  date: '督查日期',
  inspector: '督查人',
  kind: '督查方式',
  deduct: '扣分',
  deadline: '整改时限',
  fixed: '已整改',
  period: '年度',
};
const FIELD_TW: Record<string, string> = {
  ...FIELD_CN,
  community: '社區編號',
  metric: '指標',
  finding: '發現問題',
  deadline: '整改時限',
};
const fieldCN = (p: { field?: string }) => FIELD_CN[p.field ?? ''] ?? p.field ?? '';
const fieldTW = (p: { field?: string }) => FIELD_TW[p.field ?? ''] ?? p.field ?? '';

export const inspectionMessages = defineMessages(
  {
    'assessment.is-inspections': () =>
      'this is an inspections file (督查记录), not a self-assessment; skipped (pass it to check, rank, report, trend or plan with --inspections)',
    'inspection.not-a-list': () =>
      'an inspections file lists its records under `records:` (community, metric, value or finding, date, inspector, kind)',
    'inspection.empty': () => 'the inspections file lists no record: nothing was inspected',
    'inspection.unread': (p) =>
      `--inspections ${p.files}: the file could not be read (see above), so no score was worked out: scoring without it would show self-reports as inspected; fix the file, or leave it out of --inspections`,
    'inspection.header': (p) =>
      `the inspections sheet has no column for ${p.fields}: name the columns 社区编号, 指标, 督查值, 督查日期, 督查人, 督查方式 (or community, metric, value, date, inspector, kind)`,
    'inspection.unknown-key': (p) =>
      `"${p.key}" is not a field of an inspection record; it is ignored (fields: community, metric, value, finding, date, inspector, kind, deduct, deadline, fixed, period)`,
    'inspection.field-missing': (p) =>
      `this inspection record has no ${p.field}: it is not applied; fill it in`,
    'inspection.bad-id': (p) =>
      `"${p.actual}" is not a community id (letters, digits, - _ .): the record is not applied`,
    'inspection.bad-date': (p) =>
      `${p.field} "${p.actual}" is not a day: write it as YYYY-MM-DD (e.g. 2005-11-20); the record is not applied`,
    'inspection.bad-kind': (p) =>
      `"${p.actual}" is not a kind of inspection: write 明查 (announced), 暗访 (unannounced) or 复查 (re-inspection); the record is not applied`,
    'inspection.bad-number': (p) =>
      `${p.field} "${p.actual}" is not a number of points at or above 0; the record is not applied`,
    'inspection.bad-flag': (p) =>
      `${p.field} "${p.actual}" is neither yes nor no (是/否, true/false); the record is not applied`,
    'inspection.bad-period': (p) =>
      `period "${p.actual}" is not a year or a month (2005, 2005-03); the record is not applied`,
    'inspection.no-value': () =>
      'this inspection record gives neither the value found nor a finding: it is not applied; fill in one of them',
    'inspection.deadline-before': (p) =>
      `the deadline for rectification (整改时限) ${p.deadline} is before the inspection day ${p.date}; the record is not applied`,
    'inspection.date-after-period': (p) =>
      `the inspection day ${p.date} is more than a year after the period it checks (${p.period}): the record is not applied; correct the day, or give the record its period`,
    'inspection.duplicate': (p) =>
      `the same inspection of ${p.metric} (community ${p.community}, ${p.date}) is already listed at ${p.first}: counted once (its deduction too); delete one of them`,
    'inspection.conflict': (p) =>
      `the inspection of ${p.metric} (community ${p.community}, ${p.date}) is already listed at ${p.first} with another value, deduction, deadline or verdict: neither record is applied; keep only the one the inspector signed`,
    'inspection.unknown-community': (p) =>
      `no self-assessment of community "${p.community}" for ${p.period} was judged: this inspection record is not applied${p.suggestion ? `; did you mean "${p.suggestion}"?` : '; check the id, or give the record its period'}`,
    'inspection.id-case': (p) =>
      `this record names community "${p.community}", whose own file writes "${p.id}": applied to it (ids that differ only in letter case are one community); write the id as the community does`,
    'inspection.unknown-metric': (p) =>
      `"${p.metric}" (community ${p.community}) is not a metric of rubric “${p.rubric}”: the record is not applied${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'inspection.bad-value': (p) =>
      `the inspected value "${p.actual}" of ${p.metric} (community ${p.community}) cannot be read as that metric's value: the record is not applied`,
    'inspection.overstated': (p) =>
      `overstated (虚报): ${who(p, ' (', ')')} reported ${p.metric} as ${p.reported}, the inspection found ${p.found} (${String(p.points) === '0' ? `a condition worth no points, ${p.closedOn ? '' : 'now '}not met` : `${counted(p.points, 'point')} lost`}${p.closedOn ? ` at that inspection; put right by the re-inspection (复查) of ${p.closedOn}` : ''})`,
    'inspection.overdue': (p) =>
      `overdue: ${who(p, ' (', ')')}: the rectification of ${p.metric} was due by ${p.deadline} and no re-inspection (复查) has closed it as of ${p.asOf}`,
    'inspection.summary': (p) =>
      `Verified by inspection: self-reported ${counted(p.self, 'point')}, difference ${p.diff} (${p.deducted} deducted)`,
    'inspection.metric-line': (p) =>
      `${p.metric}: reported ${p.reported}, found ${p.found} (${p.kind}, ${p.date}, ${p.inspector})${p.marks}`,
    'inspection.kind.announced': () => 'announced (明查)',
    'inspection.kind.unannounced': () => 'unannounced (暗访)',
    'inspection.kind.reinspection': () => 're-inspection (复查)',
    'inspection.status.closed': (p) => `closed ${p.date}`,
    'inspection.status.open': (p) => `open, due ${p.deadline}`,
    'inspection.status.overdue': (p) => `overdue since ${p.deadline}`,
    'inspection.uninspected': () => 'not inspected',
    'inspection.overstated-mark': () => 'overstated',
    'inspection.veto': () => 'overstatement veto (一票否决)',
    'inspection.deducted': (p) => `−${p.points} deducted`,
    'inspection.section': () => 'Inspections (督查)',
    'inspection.section-note': (p) =>
      `Scores and quotas are judged on the verified figures: an inspector's value replaces the self-reported one. ${p.inspected} of ${counted(p.total, 'community', 'communities')} inspected, ${p.overstated} overstated (虚报), ${counted(p.overdue, 'rectification')} overdue as of ${p.asOf}.`,
    'inspection.bulletin': () => 'Inspection bulletin (通报)',
    'inspection.col.self': () => 'Self-reported',
    'inspection.veto-mark': () => 'overstated, vetoed',
    'inspection.overdue-mark': () => 'overdue',
    'inspection.col.difference': () => 'Difference',
    'inspection.col.state': () => 'Inspection',
    'inspection.col.community': () => 'Community',
    'inspection.col.metric': () => 'Item',
    'inspection.col.reported': () => 'Reported',
    'inspection.col.found': () => 'Found',
    'inspection.col.inspection': () => 'Inspected (kind, day, inspector)',
    'inspection.col.finding': () => 'Finding',
    'inspection.col.deadline': () => 'Deadline (整改时限)',
    'inspection.col.status': () => 'Rectification',
    'inspection.no-bulletin': () => 'No inspection record applies to the communities ranked.',
    'inspection.uninspected-list': (p) => `Not inspected (未督查): ${p.names}`,
    'inspection.template-title': () => 'Inspections',
    'inspection.template-metrics': () => 'Metrics',
    'inspection.template-metric-id': () => 'metric id (write it, or its title, under metric)',
    'inspection.template-metric-title': () => 'title',
    'inspection.template-metric-unit': () => 'how to write the value',
    'inspection.book.col.community': () => 'community',
    'inspection.book.col.name': () => 'name',
    'inspection.book.col.metric': () => 'metric',
    'inspection.book.col.value': () => 'value',
    'inspection.book.col.finding': () => 'finding',
    'inspection.book.col.date': () => 'date',
    'inspection.book.col.inspector': () => 'inspector',
    'inspection.book.col.kind': () => 'kind',
    'inspection.book.col.deduct': () => 'deduct',
    'inspection.book.col.deadline': () => 'deadline',
    'inspection.book.col.fixed': () => 'fixed',
    'inspection.book.col.period': () => 'period',
    'inspection.book.kind.announced': () => 'announced',
    'inspection.book.kind.unannounced': () => 'unannounced',
    'inspection.book.kind.reinspection': () => 'reinspection',
    'inspection.book.yaml.value': () => 'the value found (督查值), or:',
    'inspection.book.yaml.finding': () => 'what was found (发现问题)',
    'inspection.book.yaml.date': () => 'day of the inspection (督查日期), YYYY-MM-DD',
    'inspection.book.yaml.inspector': () => 'who inspected (督查人)',
    'inspection.book.yaml.deduct': () => 'points off (扣分)',
    'inspection.book.yaml.deadline': () => 'deadline for rectification (整改时限), YYYY-MM-DD',
    'inspection.template-notes': () => 'How to fill in',
    'inspection.template-note-1': () =>
      'One row per community and metric inspected: community (its id), metric (its id or title, see Metrics), the value found and/or the finding, the date (YYYY-MM-DD), the inspector and the kind: announced (明查), unannounced (暗访) or re-inspection (复查).',
    'inspection.template-note-2': () =>
      "The value found replaces the community's self-reported one: its score is judged on what was found (the verified score). A value that loses points the self-assessment claimed is overstatement (虚报).",
    'inspection.template-note-3': () =>
      'deadline: the deadline for rectification (整改时限). A later re-inspection (复查) of the same metric closes the item (销号) when fixed is yes, or when the value it found meets the criteria; otherwise the item stays open, and is overdue after its deadline.',
    'inspection.template-note-4': () =>
      "deduct: points the rubric's scoring rules take off for what was found; period: the self-assessment's period when it is not the year of the date.",
    'inspection.template-note-5': () =>
      'Pass the file to check, rank, report, trend or plan with --inspections; a row with a problem is named by its cell and left out, the others still apply.',
    'help.opt.init.inspections': () =>
      "the inspectors' template (督查记录: 明查, 暗访, 复查) instead of a self-assessment's; xlsx, csv or yaml",
    'help.opt.inspections': () =>
      'inspections (督查): a YAML, .xlsx or .csv file, or a folder of them; inspected values replace self-reported ones',
  },
  {
    'assessment.is-inspections': () =>
      '这是督查记录文件，不是自评文件；已跳过（请用 --inspections 传给 check、rank、report、trend 或 plan）',
    'inspection.not-a-list': () =>
      '督查文件应在 `records:` 下逐条列出督查记录（社区、指标、督查值或发现、日期、督查人、方式）',
    'inspection.empty': () => '督查文件中没有任何记录：没有督查内容',
    'inspection.unread': (p) =>
      `--inspections ${p.files}：文件无法读取（见上方），因此没有计算得分；不带它计算，会把自评数值当作督查核实的结果；请修正该文件，或不把它放进 --inspections`,
    'inspection.header': (p) =>
      `督查表缺少 ${p.fields} 列：请把列名写为 社区编号、指标、督查值、督查日期、督查人、督查方式`,
    'inspection.unknown-key': (p) =>
      `“${p.key}”不是督查记录的字段，已忽略（字段：community、metric、value、finding、date、inspector、kind、deduct、deadline、fixed、period）`,
    'inspection.field-missing': (p) => `此条督查记录缺少${fieldCN(p)}：未采用；请补填`,
    'inspection.bad-id': (p) => `“${p.actual}”不是社区编号（字母、数字、- _ .）：此条记录未采用`,
    'inspection.bad-date': (p) =>
      `${fieldCN(p)}“${p.actual}”不是日期：请写为 YYYY-MM-DD（如 2005-11-20）；此条记录未采用`,
    'inspection.bad-kind': (p) => `“${p.actual}”不是督查方式：请写明查、暗访或复查；此条记录未采用`,
    'inspection.bad-number': (p) => `${fieldCN(p)}“${p.actual}”不是不小于 0 的分值；此条记录未采用`,
    'inspection.bad-flag': (p) => `${fieldCN(p)}“${p.actual}”既不是“是”也不是“否”；此条记录未采用`,
    'inspection.bad-period': (p) => `年度“${p.actual}”不是年份或月份（2005、2005-03）；此条记录未采用`,
    'inspection.no-value': () => '此条督查记录既无督查值也无发现问题：未采用；请填写其中一项',
    'inspection.deadline-before': (p) => `整改时限 ${p.deadline} 早于督查日期 ${p.date}；此条记录未采用`,
    'inspection.date-after-period': (p) =>
      `督查日期 ${p.date} 比所核查的年度（${p.period}）晚一年以上：此条记录未采用；请更正日期，或为记录注明年度`,
    'inspection.duplicate': (p) =>
      `社区 ${p.community} 的${p.metric}在 ${p.date} 的同一次督查已在 ${p.first} 列出：只计一次（扣分也只计一次）；请删去其中一条`,
    'inspection.conflict': (p) =>
      `社区 ${p.community} 的${p.metric}在 ${p.date} 的同一次督查已在 ${p.first} 列出，但督查值、扣分、整改时限或整改结论不同：两条记录均未采用；请只保留督查人签字的那一条`,
    'inspection.unknown-community': (p) =>
      `未评定社区“${p.community}”${p.period}年度的自评：此条督查记录未采用${p.suggestion ? `；是否应为“${p.suggestion}”？` : '；请核对社区编号，或为记录注明年度'}`,
    'inspection.id-case': (p) =>
      `此条记录的社区编号“${p.community}”在该社区自评中写作“${p.id}”：已对该社区采用（只有字母大小写不同的编号是同一个社区）；请按社区的写法填写编号`,
    'inspection.unknown-metric': (p) =>
      `“${p.metric}”（社区 ${p.community}）不是评分细则“${p.rubric}”的指标：此条记录未采用${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'inspection.bad-value': (p) =>
      `${p.metric}（社区 ${p.community}）的督查值“${p.actual}”无法按该指标读取：此条记录未采用`,
    'inspection.overstated': (p) =>
      `虚报：${who(p, '（', '）')}自报${p.metric}为 ${p.reported}，督查实测为 ${p.found}（${p.closedOn ? '该次督查' : ''}${String(p.points) === '0' ? '该项不计分，但条件未达到' : `失分 ${p.points} 分`}${p.closedOn ? `；${p.closedOn} 复查已整改` : ''}）`,
    'inspection.overdue': (p) =>
      `逾期未整改：${who(p, '（', '）')}的${p.metric}整改时限为 ${p.deadline}，截至 ${p.asOf} 未经复查销号`,
    'inspection.summary': (p) => `督查核定：自评 ${p.self} 分，差值 ${p.diff} 分（扣 ${p.deducted} 分）`,
    'inspection.metric-line': (p) =>
      `${p.metric}：自报 ${p.reported}，实测 ${p.found}（${p.kind}，${p.date}，${p.inspector}）${p.marks}`,
    'inspection.kind.announced': () => '明查',
    'inspection.kind.unannounced': () => '暗访',
    'inspection.kind.reinspection': () => '复查',
    'inspection.status.closed': (p) => `已销号（${p.date}）`,
    'inspection.status.open': (p) => `整改中，时限 ${p.deadline}`,
    'inspection.status.overdue': (p) => `逾期未整改（时限 ${p.deadline}）`,
    'inspection.uninspected': () => '未督查',
    'inspection.overstated-mark': () => '虚报',
    'inspection.veto': () => '虚报，一票否决',
    'inspection.deducted': (p) => `扣 ${p.points} 分`,
    'inspection.section': () => '督查情况',
    'inspection.section-note': (p) =>
      `得分和指标均按督查核定的数据判定：督查值取代自报值。共督查 ${p.inspected} 个社区（共 ${p.total} 个），虚报 ${p.overstated} 个，截至 ${p.asOf} 逾期未整改 ${p.overdue} 项。`,
    'inspection.bulletin': () => '督查通报',
    'inspection.col.self': () => '自评分',
    'inspection.veto-mark': () => '虚报否决',
    'inspection.overdue-mark': () => '逾期',
    'inspection.col.difference': () => '差值',
    'inspection.col.state': () => '督查情况',
    'inspection.col.community': () => '社区',
    'inspection.col.metric': () => '督查项目',
    'inspection.col.reported': () => '自报',
    'inspection.col.found': () => '实测',
    'inspection.col.inspection': () => '督查（方式、日期、督查人）',
    'inspection.col.finding': () => '发现问题',
    'inspection.col.deadline': () => '整改时限',
    'inspection.col.status': () => '整改情况',
    'inspection.no-bulletin': () => '没有适用于所排名社区的督查记录。',
    'inspection.uninspected-list': (p) => `未督查：${p.names}`,
    'inspection.template-title': () => '督查记录',
    'inspection.template-metrics': () => '指标',
    'inspection.template-metric-id': () => '指标代码（在“指标”列填写代码或名称）',
    'inspection.template-metric-title': () => '指标名称',
    'inspection.template-metric-unit': () => '督查值的写法',
    'inspection.book.col.community': () => '社区编号',
    'inspection.book.col.name': () => '社区名称',
    'inspection.book.col.metric': () => '指标',
    'inspection.book.col.value': () => '督查值',
    'inspection.book.col.finding': () => '发现问题',
    'inspection.book.col.date': () => '督查日期',
    'inspection.book.col.inspector': () => '督查人',
    'inspection.book.col.kind': () => '督查方式',
    'inspection.book.col.deduct': () => '扣分',
    'inspection.book.col.deadline': () => '整改时限',
    'inspection.book.col.fixed': () => '已整改',
    'inspection.book.col.period': () => '年度',
    'inspection.book.kind.announced': () => '明查',
    'inspection.book.kind.unannounced': () => '暗访',
    'inspection.book.kind.reinspection': () => '复查',
    'inspection.book.yaml.value': () => '督查值，或：',
    'inspection.book.yaml.finding': () => '发现问题',
    'inspection.book.yaml.date': () => '督查日期 YYYY-MM-DD',
    'inspection.book.yaml.inspector': () => '督查人',
    'inspection.book.yaml.deduct': () => '扣分',
    'inspection.book.yaml.deadline': () => '整改时限 YYYY-MM-DD',
    'inspection.template-notes': () => '填写说明',
    'inspection.template-note-1': () =>
      '每个社区的每项督查指标填一行：社区编号、指标（代码或名称，见“指标”表）、督查值和/或发现问题、督查日期（YYYY-MM-DD）、督查人、督查方式（明查、暗访或复查）。',
    'inspection.template-note-2': () =>
      '督查值取代社区的自报值，得分按督查核定的数据评定；督查值使自评所报的分数落空的，即为虚报。',
    'inspection.template-note-3': () =>
      '整改时限：须完成整改的日期。此后对同一指标的复查，“已整改”填“是”或复查值达到要求的，予以销号；否则仍在整改中，过了整改时限即为逾期未整改。',
    'inspection.template-note-4': () =>
      '扣分：按评分细则对发现问题扣除的分数；年度：所督查自评的年度（与督查日期的年份不同时填写）。',
    'inspection.template-note-5': () =>
      '用 --inspections 把本表传给 check、rank、report、trend 或 plan；有问题的行会按单元格指出并不予采用，其余各行照常采用。',
    'help.opt.init.inspections': () =>
      '生成督查记录模板（明查、暗访、复查），而不是自评模板；可为 xlsx、csv 或 yaml',
    'help.opt.inspections': () => '督查记录：YAML、.xlsx 或 .csv 文件，或其所在文件夹；督查值取代自报值',
  },
  {
    'assessment.is-inspections': () =>
      '這是督查記錄檔案，不是自評檔案；已跳過（請用 --inspections 傳給 check、rank、report、trend 或 plan）',
    'inspection.not-a-list': () =>
      '督查檔案應在 `records:` 下逐條列出督查記錄（社區、指標、督查值或發現、日期、督查人、方式）',
    'inspection.empty': () => '督查檔案中沒有任何記錄：沒有督查內容',
    'inspection.unread': (p) =>
      `--inspections ${p.files}：檔案無法讀取（見上方），因此沒有計算得分；不帶它計算，會把自評數值當作督查核實的結果；請修正該檔案，或不把它放進 --inspections`,
    'inspection.header': (p) =>
      `督查表缺少 ${p.fields} 欄：請把欄名寫為 社區編號、指標、督查值、督查日期、督查人、督查方式`,
    'inspection.unknown-key': (p) =>
      `「${p.key}」不是督查記錄的欄位，已忽略（欄位：community、metric、value、finding、date、inspector、kind、deduct、deadline、fixed、period）`,
    'inspection.field-missing': (p) => `此條督查記錄缺少${fieldTW(p)}：未採用；請補填`,
    'inspection.bad-id': (p) => `「${p.actual}」不是社區編號（字母、數字、- _ .）：此條記錄未採用`,
    'inspection.bad-date': (p) =>
      `${fieldTW(p)}「${p.actual}」不是日期：請寫為 YYYY-MM-DD（如 2005-11-20）；此條記錄未採用`,
    'inspection.bad-kind': (p) => `「${p.actual}」不是督查方式：請寫明查、暗訪或複查；此條記錄未採用`,
    'inspection.bad-number': (p) => `${fieldTW(p)}「${p.actual}」不是不小於 0 的分值；此條記錄未採用`,
    'inspection.bad-flag': (p) => `${fieldTW(p)}「${p.actual}」既不是「是」也不是「否」；此條記錄未採用`,
    'inspection.bad-period': (p) => `年度「${p.actual}」不是年份或月份（2005、2005-03）；此條記錄未採用`,
    'inspection.no-value': () => '此條督查記錄既無督查值也無發現問題：未採用；請填寫其中一項',
    'inspection.deadline-before': (p) => `改善期限 ${p.deadline} 早於督查日期 ${p.date}；此條記錄未採用`,
    'inspection.date-after-period': (p) =>
      `督查日期 ${p.date} 比所核查的年度（${p.period}）晚一年以上：此條記錄未採用；請更正日期，或為記錄註明年度`,
    'inspection.duplicate': (p) =>
      `社區 ${p.community} 的${p.metric}在 ${p.date} 的同一次督查已在 ${p.first} 列出：只計一次（扣分也只計一次）；請刪去其中一筆`,
    'inspection.conflict': (p) =>
      `社區 ${p.community} 的${p.metric}在 ${p.date} 的同一次督查已在 ${p.first} 列出，但督查值、扣分、改善期限或改善結論不同：兩筆記錄均未採用；請只保留督查人簽名的那一筆`,
    'inspection.unknown-community': (p) =>
      `未評定社區「${p.community}」${p.period}年度的自評：此條督查記錄未採用${p.suggestion ? `；是否應為「${p.suggestion}」？` : '；請核對社區編號，或為記錄註明年度'}`,
    'inspection.id-case': (p) =>
      `此筆記錄的社區編號「${p.community}」在該社區自評中寫作「${p.id}」：已對該社區採用（僅英文字母大小寫不同的編號視為同一個社區）；請依社區的寫法填寫編號`,
    'inspection.unknown-metric': (p) =>
      `「${p.metric}」（社區 ${p.community}）不是評分細則「${p.rubric}」的指標：此條記錄未採用${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'inspection.bad-value': (p) =>
      `${p.metric}（社區 ${p.community}）的督查值「${p.actual}」無法依該指標讀取：此條記錄未採用`,
    'inspection.overstated': (p) =>
      `虛報：${who(p, '（', '）')}自報${p.metric}為 ${p.reported}，督查實測為 ${p.found}（${p.closedOn ? '該次督查' : ''}${String(p.points) === '0' ? '該項不計分，但條件未達到' : `失分 ${p.points} 分`}${p.closedOn ? `；${p.closedOn} 複查已改善` : ''}）`,
    'inspection.overdue': (p) =>
      `逾期未改善：${who(p, '（', '）')}的${p.metric}改善期限為 ${p.deadline}，截至 ${p.asOf} 未經複查結案`,
    'inspection.summary': (p) => `督查核定：自評 ${p.self} 分，差值 ${p.diff} 分（扣 ${p.deducted} 分）`,
    'inspection.metric-line': (p) =>
      `${p.metric}：自報 ${p.reported}，實測 ${p.found}（${p.kind}，${p.date}，${p.inspector}）${p.marks}`,
    'inspection.kind.announced': () => '明查',
    'inspection.kind.unannounced': () => '暗訪',
    'inspection.kind.reinspection': () => '複查',
    'inspection.status.closed': (p) => `已結案（${p.date}）`,
    'inspection.status.open': (p) => `改善中，期限 ${p.deadline}`,
    'inspection.status.overdue': (p) => `逾期未改善（期限 ${p.deadline}）`,
    'inspection.uninspected': () => '未督查',
    'inspection.overstated-mark': () => '虛報',
    'inspection.veto': () => '虛報，一票否決',
    'inspection.deducted': (p) => `扣 ${p.points} 分`,
    'inspection.section': () => '督查情況',
    'inspection.section-note': (p) =>
      `得分和指標均依督查核定的資料判定：督查值取代自報值。共督查 ${p.inspected} 個社區（共 ${p.total} 個），虛報 ${p.overstated} 個，截至 ${p.asOf} 逾期未改善 ${p.overdue} 項。`,
    'inspection.bulletin': () => '督查通報',
    'inspection.col.self': () => '自評分',
    'inspection.veto-mark': () => '虛報否決',
    'inspection.overdue-mark': () => '逾期',
    'inspection.col.difference': () => '差值',
    'inspection.col.state': () => '督查情況',
    'inspection.col.community': () => '社區',
    'inspection.col.metric': () => '督查項目',
    'inspection.col.reported': () => '自報',
    'inspection.col.found': () => '實測',
    'inspection.col.inspection': () => '督查（方式、日期、督查人）',
    'inspection.col.finding': () => '發現問題',
    'inspection.col.deadline': () => '改善期限',
    'inspection.col.status': () => '改善情形',
    'inspection.no-bulletin': () => '沒有適用於所排名社區的督查記錄。',
    'inspection.uninspected-list': (p) => `未督查：${p.names}`,
    'inspection.template-title': () => '督查記錄',
    'inspection.template-metrics': () => '指標',
    'inspection.template-metric-id': () => '指標代碼（在「指標」欄填寫代碼或名稱）',
    'inspection.template-metric-title': () => '指標名稱',
    'inspection.template-metric-unit': () => '督查值的寫法',
    'inspection.book.col.community': () => '社區編號',
    'inspection.book.col.name': () => '社區名稱',
    'inspection.book.col.metric': () => '指標',
    'inspection.book.col.value': () => '督查值',
    'inspection.book.col.finding': () => '發現問題',
    'inspection.book.col.date': () => '督查日期',
    'inspection.book.col.inspector': () => '督查人',
    'inspection.book.col.kind': () => '督查方式',
    'inspection.book.col.deduct': () => '扣分',
    'inspection.book.col.deadline': () => '改善期限',
    'inspection.book.col.fixed': () => '已改善',
    'inspection.book.col.period': () => '年度',
    'inspection.book.kind.announced': () => '明查',
    'inspection.book.kind.unannounced': () => '暗訪',
    'inspection.book.kind.reinspection': () => '複查',
    'inspection.book.yaml.value': () => '督查值，或：',
    'inspection.book.yaml.finding': () => '發現問題',
    'inspection.book.yaml.date': () => '督查日期 YYYY-MM-DD',
    'inspection.book.yaml.inspector': () => '督查人',
    'inspection.book.yaml.deduct': () => '扣分',
    'inspection.book.yaml.deadline': () => '改善期限 YYYY-MM-DD',
    'inspection.template-notes': () => '填寫說明',
    'inspection.template-note-1': () =>
      '每個社區的每項督查指標填一列：社區編號、指標（代碼或名稱，見「指標」表）、督查值和/或發現問題、督查日期（YYYY-MM-DD）、督查人、督查方式（明查、暗訪或複查）。',
    'inspection.template-note-2': () =>
      '督查值取代社區的自報值，得分依督查核定的資料評定；督查值使自評所報的分數落空的，即為虛報。',
    'inspection.template-note-3': () =>
      '改善期限：須完成改善的日期。此後對同一指標的複查，「已改善」填「是」或複查值達到要求的，予以結案；否則仍在改善中，過了改善期限即為逾期未改善。',
    'inspection.template-note-4': () =>
      '扣分：依評分細則對發現問題扣除的分數；年度：所督查自評的年度（與督查日期的年份不同時填寫）。',
    'inspection.template-note-5': () =>
      '用 --inspections 把本表傳給 check、rank、report、trend 或 plan；有問題的列會依儲存格指出並不予採用，其餘各列照常採用。',
    'help.opt.init.inspections': () =>
      '產生督查記錄範本（明查、暗訪、複查），而不是自評範本；可為 xlsx、csv 或 yaml',
    'help.opt.inspections': () => '督查記錄：YAML、.xlsx 或 .csv 檔案，或其所在資料夾；督查值取代自報值',
  },
);
