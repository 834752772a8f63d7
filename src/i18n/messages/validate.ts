import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** Expanding the command line's inputs, and what only `validate` checks. */
export const validateMessages = defineMessages(
  {
    'input.no-match': (p) => `"${p.input}" matches no ${p.extensions} files`,
    'input.symlink-loop': (p) => `symbolic link "${p.link}" points back into its own folder; not followed`,
    'input.unreadable-dir': (p) => `cannot list the folder (${p.reason})`,
    'assessment.period-format': (p) =>
      `period "${p.actual}" is not well-formed; write a year (2005) or a year and month (2005-03), 1949 to 2100`,
    'assessment.id-format': (p) =>
      `id "${p.actual}" is not well-formed; use letters, digits, "-", "_" or "." (up to 64, starting with a letter or digit)`,
    'assessment.ratio-base-zero': (p) =>
      `${p.metric}: "${p.raw}" must be above 0; a ratio per ${p.metric} divides by it`,
    'validate.duplicate-id': (p) =>
      `id "${p.id}" is also used in ${p.others}${p.more !== '0' ? ` and ${counted(p.more, 'more file', 'more files')}` : ''}${p.spelled ? ` (written "${p.spelled}": ids that differ only in letter case are one community)` : ''}; each community needs its own id`,
    'claim.same-name': (p) =>
      `"${p.name}" (${p.id}) has the same name as ${p.others}${p.more !== '0' ? ` and ${counted(p.more, 'more community', 'more communities')}` : ''} in the same group: two ids for one community, or a look-alike; check which one is real`,
    'validate.summary': (p) =>
      `${counted(p.files, 'file')} checked: ${p.invalid} invalid, ${counted(p.errors, 'error')}, ${counted(p.warnings, 'warning')}`,
    'validate.summary-rows': (p) =>
      `${counted(p.submissions, 'self-assessment')} checked (${counted(p.rows, 'row')} in ${counted(p.sheets, 'workbook or CSV file')}${p.yaml !== '0' ? `, and ${counted(p.yaml, 'YAML file')}` : ''}): ${p.invalid} invalid, ${counted(p.errors, 'error')}, ${counted(p.warnings, 'warning')}`,
    'validate.too-many-warnings': (p) =>
      `${counted(p.warnings, 'warning')}, more than --max-warnings ${p.max}`,
    'validate.junit-failure': (p) => `${counted(p.errors, 'error')}: ${p.first}`,
  },
  {
    'input.no-match': (p) => `“${p.input}”没有匹配到任何 ${p.extensions} 文件`,
    'input.symlink-loop': (p) => `符号链接“${p.link}”指回其所在的目录，形成循环；未跟随`,
    'input.unreadable-dir': (p) => `无法列出目录内容（${p.reason}）`,
    'assessment.period-format': (p) =>
      `期间“${p.actual}”格式不正确；请写年份（2005）或年月（2005-03），范围 1949 至 2100`,
    'assessment.id-format': (p) =>
      `编号“${p.actual}”格式不正确；只能用字母、数字、“-”“_”“.”（最长 64 个字符，以字母或数字开头）`,
    'assessment.ratio-base-zero': (p) =>
      `${p.metric}：“${p.raw}”必须大于 0；按${p.metric}计算的比例要用它作除数`,
    'validate.duplicate-id': (p) =>
      `编号“${p.id}”也出现在 ${p.others}${p.more !== '0' ? ` 及另外 ${p.more} 个文件中` : ' 中'}${p.spelled ? `（写作“${p.spelled}”：只有字母大小写不同的编号是同一个社区）` : ''}；每个社区的编号必须唯一`,
    'claim.same-name': (p) =>
      `“${p.name}”（${p.id}）与同一组内的 ${p.others}${p.more !== '0' ? ` 及另外 ${p.more} 个社区` : ''}名称相同：一个社区用了两个编号，或是冒名的相似社区；请核实哪一个是真实的`,
    'validate.summary': (p) =>
      `已检查 ${p.files} 个文件：${p.invalid} 个无效，${p.errors} 个错误，${p.warnings} 个警告`,
    'validate.summary-rows': (p) =>
      `已检查 ${p.submissions} 份自评（${p.sheets} 个工作簿或 CSV 文件中的 ${p.rows} 行${p.yaml !== '0' ? `，另有 ${p.yaml} 个 YAML 文件` : ''}）：${p.invalid} 份无效，${p.errors} 个错误，${p.warnings} 个警告`,
    'validate.too-many-warnings': (p) => `共 ${p.warnings} 个警告，超过 --max-warnings ${p.max}`,
    'validate.junit-failure': (p) => `${p.errors} 个错误：${p.first}`,
  },
  {
    'input.no-match': (p) => `「${p.input}」沒有匹配到任何 ${p.extensions} 檔案`,
    'input.symlink-loop': (p) => `符號連結「${p.link}」指回其所在的資料夾，形成循環；未跟隨`,
    'input.unreadable-dir': (p) => `無法列出資料夾內容（${p.reason}）`,
    'assessment.period-format': (p) =>
      `期間「${p.actual}」格式不正確；請寫年份（2005）或年月（2005-03），範圍 1949 至 2100`,
    'assessment.id-format': (p) =>
      `編號「${p.actual}」格式不正確；只能用字母、數字、「-」「_」「.」（最長 64 個字元，以字母或數字開頭）`,
    'assessment.ratio-base-zero': (p) =>
      `${p.metric}：「${p.raw}」必須大於 0；按${p.metric}計算的比例要用它作除數`,
    'validate.duplicate-id': (p) =>
      `編號「${p.id}」也出現在 ${p.others}${p.more !== '0' ? ` 及另外 ${p.more} 個檔案中` : ' 中'}${p.spelled ? `（寫作「${p.spelled}」：僅英文字母大小寫不同的編號視為同一個社區）` : ''}；每個社區的編號必須唯一`,
    'claim.same-name': (p) =>
      `「${p.name}」（${p.id}）與同一組內的 ${p.others}${p.more !== '0' ? ` 及另外 ${p.more} 個社區` : ''}名稱相同：一個社區用了兩個編號，或是冒名的相似社區；請查明哪一個才是真的`,
    'validate.summary': (p) =>
      `已檢查 ${p.files} 個檔案：${p.invalid} 個無效，${p.errors} 個錯誤，${p.warnings} 個警告`,
    'validate.summary-rows': (p) =>
      `已檢查 ${p.submissions} 份自評（${p.sheets} 個活頁簿或 CSV 檔案中的 ${p.rows} 列${p.yaml !== '0' ? `，另有 ${p.yaml} 個 YAML 檔案` : ''}）：${p.invalid} 份無效，${p.errors} 個錯誤，${p.warnings} 個警告`,
    'validate.too-many-warnings': (p) => `共 ${p.warnings} 個警告，超過 --max-warnings ${p.max}`,
    'validate.junit-failure': (p) => `${p.errors} 個錯誤：${p.first}`,
  },
);
