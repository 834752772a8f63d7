import { defineMessages } from '../define.js';

/** The comments of the rubric skeleton `civscore rubric init` writes, and lint's placeholder warning. */
export const skeletonMessages = defineMessages(
  {
    'skeleton.header': (p) =>
      `Rubric skeleton written by civscore rubric init. Replace every "TODO" / "待填" with your own words and figures, delete the examples you do not need, then check it: civscore rubric lint ${p.file}`,
    'skeleton.docs': () => 'Every field is explained in docs/formats.md ("Writing a rubric").',
    'skeleton.id': () =>
      'The id: letters, digits and -. A self-assessment names this rubric with `rubric:` (its id, or the path of this file).',
    'skeleton.title': () =>
      'Titles in each language; any may be left out (output falls back zh-CN → zh-TW → en).',
    'skeleton.level': () => 'Who is scored: community (社区) or street (街道).',
    'skeleton.year': () => "The year it applies to: a self-assessment's period should start with it.",
    'skeleton.source': () => 'The document the rubric comes from: its title, the file and the year.',
    'skeleton.facilities': () =>
      'Facilities the criteria name: an id, titles, and every other name users write (aliases).',
    'skeleton.metrics': () => 'What a self-assessment supplies: one example of each type.',
    'skeleton.type.area': () => 'area: square metres (150, 150 m2, 150平方米).',
    'skeleton.type.count': () => 'count: whole numbers; unit: households or people.',
    'skeleton.type.rate': () => 'rate: a percentage (85% or 0.85).',
    'skeleton.type.flag': () => 'flag: yes or no (true/false, 是/否, 有/无).',
    'skeleton.type.grade': () => 'grade: A, B, C or C#.',
    'skeleton.type.number': () => 'number: any figure without a unit (a survey score).',
    'skeleton.sections': () =>
      'Sections of criteria. weight (optional): the points the section counts for, whatever its raw points.',
    'skeleton.kind.checklist': () =>
      'checklist: facilities that must be present (min-area, min-count); proportional or all.',
    'skeleton.kind.threshold': () => 'threshold: one metric against one bound; all or nothing.',
    'skeleton.kind.ratio': () =>
      'ratio: a value per N of a size (30 m² per 100 households); each side a metric, facility-area or facility-count.',
    'skeleton.kind.count': () => 'count: sub-items met; bands turn the number met into points.',
    'skeleton.kind.graded': () => 'graded: a grade metric; A, B, C, C# earn 100%, 66%, 33%, 0.',
    'skeleton.kind.deduction': () =>
      'deduction: the points minus deductions (per-occurrence, or bands tried in order), never below 0.',
    'skeleton.kind.flag': () => 'flag: a yes/no metric; veto: true makes it 一票否决 (no tier if it fails).',
    'skeleton.quote': () => "source.quote: the source document's own words for each criterion.",
    'skeleton.tiers': () =>
      'Tiers, highest first: min-score, and requires: criteria that must be met in full.',
    'skeleton.quotas': () => 'Quotas: the share of a group (street, district or all) at a tier or above.',
    'skeleton.extends': (p) =>
      `A variant of ${p.parent}: everything is inherited from it; write only what changes. See it with: civscore rubric show ${p.parent}`,
    'skeleton.drop': () => 'Ids of inherited criteria, sections, tiers or quotas to leave out.',
    'skeleton.override': () =>
      'Same id as an inherited criterion: only the fields written here change (a new bound replaces the old).',
    'skeleton.add': () => 'A new criterion: a new id, here in an inherited section.',
    'lint.placeholder': (p) => `"${p.value}" is still to be filled in`,
    'help.cmd.rubric.init': () =>
      'write a rubric skeleton to fill in: every part, one example of each kind, commented',
    'help.opt.rubric.init.out': () =>
      'write it to this file instead of stdout (never over an existing file without --force)',
    'help.opt.rubric.init.extends': () =>
      "a district's variant of this rubric (a built-in id or a path): inherit, drop, override",
    'help.opt.rubric.init.force': () => 'overwrite an existing file',
  },
  {
    'skeleton.header': (p) =>
      `评分细则骨架，由 civscore rubric init 生成。请把每个“待填”换成实际的文字和数字，删去用不到的示例，然后检查：civscore rubric lint ${p.file}`,
    'skeleton.docs': () => '每个字段的说明见 docs/formats.md（“编写评分细则”一节）。',
    'skeleton.id': () => '标识：字母、数字和 -。自评表用 rubric: 指明所用细则（写标识，或本文件的路径）。',
    'skeleton.title': () => '各语言的名称，可以缺省（输出时按 简体 → 繁体 → 英文 的顺序补位）。',
    'skeleton.level': () => '评分对象：community（社区）或 street（街道）。',
    'skeleton.year': () => '适用年度：自评表的 period 应以此年份开头。',
    'skeleton.source': () => '细则的出处：文件标题、文件名和年份。',
    'skeleton.facilities': () => '评分项提到的设施：标识、各语言名称，以及大家常用的其他叫法（aliases）。',
    'skeleton.metrics': () => '自评表要填的数据，每种类型一个示例。',
    'skeleton.type.area': () => 'area（面积）：平方米（150、150 m2、150平方米）。',
    'skeleton.type.count': () => 'count（数量）：整数；unit 可写 households（户）或 people（人）。',
    'skeleton.type.rate': () => 'rate（比率）：百分数（85% 或 0.85）。',
    'skeleton.type.flag': () => 'flag（是否）：true/false、是/否、有/无。',
    'skeleton.type.grade': () => 'grade（等次）：A、B、C 或 C#。',
    'skeleton.type.number': () => 'number（数值）：不带单位的数，如测评得分。',
    'skeleton.sections': () => '评分类别。weight（可选）：该类别折算的分值，不论其下各项分值之和。',
    'skeleton.kind.checklist': () =>
      'checklist（清单）：须具备的设施（可要求 min-area 面积、min-count 个数）；按比例或全有才得分。',
    'skeleton.kind.threshold': () => 'threshold（达标线）：一个指标对一条界限，达到得全分，否则不得分。',
    'skeleton.kind.ratio': () =>
      'ratio（比例）：每若干单位的数量（每百户30平方米）；两边各是指标、设施面积（facility-area）或设施数量（facility-count）。',
    'skeleton.kind.count': () => 'count（计项）：数达到的子项；bands 把达到的项数换成分值。',
    'skeleton.kind.graded': () => 'graded（评档）：按等次计分，A、B、C、C# 分别得100%、66%、33%、0。',
    'skeleton.kind.deduction': () =>
      'deduction（扣分）：从分值中扣减（每次扣 per-occurrence 分，或按 bands 顺序取第一档），扣完为止。',
    'skeleton.kind.flag': () => 'flag（是否）：是否达到；veto: true 即一票否决（未达到则不评等级）。',
    'skeleton.quote': () => 'source.quote：每个评分项在出处文件中的原文。',
    'skeleton.tiers': () => '等级，从高到低：min-score 最低分；requires 须完全达标的评分项。',
    'skeleton.quotas': () =>
      '比例要求：某一范围（street 街道、district 区、all 全部）达到某等级及以上的社区所占比例。',
    'skeleton.extends': (p) =>
      `${p.parent} 的本地版本：全部内容从它继承，这里只写要改的部分。查看原细则：civscore rubric show ${p.parent}`,
    'skeleton.drop': () => '不要的继承项（评分项、类别、等级、比例要求）的标识。',
    'skeleton.override': () => '与继承的评分项同一标识：只改这里写出的字段（写了新界限即替换原界限）。',
    'skeleton.add': () => '新增评分项：用新的标识，这里加在继承的类别中。',
    'lint.placeholder': (p) => `“${p.value}”尚未填写，请换成实际内容`,
    'help.cmd.rubric.init': () => '生成待填写的评分细则骨架：各部分齐全，每种类型一个示例，附说明',
    'help.opt.rubric.init.out': () => '写入此文件而不是标准输出（文件已存在时须加 --force 才覆盖）',
    'help.opt.rubric.init.extends': () => '生成某评分细则（内置编号或路径）的本地版本：继承、删去、覆盖',
    'help.opt.rubric.init.force': () => '覆盖已有文件',
  },
  {
    'skeleton.header': (p) =>
      `評分細則骨架，由 civscore rubric init 產生。請把每個「待填」換成實際的文字和數字，刪去用不到的範例，然後檢查：civscore rubric lint ${p.file}`,
    'skeleton.docs': () => '每個欄位的說明見 docs/formats.md（「編寫評分細則」一節）。',
    'skeleton.id': () =>
      '識別碼：字母、數字和 -。自評表用 rubric: 指明所用細則（寫識別碼，或本檔案的路徑）。',
    'skeleton.title': () => '各語言的名稱，可以省略（輸出時按 簡體 → 繁體 → 英文 的順序補位）。',
    'skeleton.level': () => '評分對象：community（社區）或 street（街道）。',
    'skeleton.year': () => '適用年度：自評表的 period 應以此年份開頭。',
    'skeleton.source': () => '細則的出處：文件標題、檔案名稱和年份。',
    'skeleton.facilities': () => '評分項提到的設施：識別碼、各語言名稱，以及大家常用的其他叫法（aliases）。',
    'skeleton.metrics': () => '自評表要填的資料，每種類型一個範例。',
    'skeleton.type.area': () => 'area（面積）：平方公尺（150、150 m2、150平方米）。',
    'skeleton.type.count': () => 'count（數量）：整數；unit 可寫 households（戶）或 people（人）。',
    'skeleton.type.rate': () => 'rate（比率）：百分數（85% 或 0.85）。',
    'skeleton.type.flag': () => 'flag（是否）：true/false、是/否、有/無。',
    'skeleton.type.grade': () => 'grade（等次）：A、B、C 或 C#。',
    'skeleton.type.number': () => 'number（數值）：不帶單位的數，如測評得分。',
    'skeleton.sections': () => '評分類別。weight（可選）：該類別折算的分值，不論其下各項分值之和。',
    'skeleton.kind.checklist': () =>
      'checklist（清單）：須具備的設施（可要求 min-area 面積、min-count 個數）；按比例或全有才得分。',
    'skeleton.kind.threshold': () => 'threshold（達標線）：一個指標對一條界限，達到得全分，否則不得分。',
    'skeleton.kind.ratio': () =>
      'ratio（比例）：每若干單位的數量（每百戶30平方公尺）；兩邊各是指標、設施面積（facility-area）或設施數量（facility-count）。',
    'skeleton.kind.count': () => 'count（計項）：數達到的子項；bands 把達到的項數換成分值。',
    'skeleton.kind.graded': () => 'graded（評檔）：按等次計分，A、B、C、C# 分別得100%、66%、33%、0。',
    'skeleton.kind.deduction': () =>
      'deduction（扣分）：從分值中扣減（每次扣 per-occurrence 分，或按 bands 順序取第一檔），扣完為止。',
    'skeleton.kind.flag': () => 'flag（是否）：是否達到；veto: true 即一票否決（未達到則不評等級）。',
    'skeleton.quote': () => 'source.quote：每個評分項在出處文件中的原文。',
    'skeleton.tiers': () => '等級，從高到低：min-score 最低分；requires 須完全達標的評分項。',
    'skeleton.quotas': () =>
      '比例要求：某一範圍（street 街道、district 區、all 全部）達到某等級以上的社區所佔比例。',
    'skeleton.extends': (p) =>
      `${p.parent} 的本地版本：全部內容從它繼承，這裡只寫要改的部分。查看原細則：civscore rubric show ${p.parent}`,
    'skeleton.drop': () => '不要的繼承項（評分項、類別、等級、比例要求）的識別碼。',
    'skeleton.override': () => '與繼承的評分項同一識別碼：只改這裡寫出的欄位（寫了新界限即替換原界限）。',
    'skeleton.add': () => '新增評分項：用新的識別碼，這裡加在繼承的類別中。',
    'lint.placeholder': (p) => `「${p.value}」尚未填寫，請換成實際內容`,
    'help.cmd.rubric.init': () => '產生待填寫的評分細則骨架：各部分齊全，每種類型一個範例，附說明',
    'help.opt.rubric.init.out': () => '寫入此檔案而不是標準輸出（檔案已存在時須加 --force 才覆蓋）',
    'help.opt.rubric.init.extends': () => '產生某評分細則（內建編號或路徑）的本地版本：繼承、刪去、覆蓋',
    'help.opt.rubric.init.force': () => '覆蓋已有檔案',
  },
);
