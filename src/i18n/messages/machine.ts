import { defineMessages } from '../define.js';

/** The operator's machine: where reports are written, what is read, limits and waivers. */
export const machineMessages = defineMessages(
  {
    'machine.output-no-folder': (p) =>
      `cannot write ${p.file}: the folder ${p.folder} does not exist (create it first, or name another file)`,
    'machine.output-is-folder': (p) => `cannot write ${p.file}: it is a folder; name a file in it instead`,
    'machine.output-dangling-link': (p) =>
      `cannot write ${p.file}: it is a symbolic link to ${p.target}, which does not exist; remove the link or name another file`,
    'machine.output-failed': (p) =>
      `cannot write ${p.file} (${p.detail}); check the permissions and free space`,
    'machine.not-a-date': (p) => `"${p.actual}" is not a real date; write YYYY-MM-DD, e.g. 2005-12-31`,
    'machine.waivers-sheet': (p) =>
      `--waivers takes a YAML file, not a workbook or CSV file (${p.ending}): write the exemptions in YAML (waivers: <title>, rubric: <id>, and under exemptions: one entry each with community, criterion, reason, expires and granted-by)`,
    'machine.waivers-no-rubric': () =>
      'a waivers file must name the rubric its exemptions are for (rubric: <id>, e.g. rubric: district-2005-community)',
    'machine.waiver-other-rubric': (p) =>
      `the waiver for ${p.community} / ${p.criterion} is for rubric ${p.rubric}, but this community is scored by ${p.used}: not applied`,
    'machine.waiver-unknown-criterion': (p) =>
      `the waiver for ${p.community} names criterion ${p.criterion}, which rubric “${p.rubric}” does not have: not applied`,
    'machine.waiver-unknown-community': (p) =>
      `the waiver for ${p.community} / ${p.criterion} matches no community in this run: check the id`,
    'machine.veto-waiver-unflagged': (p) =>
      `${p.criterion} of ${p.community} is a veto item (一票否决): the waiver is not applied unless it says veto: true`,
    'machine.veto-waived': (p) =>
      `veto item ${p.criterion} of ${p.community} is waived until ${p.expires} (${p.reason}): its veto does not apply`,
    'machine.link-outside': (p) =>
      `symbolic link to ${p.target}, outside the folders named on the command line: not followed`,
    'machine.not-regular': (p) => `not a regular file but a ${p.kind}: not read`,
    'machine.name-not-utf8': (p) =>
      `the file name ${p.bytes} is not UTF-8 text (bytes shown as \\xNN): not read; rename the file`,
  },
  {
    'machine.output-no-folder': (p) =>
      `无法写入 ${p.file}：文件夹 ${p.folder} 不存在（请先创建，或换一个文件名）`,
    'machine.output-is-folder': (p) => `无法写入 ${p.file}：这是一个文件夹，请指定其中的一个文件`,
    'machine.output-dangling-link': (p) =>
      `无法写入 ${p.file}：这是指向 ${p.target} 的符号链接，而目标并不存在；请删除该链接或换一个文件名`,
    'machine.output-failed': (p) => `无法写入 ${p.file}（${p.detail}），请检查权限和磁盘空间`,
    'machine.not-a-date': (p) => `“${p.actual}”不是有效日期；请写成 YYYY-MM-DD，例如 2005-12-31`,
    'machine.waivers-sheet': (p) =>
      `--waivers 只接受 YAML 文件，不读取工作簿或 CSV 文件（${p.ending}）：请把免评名单写成 YAML（waivers: <名称>，rubric: <细则编号>，exemptions: 下每条写 community、criterion、reason、expires、granted-by）`,
    'machine.waivers-no-rubric': () =>
      '免评名单文件必须写明适用的评分细则（rubric: <编号>，例如 rubric: district-2005-community）',
    'machine.waiver-other-rubric': (p) =>
      `${p.community} / ${p.criterion} 的免评适用于评分细则 ${p.rubric}，而该社区按 ${p.used} 评分：未予采用`,
    'machine.waiver-unknown-criterion': (p) =>
      `${p.community} 的免评所列指标 ${p.criterion} 在评分细则“${p.rubric}”中不存在：未予采用`,
    'machine.waiver-unknown-community': (p) =>
      `${p.community} / ${p.criterion} 的免评在本次评分中找不到对应社区：请核对编号`,
    'machine.veto-waiver-unflagged': (p) =>
      `${p.community} 的 ${p.criterion} 是一票否决项：免评须注明 veto: true 才会采用`,
    'machine.veto-waived': (p) =>
      `${p.community} 的一票否决项 ${p.criterion} 已免评至 ${p.expires}（${p.reason}），该项否决不适用`,
    'machine.link-outside': (p) => `符号链接指向 ${p.target}，在命令行所给的文件夹之外：未跟随`,
    'machine.not-regular': (p) =>
      `不是普通文件（${p.kind === 'named pipe' ? '命名管道' : p.kind === 'socket' ? '套接字' : p.kind === 'device' ? '设备文件' : '特殊文件'}）：未读取`,
    'machine.name-not-utf8': (p) =>
      `文件名 ${p.bytes} 不是 UTF-8 文本（无法识别的字节显示为 \\xNN）：未读取，请重命名该文件`,
  },
  {
    'machine.output-no-folder': (p) =>
      `無法寫入 ${p.file}：資料夾 ${p.folder} 不存在（請先建立，或改用其他檔名）`,
    'machine.output-is-folder': (p) => `無法寫入 ${p.file}：這是一個資料夾，請指定其中的一個檔案`,
    'machine.output-dangling-link': (p) =>
      `無法寫入 ${p.file}：這是指向 ${p.target} 的符號連結，而目標並不存在；請刪除該連結或改用其他檔名`,
    'machine.output-failed': (p) => `無法寫入 ${p.file}（${p.detail}），請檢查權限與磁碟空間`,
    'machine.not-a-date': (p) => `「${p.actual}」不是有效日期；請寫成 YYYY-MM-DD，例如 2005-12-31`,
    'machine.waivers-sheet': (p) =>
      `--waivers 只接受 YAML 檔案，不讀取活頁簿或 CSV 檔案（${p.ending}）：請把免評名單寫成 YAML（waivers: <名稱>，rubric: <細則編號>，exemptions: 下每筆寫 community、criterion、reason、expires、granted-by）`,
    'machine.waivers-no-rubric': () =>
      '免評名單檔案必須寫明適用的評分細則（rubric: <編號>，例如 rubric: district-2005-community）',
    'machine.waiver-other-rubric': (p) =>
      `${p.community} / ${p.criterion} 的免評適用於評分細則 ${p.rubric}，而該社區按 ${p.used} 評分：未予採用`,
    'machine.waiver-unknown-criterion': (p) =>
      `${p.community} 的免評所列指標 ${p.criterion} 在評分細則「${p.rubric}」中不存在：未予採用`,
    'machine.waiver-unknown-community': (p) =>
      `${p.community} / ${p.criterion} 的免評在本次評分中找不到對應社區：請核對編號`,
    'machine.veto-waiver-unflagged': (p) =>
      `${p.community} 的 ${p.criterion} 是一票否決項：免評須註明 veto: true 才會採用`,
    'machine.veto-waived': (p) =>
      `${p.community} 的一票否決項 ${p.criterion} 已免評至 ${p.expires}（${p.reason}），該項否決不適用`,
    'machine.link-outside': (p) => `符號連結指向 ${p.target}，在命令列所給的資料夾之外：未跟隨`,
    'machine.not-regular': (p) =>
      `不是一般檔案（${p.kind === 'named pipe' ? '具名管道' : p.kind === 'socket' ? '通訊端' : p.kind === 'device' ? '裝置檔案' : '特殊檔案'}）：未讀取`,
    'machine.name-not-utf8': (p) =>
      `檔名 ${p.bytes} 不是 UTF-8 文字（無法辨識的位元組顯示為 \\xNN）：未讀取，請重新命名該檔案`,
  },
);
