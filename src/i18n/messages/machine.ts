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
  },
  {
    'machine.output-no-folder': (p) =>
      `无法写入 ${p.file}：文件夹 ${p.folder} 不存在（请先创建，或换一个文件名）`,
    'machine.output-is-folder': (p) => `无法写入 ${p.file}：这是一个文件夹，请指定其中的一个文件`,
    'machine.output-dangling-link': (p) =>
      `无法写入 ${p.file}：这是指向 ${p.target} 的符号链接，而目标并不存在；请删除该链接或换一个文件名`,
    'machine.output-failed': (p) => `无法写入 ${p.file}（${p.detail}），请检查权限和磁盘空间`,
  },
  {
    'machine.output-no-folder': (p) =>
      `無法寫入 ${p.file}：資料夾 ${p.folder} 不存在（請先建立，或改用其他檔名）`,
    'machine.output-is-folder': (p) => `無法寫入 ${p.file}：這是一個資料夾，請指定其中的一個檔案`,
    'machine.output-dangling-link': (p) =>
      `無法寫入 ${p.file}：這是指向 ${p.target} 的符號連結，而目標並不存在；請刪除該連結或改用其他檔名`,
    'machine.output-failed': (p) => `無法寫入 ${p.file}（${p.detail}），請檢查權限與磁碟空間`,
  },
);
