import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** An encoding readSource decoded, as people name it. */
const ENCODINGS: Record<string, string> = { gb18030: 'GB18030 (GBK)', 'utf-16': 'UTF-16', big5: 'Big5' };
const encodingName = (e: unknown): string => ENCODINGS[String(e)] ?? String(e);

/** Evidence (台账): what validate, check and rank find of it, and `civscore evidence add`. */
export const evidenceMessages = defineMessages(
  {
    'evidence.missing': (p) =>
      `evidence "${p.path}" of ${p.criterion} is not there: put the file back, or correct its path`,
    'evidence.changed': (p) =>
      `evidence "${p.path}" of ${p.criterion} has changed: its sha256 is ${p.actual}…, the file lists ${p.expected}… (if the new file is the right one, ${p.cell ? 'write its sha256 in the cell instead' : 'run civscore evidence add again'})`,
    'evidence.unhashed': (p) =>
      p.cell
        ? `evidence "${p.path}" of ${p.criterion} has no sha256: write it after the path in the cell, as "${p.path} sha256:<its sha256>" (sha256sum, or certutil -hashfile <file> SHA256 on Windows, gives it)`
        : `evidence "${p.path}" of ${p.criterion} has no sha256: run civscore evidence add <file> --criterion ${p.id} "${p.path}"`,
    'evidence.outside': (p) =>
      `evidence "${p.path}" of ${p.criterion} is outside the self-assessment's folder (an absolute path or ..): move it into the folder`,
    'evidence.borrowed': (p) =>
      `evidence "${p.path}" of ${p.criterion} is in another self-assessment's evidence folder (${p.folder}): it is not this community's 台账 and does not count; put this community's own file in its own evidence folder`,
    'evidence.same-as': (p) =>
      `evidence "${p.path}" of ${p.criterion} has the same bytes as "${p.other}", in another self-assessment's evidence folder: one community's photo or minutes given by two; it still counts, but check which community it belongs to`,
    'evidence.too-large': (p) =>
      `evidence "${p.path}" of ${p.criterion} is not read: it is over 4 GiB, or a sparse file (mostly holes, such as truncate makes), which no photo, scan or video is; it does not count: give the file itself, under 4 GiB`,
    'evidence.unreferenced': (p) =>
      `"${p.path}" in the evidence folder ${p.folder} is listed under no criterion: list it (civscore evidence add) or remove it`,
    'evidence.unknown-criterion': (p) =>
      `evidence is listed for "${p.criterion}", which the rubric has no criterion of${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
    'evidence.image-missing': (p) =>
      `the picture ${p.image} given as evidence of ${p.criterion} is not in the workbook (xl/cellimages.xml)`,
    'help.cmd.evidence': () => 'evidence (台账) of a self-assessment',
    'help.cmd.evidence.add': () =>
      'list evidence files under a criterion, with their sha256 and kind (edits the file in place, keeping its comments)',
    'help.arg.evidence.add.file': () => 'the self-assessment (YAML)',
    'help.arg.evidence.add.evidence': () => 'the evidence files, as paths from the current folder',
    'help.opt.evidence.add.criterion': () => 'the criterion id the evidence is for',
    'help.opt.evidence.add.kind': () =>
      'what it is: 照片, 会议记录, 测绘报告, 签到表, 文件, 证书, 视频 or 其他',
    'help.opt.no-evidence-cache': () =>
      'hash every evidence file again instead of trusting the cache of earlier runs (by path, size and time)',
    'evidence.add.written': (p) =>
      `${p.file}: ${counted(p.count, 'evidence entry', 'evidence entries')} written for criterion "${p.criterion}"`,
    'evidence.add.not-yaml': (p) =>
      `${p.file} is not a YAML self-assessment (evidence add edits YAML files only); in a workbook or CSV, list the files in a column headed 台账：<criterion>`,
    'evidence.add.unreadable': (p) => `${p.file} cannot be read as YAML: ${p.detail}`,
    'evidence.add.not-read': (p) => `${p.file} cannot be read (see above): nothing was written`,
    'evidence.add.link': (p) =>
      `${p.file} is a symbolic link: evidence add never writes through one; name the file it leads to (nothing was written)`,
    'evidence.add.now-utf8': (p) =>
      `${p.file} was ${encodingName(p.encoding)}; it is written back as UTF-8, as every editor and civscore read it`,
    'evidence.add.no-file': (p) => `evidence file ${p.file}: no such file`,
    'evidence.add.too-large': (p) =>
      `evidence file ${p.file} is not read: it is over 4 GiB, or a sparse file (mostly holes, such as truncate makes), which no photo, scan or video is; nothing was written: give the file itself, under 4 GiB`,
    'evidence.add.not-a-file': (p) =>
      `evidence file ${p.file} is not a file (a folder or a device): name the photo, scan or document itself; nothing was written`,
    'evidence.add.cannot-read': (p) =>
      `evidence file ${p.file} cannot be read (no permission?): nothing was written`,
    'evidence.add.outside': (p) =>
      `evidence file ${p.file} is not inside the folder of ${p.assessment}: copy it there first (a self-assessment lists its evidence by relative path)`,
    'evidence.add.borrowed': (p) =>
      `evidence file ${p.file} is in another self-assessment's evidence folder, not in that of ${p.assessment}: it would not count as this community's 台账; copy this community's own file into its own evidence folder; nothing was written`,
    'evidence.add.bad-kind': (p) =>
      `--kind ${p.kind} is not a kind of evidence: 照片, 会议记录, 测绘报告, 签到表, 文件, 证书, 视频 or 其他 (photo, minutes, survey, sign-in, document, certificate, video, other)`,
    'evidence.add.bad-criterion': (p) => `--criterion ${p.criterion} is not a criterion id`,
    'evidence.add.unknown-criterion': (p) =>
      `--criterion ${p.criterion}: the rubric of ${p.file} has no such criterion${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}; nothing was written`,
    'help.opt.evidence.add.rubric': () =>
      "the rubric the criterion is of (default: the file's own `rubric:`)",
    'report.evidence.section': () => 'Evidence (台账)',
    'report.evidence.note': (p) =>
      `Each evidence file a self-assessment lists is checked by its sha256. ${p.communities} of ${counted(p.total, 'community', 'communities')} ${p.communities === '1' ? 'has' : 'have'} evidence missing, changed or unlisted; ${p.criteria === '1' ? '1 criterion whose required evidence is not intact is' : `${p.criteria} criteria whose required evidence is not intact are`} counted as no data.`,
    'report.evidence.note-files': (p) =>
      `Each evidence file a self-assessment lists is checked by its sha256. ${p.communities} of ${counted(p.total, 'community', 'communities')} ${p.communities === '1' ? 'has' : 'have'} evidence missing, changed or unlisted (the community pages are left out, so the criteria counted as no data for want of evidence are not counted here).`,
    'report.evidence.all-intact': (p) =>
      `Each evidence file a self-assessment lists is checked by its sha256: ${p.total === '1' ? "the community's" : `all ${p.total} communities'`} evidence is there, unchanged and listed.`,
    'report.evidence.col.community': () => 'Community',
    'report.evidence.col.missing': () => 'Missing',
    'report.evidence.col.changed': () => 'Changed',
    'report.evidence.col.unreferenced': () => 'Unlisted',
    'report.evidence.col.other': () => 'Other problems',
    'report.evidence.col.no-data': () => 'No data for want of evidence',
    'report.community.evidence': () => 'Evidence (台账)',
  },
  {
    'evidence.missing': (p) => `${p.criterion}的台账“${p.path}”不存在：请补回该文件，或改正路径`,
    'evidence.changed': (p) =>
      `${p.criterion}的台账“${p.path}”已被改动：现 sha256 为 ${p.actual}…，文件中登记的是 ${p.expected}…（如新文件无误，${p.cell ? '请在单元格中改写为新的 sha256' : '请重新运行 civscore evidence add'}）`,
    'evidence.unhashed': (p) =>
      p.cell
        ? `${p.criterion}的台账“${p.path}”未登记 sha256：请在单元格中路径后写上，如“${p.path} sha256:<该文件的 sha256>”（可用 sha256sum，或 Windows 的 certutil -hashfile <文件> SHA256 求得）`
        : `${p.criterion}的台账“${p.path}”未登记 sha256：请运行 civscore evidence add <文件> --criterion ${p.id} "${p.path}"`,
    'evidence.outside': (p) =>
      `${p.criterion}的台账“${p.path}”不在自评文件所在文件夹内（绝对路径或 ..）：请移入该文件夹`,
    'evidence.borrowed': (p) =>
      `${p.criterion}的台账“${p.path}”在另一份自评的台账文件夹（${p.folder}）中：那不是本社区的台账，不予采用；请把本社区自己的文件放在自己的台账文件夹中`,
    'evidence.same-as': (p) =>
      `${p.criterion}的台账“${p.path}”与另一份自评台账文件夹中的“${p.other}”内容完全相同：同一份照片或记录被两个社区使用；仍予采用，但请核实它属于哪个社区`,
    'evidence.too-large': (p) =>
      `${p.criterion}的台账“${p.path}”未读取：文件超过 4 GiB，或是稀疏文件（大部分是空洞，如 truncate 生成的），照片、扫描件、视频都不会如此；不予采用：请提供原文件，且不超过 4 GiB`,
    'evidence.unreferenced': (p) =>
      `台账文件夹 ${p.folder} 中的“${p.path}”未登记在任何评分项下：请登记（civscore evidence add）或删除`,
    'evidence.unknown-criterion': (p) =>
      `为“${p.criterion}”登记了台账，但评分细则中没有该评分项${p.suggestion ? `（是否应为“${p.suggestion}”？）` : ''}`,
    'evidence.image-missing': (p) =>
      `作为${p.criterion}台账的图片 ${p.image} 不在工作簿中（xl/cellimages.xml）`,
    'help.cmd.evidence': () => '自评的台账（佐证材料）',
    'help.cmd.evidence.add': () => '把台账文件登记到某评分项下，写入 sha256 和类别（直接修改文件，保留注释）',
    'help.arg.evidence.add.file': () => '自评文件（YAML）',
    'help.arg.evidence.add.evidence': () => '台账文件，路径相对于当前文件夹',
    'help.opt.evidence.add.criterion': () => '台账所属评分项的 id',
    'help.opt.evidence.add.kind': () => '类别：照片、会议记录、测绘报告、签到表、文件、证书、视频或其他',
    'help.opt.no-evidence-cache': () =>
      '不使用以往运行的缓存（按路径、大小和修改时间），重新计算每个台账文件的 sha256',
    'evidence.add.written': (p) => `${p.file}：已为评分项“${p.criterion}”写入 ${p.count} 条台账`,
    'evidence.add.not-yaml': (p) =>
      `${p.file} 不是 YAML 自评文件（evidence add 只修改 YAML 文件）；工作簿或 CSV 请在表头为“台账：<评分项>”的列中列出文件`,
    'evidence.add.unreadable': (p) => `${p.file} 无法按 YAML 读取：${p.detail}`,
    'evidence.add.not-read': (p) => `${p.file} 无法读取（见上文）：未写入任何内容`,
    'evidence.add.link': (p) =>
      `${p.file} 是符号链接：evidence add 不经链接写入；请指定它所指的文件（未写入任何内容）`,
    'evidence.add.now-utf8': (p) => `${p.file} 原为 ${encodingName(p.encoding)} 编码，已改存为 UTF-8`,
    'evidence.add.no-file': (p) => `台账文件 ${p.file} 不存在`,
    'evidence.add.too-large': (p) =>
      `台账文件 ${p.file} 未读取：文件超过 4 GiB，或是稀疏文件（大部分是空洞，如 truncate 生成的），照片、扫描件、视频都不会如此；未写入任何内容：请提供原文件，且不超过 4 GiB`,
    'evidence.add.not-a-file': (p) =>
      `台账文件 ${p.file} 不是文件（是文件夹或设备）：请指明照片、扫描件或文件本身；未写入任何内容`,
    'evidence.add.cannot-read': (p) => `台账文件 ${p.file} 无法读取（没有权限？）：未写入任何内容`,
    'evidence.add.outside': (p) =>
      `台账文件 ${p.file} 不在 ${p.assessment} 所在文件夹内：请先复制进去（自评文件按相对路径登记台账）`,
    'evidence.add.borrowed': (p) =>
      `台账文件 ${p.file} 在另一份自评的台账文件夹中，不在 ${p.assessment} 自己的台账文件夹中：不会算作本社区的台账；请把本社区自己的文件放进自己的台账文件夹；未写入任何内容`,
    'evidence.add.bad-kind': (p) =>
      `--kind ${p.kind} 不是台账类别：应为照片、会议记录、测绘报告、签到表、文件、证书、视频或其他`,
    'evidence.add.bad-criterion': (p) => `--criterion ${p.criterion} 不是评分项 id`,
    'evidence.add.unknown-criterion': (p) =>
      `--criterion ${p.criterion}：${p.file} 的评分细则中没有该评分项${p.suggestion ? `（是否应为 ${p.suggestion}？）` : ''}；未写入任何内容`,
    'help.opt.evidence.add.rubric': () => '评分项所属的评分细则（默认：文件自己的 `rubric:`）',
    'report.evidence.section': () => '台账核查',
    'report.evidence.note': (p) =>
      `自评所列台账逐一按 sha256 核对。${p.total}个社区中有${p.communities}个的台账缺失、被改动或未登记；必备台账不完好的评分项共${p.criteria}项，按无数据计。`,
    'report.evidence.note-files': (p) =>
      `自评所列台账逐一按 sha256 核对。${p.total}个社区中有${p.communities}个的台账缺失、被改动或未登记（本报告未列入社区评分页，因缺台账按无数据计的评分项未在此统计）。`,
    'report.evidence.all-intact': (p) =>
      `自评所列台账逐一按 sha256 核对：${p.total}个社区的台账齐全、未被改动，且均已登记。`,
    'report.evidence.col.community': () => '社区',
    'report.evidence.col.missing': () => '缺失',
    'report.evidence.col.changed': () => '已改动',
    'report.evidence.col.unreferenced': () => '未登记',
    'report.evidence.col.other': () => '其他问题',
    'report.evidence.col.no-data': () => '缺台账按无数据计的评分项',
    'report.community.evidence': () => '台账核查',
  },
  {
    'evidence.missing': (p) => `${p.criterion}的佐證資料「${p.path}」不存在：請補回該檔案，或改正路徑`,
    'evidence.changed': (p) =>
      `${p.criterion}的佐證資料「${p.path}」已被改動：現 sha256 為 ${p.actual}…，檔案中登記的是 ${p.expected}…（如新檔案無誤，${p.cell ? '請在儲存格中改寫為新的 sha256' : '請重新執行 civscore evidence add'}）`,
    'evidence.unhashed': (p) =>
      p.cell
        ? `${p.criterion}的佐證資料「${p.path}」未登記 sha256：請在儲存格中路徑後寫上，如「${p.path} sha256:<該檔案的 sha256>」（可用 sha256sum，或 Windows 的 certutil -hashfile <檔案> SHA256 求得）`
        : `${p.criterion}的佐證資料「${p.path}」未登記 sha256：請執行 civscore evidence add <檔案> --criterion ${p.id} "${p.path}"`,
    'evidence.outside': (p) =>
      `${p.criterion}的佐證資料「${p.path}」不在自評檔案所在資料夾內（絕對路徑或 ..）：請移入該資料夾`,
    'evidence.borrowed': (p) =>
      `${p.criterion}的佐證資料「${p.path}」在另一份自評的佐證資料夾（${p.folder}）中：那不是本社區的佐證資料，不予採用；請把本社區自己的檔案放在自己的佐證資料夾中`,
    'evidence.same-as': (p) =>
      `${p.criterion}的佐證資料「${p.path}」與另一份自評佐證資料夾中的「${p.other}」內容完全相同：同一份照片或紀錄被兩個社區使用；仍予採用，但請核實它屬於哪個社區`,
    'evidence.too-large': (p) =>
      `${p.criterion}的佐證資料「${p.path}」未讀取：檔案超過 4 GiB，或是稀疏檔案（大部分是空洞，如 truncate 產生的），照片、掃描檔、影片都不會如此；不予採用：請提供原檔案，且不超過 4 GiB`,
    'evidence.unreferenced': (p) =>
      `佐證資料夾 ${p.folder} 中的「${p.path}」未登記在任何評分項下：請登記（civscore evidence add）或刪除`,
    'evidence.unknown-criterion': (p) =>
      `為「${p.criterion}」登記了佐證資料，但評分細則中沒有該評分項${p.suggestion ? `（是否應為「${p.suggestion}」？）` : ''}`,
    'evidence.image-missing': (p) =>
      `作為${p.criterion}佐證資料的圖片 ${p.image} 不在活頁簿中（xl/cellimages.xml）`,
    'help.cmd.evidence': () => '自評的佐證資料',
    'help.cmd.evidence.add': () => '把佐證檔案登記到某評分項下，寫入 sha256 和類別（直接修改檔案，保留註解）',
    'help.arg.evidence.add.file': () => '自評檔案（YAML）',
    'help.arg.evidence.add.evidence': () => '佐證檔案，路徑相對於目前資料夾',
    'help.opt.evidence.add.criterion': () => '佐證資料所屬評分項的 id',
    'help.opt.evidence.add.kind': () => '類別：照片、會議記錄、測繪報告、簽到表、文件、證書、影片或其他',
    'help.opt.no-evidence-cache': () =>
      '不使用以往執行的快取（按路徑、大小和修改時間），重新計算每個佐證檔案的 sha256',
    'evidence.add.written': (p) => `${p.file}：已為評分項「${p.criterion}」寫入 ${p.count} 條佐證資料`,
    'evidence.add.not-yaml': (p) =>
      `${p.file} 不是 YAML 自評檔案（evidence add 只修改 YAML 檔案）；活頁簿或 CSV 請在標題為「臺帳：<評分項>」的欄中列出檔案`,
    'evidence.add.unreadable': (p) => `${p.file} 無法按 YAML 讀取：${p.detail}`,
    'evidence.add.not-read': (p) => `${p.file} 無法讀取（見上文）：未寫入任何內容`,
    'evidence.add.link': (p) =>
      `${p.file} 是符號連結：evidence add 不經連結寫入；請指定它所指的檔案（未寫入任何內容）`,
    'evidence.add.now-utf8': (p) => `${p.file} 原為 ${encodingName(p.encoding)} 編碼，已改存為 UTF-8`,
    'evidence.add.no-file': (p) => `佐證檔案 ${p.file} 不存在`,
    'evidence.add.too-large': (p) =>
      `佐證檔案 ${p.file} 未讀取：檔案超過 4 GiB，或是稀疏檔案（大部分是空洞，如 truncate 產生的），照片、掃描檔、影片都不會如此；未寫入任何內容：請提供原檔案，且不超過 4 GiB`,
    'evidence.add.not-a-file': (p) =>
      `佐證檔案 ${p.file} 不是檔案（是資料夾或裝置）：請指明照片、掃描檔或文件本身；未寫入任何內容`,
    'evidence.add.cannot-read': (p) => `佐證檔案 ${p.file} 無法讀取（沒有權限？）：未寫入任何內容`,
    'evidence.add.outside': (p) =>
      `佐證檔案 ${p.file} 不在 ${p.assessment} 所在資料夾內：請先複製進去（自評檔案按相對路徑登記佐證資料）`,
    'evidence.add.borrowed': (p) =>
      `佐證檔案 ${p.file} 在另一份自評的佐證資料夾中，不在 ${p.assessment} 自己的佐證資料夾中：不會算作本社區的佐證資料；請把本社區自己的檔案放進自己的佐證資料夾；未寫入任何內容`,
    'evidence.add.bad-kind': (p) =>
      `--kind ${p.kind} 不是佐證資料類別：應為照片、會議記錄、測繪報告、簽到表、文件、證書、影片或其他`,
    'evidence.add.bad-criterion': (p) => `--criterion ${p.criterion} 不是評分項 id`,
    'evidence.add.unknown-criterion': (p) =>
      `--criterion ${p.criterion}：${p.file} 的評分細則中沒有這個評分項目${p.suggestion ? `（是否應為 ${p.suggestion}？）` : ''}；未寫入任何內容`,
    'help.opt.evidence.add.rubric': () => '評分項所屬的評分細則（預設：檔案本身的 `rubric:`）',
    'report.evidence.section': () => '佐證資料核查',
    'report.evidence.note': (p) =>
      `自評所列佐證資料逐一依 sha256 核對。${p.total}個社區中有${p.communities}個的佐證資料缺漏、遭改動或未登記；必備佐證資料不完整的評分項目共${p.criteria}項，以無資料計。`,
    'report.evidence.note-files': (p) =>
      `自評所列佐證資料逐一依 sha256 核對。${p.total}個社區中有${p.communities}個的佐證資料缺漏、遭改動或未登記（本報告未列入社區評分頁，因缺佐證資料以無資料計的評分項目未在此統計）。`,
    'report.evidence.all-intact': (p) =>
      `自評所列佐證資料逐一依 sha256 核對：${p.total}個社區的佐證資料齊全、未遭改動，且均已登記。`,
    'report.evidence.col.community': () => '社區',
    'report.evidence.col.missing': () => '缺漏',
    'report.evidence.col.changed': () => '遭改動',
    'report.evidence.col.unreferenced': () => '未登記',
    'report.evidence.col.other': () => '其他問題',
    'report.evidence.col.no-data': () => '缺佐證資料以無資料計的評分項目',
    'report.community.evidence': () => '佐證資料核查',
  },
);
