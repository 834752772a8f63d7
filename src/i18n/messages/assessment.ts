import { defineMessages } from '../define.js';

const LEVEL_CN: Record<string, string> = { compound: '小区', community: '社区', street: '街道' };
const LEVEL_TW: Record<string, string> = { compound: '小區', community: '社區', street: '街道' };

/** A self-assessment read against its rubric. */
export const assessmentMessages = defineMessages(
  {
    'assessment.self-exemption': (p) =>
      `"${p.key}": exemptions are granted by the district (in the rubric or a waivers file), never in a community's own file: it is not applied; remove it`,
    'assessment.level-mismatch': (p) =>
      `this is a ${p.level} file, but rubric “${p.rubric}” scores a ${p.rubricLevel}`,
    'assessment.street-missing': () => 'community has no street: it cannot be grouped by street',
    'assessment.community-missing': () =>
      "compound has no community: it cannot be grouped by community; add `community:` with the community's name",
    'assessment.unknown-metric': (p) =>
      `metric "${p.metric}" is not in the rubric${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'assessment.value-empty': (p) => `${p.metric}: no value given`,
    'assessment.metric-missing': (p) =>
      `metric "${p.metric}" is missing; the criteria that need it score "no data"`,
    'assessment.unknown-facility': (p) =>
      `facility kind "${p.kind}" is not in the rubric's catalogue${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'assessment.facilities-missing': () => 'no "facilities" list; the checklists score "no data"',
    'assessment.is-rubric': () =>
      'this is a rubric file (评分细则), not a self-assessment; skipped (check it with `civscore rubric lint`)',
    'assessment.is-roster': () =>
      'this is a roster file (名册), not a self-assessment; skipped (pass it to rank or report with --roster, or make the fill-in workbook with civscore init --roster)',
    'assessment.is-waivers': () =>
      'this is a waivers file (免评名单), not a self-assessment; skipped (pass it to check or rank with --waivers)',
  },
  {
    'assessment.self-exemption': (p) =>
      `“${p.key}”：免评只能由区里（在评分细则或免评文件中）授予，社区自评文件中不得自行免评：不予采用，请删除`,
    'assessment.level-mismatch': (p) =>
      `这是${LEVEL_CN[String(p.level)] ?? '社区'}文件，但评分细则“${p.rubric}”评的是${LEVEL_CN[String(p.rubricLevel)] ?? '社区'}`,
    'assessment.street-missing': () => '社区未填写所属街道，无法按街道分组',
    'assessment.community-missing': () =>
      '小区未填写所属社区，无法按社区分组；请在 compound 下补写“community: 社区名称”',
    'assessment.unknown-metric': (p) =>
      `评分细则中没有指标“${p.metric}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'assessment.value-empty': (p) => `${p.metric}：未填写数值`,
    'assessment.metric-missing': (p) => `缺少指标“${p.metric}”；用到它的评分项记为“无数据”`,
    'assessment.unknown-facility': (p) =>
      `设施“${p.kind}”不在评分细则的设施目录中${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'assessment.facilities-missing': () => '没有“facilities”设施清单；清单类评分项记为“无数据”',
    'assessment.is-rubric': () =>
      '这是评分细则文件，不是自评文件；已跳过（请用 `civscore rubric lint` 检查）',
    'assessment.is-roster': () =>
      '这是名册文件，不是自评文件；已跳过（请用 --roster 传给 rank 或 report，或用 civscore init --roster 生成填报工作簿）',
    'assessment.is-waivers': () =>
      '这是免评名单文件，不是自评文件；已跳过（请用 --waivers 传给 check 或 rank）',
  },
  {
    'assessment.self-exemption': (p) =>
      `「${p.key}」：免評只能由區裡（在評分細則或免評檔案中）授予，社區自評檔案中不得自行免評：不予採用，請刪除`,
    'assessment.level-mismatch': (p) =>
      `這是${LEVEL_TW[String(p.level)] ?? '社區'}檔案，但評分細則「${p.rubric}」評的是${LEVEL_TW[String(p.rubricLevel)] ?? '社區'}`,
    'assessment.street-missing': () => '社區未填寫所屬街道，無法按街道分組',
    'assessment.community-missing': () =>
      '小區未填寫所屬社區，無法按社區分組；請在 compound 下補寫「community: 社區名稱」',
    'assessment.unknown-metric': (p) =>
      `評分細則中沒有指標「${p.metric}」${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'assessment.value-empty': (p) => `${p.metric}：未填寫數值`,
    'assessment.metric-missing': (p) => `缺少指標「${p.metric}」；用到它的評分項記為「無資料」`,
    'assessment.unknown-facility': (p) =>
      `設施「${p.kind}」不在評分細則的設施目錄中${p.suggestion ? `；是否應為「${p.suggestion}」？` : ''}`,
    'assessment.facilities-missing': () => '沒有「facilities」設施清單；清單類評分項記為「無資料」',
    'assessment.is-rubric': () =>
      '這是評分細則檔案，不是自評檔案；已跳過（請用 `civscore rubric lint` 檢查）',
    'assessment.is-roster': () =>
      '這是名冊檔案，不是自評檔案；已跳過（請以 --roster 傳給 rank 或 report，或以 civscore init --roster 產生填報活頁簿）',
    'assessment.is-waivers': () =>
      '這是免評名單檔案，不是自評檔案；已跳過（請用 --waivers 傳給 check 或 rank）',
  },
);
