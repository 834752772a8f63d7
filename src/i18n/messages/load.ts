import { defineMessages } from '../define.js';
import { typeWord } from '../type-words.js';

/** 4880 as 4,880. */
const thousands = (n: string | undefined) => (n === undefined ? '' : n.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/**
 * Why a file could not be read, in words: readSource's `not a regular file`, and the system's
 * codes a user meets (other codes are shown as they are, to look up).
 */
const REASONS = {
  en: {
    'not a regular file': 'not a regular file but a pipe, socket or device',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EIO: 'the disk could not be read',
  },
  'zh-CN': {
    'not a regular file': '不是普通文件，而是管道、套接字或设备',
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
    EIO: '磁盘读取出错',
  },
  'zh-TW': {
    'not a regular file': '不是一般檔案，而是管道、通訊端或裝置',
    EACCES: '沒有讀取權限',
    EPERM: '沒有讀取權限',
    EIO: '磁碟讀取出錯',
  },
} as const;
const reason = (lang: keyof typeof REASONS, r: unknown): string =>
  (REASONS[lang] as Record<string, string>)[String(r)] ?? String(r);

/** Reading and parsing files. */
export const loadMessages = defineMessages(
  {
    'load.not-found': (p) =>
      p.stdin
        ? `civscore reads files, not standard input (${p.stdin}): save the text to a file (such as community.yaml) and name that file`
        : 'file not found',
    'load.repeated': (p) =>
      `${thousands(p.count)} more of the same kind (${p.code}) in this file, not listed one by one`,
    'load.is-directory': () => 'is a directory, not a file',
    'load.unreadable': (p) => `cannot read the file (${reason('en', p.reason)})`,
    'load.too-large': (p) => `file is ${p.size} bytes, over the limit of ${p.limit}; it was not read`,
    'load.binary': () => 'binary data, not a text file',
    'load.encoding': () => 'the bytes are neither UTF-8 nor GB18030 text',
    'load.gb18030': () => 'decoded as GB18030 (GBK); saving the file as UTF-8 is recommended',
    'load.empty': () => 'the file is empty',
    'load.not-mapping': (p) =>
      `the file must be a mapping of keys to values, not ${typeWord('en', p.actual)}`,
    'load.multi-document': (p) => `the file holds ${p.count} YAML documents; put one per file`,
    'load.yaml-syntax': (p) => `YAML syntax error: ${p.detail}`,
    'load.duplicate-key': (p) => `key "${p.key}" appears more than once`,
    'load.alias-limit': () => 'too many YAML aliases (a possible alias bomb); the file was refused',
    'load.unresolved-alias': (p) =>
      `*${p.name} is a YAML alias, but no anchor &${p.name} comes before it; a figure starting with * needs quotes`,
    'load.unquoted-star': (p) =>
      `${p.value} starts with *, which YAML reads as an alias: fill in the real figure if it is a masked placeholder, or put the text in quotes ("${p.value}")`,
    'load.too-deep': (p) => `nesting deeper than ${p.limit} levels; the file was refused`,
    'load.alias-expansion': (p) =>
      `its aliases (*name) would add ${p.added} characters when resolved, over the limit of ${p.limit}; the file was refused: write the repeated part out once, or shorten it`,
    'load.unsafe-key': (p) => `key "${p.key}" is not allowed`,
  },
  {
    'load.not-found': (p) =>
      p.stdin
        ? `civscore 不读取标准输入（${p.stdin}）：请先把内容保存为文件（如 community.yaml），再写出该文件的路径`
        : '文件不存在',
    'load.repeated': (p) => `还有 ${thousands(p.count)} 个同类问题（${p.code}），不再逐一列出`,
    'load.is-directory': () => '这是一个目录，不是文件',
    'load.unreadable': (p) => `无法读取文件（${reason('zh-CN', p.reason)}）`,
    'load.too-large': (p) => `文件大小 ${p.size} 字节，超过上限 ${p.limit}，未读取`,
    'load.binary': () => '二进制数据，不是文本文件',
    'load.encoding': () => '文件既不是 UTF-8 也不是 GB18030 编码的文本',
    'load.gb18030': () => '已按 GB18030（GBK）编码解码；建议将文件另存为 UTF-8',
    'load.empty': () => '文件为空',
    'load.not-mapping': (p) => `文件内容必须是“键: 值”映射，而不是${typeWord('zh-CN', p.actual)}`,
    'load.multi-document': (p) => `文件包含 ${p.count} 个 YAML 文档；每个文件只能有一个`,
    'load.yaml-syntax': (p) => `YAML 语法错误：${p.detail}`,
    'load.duplicate-key': (p) => `键“${p.key}”重复出现`,
    'load.alias-limit': () => 'YAML 别名过多（可能是别名炸弹），已拒绝该文件',
    'load.unresolved-alias': (p) =>
      `*${p.name} 是 YAML 别名，但此前没有定义锚点 &${p.name}；以 * 开头的数值需要加引号`,
    'load.unquoted-star': (p) =>
      `${p.value} 以 * 开头，YAML 会把它读成别名：如果是屏蔽的数值，请填写实际数值；如果是文字，请加引号（"${p.value}"）`,
    'load.too-deep': (p) => `嵌套超过 ${p.limit} 层，已拒绝该文件`,
    'load.alias-expansion': (p) =>
      `文件中的别名（*名称）展开后会增加 ${p.added} 个字符，超过上限 ${p.limit}，已拒绝该文件：请把重复的内容只写一次，或缩短它`,
    'load.unsafe-key': (p) => `不允许使用键“${p.key}”`,
  },
  {
    'load.not-found': (p) =>
      p.stdin
        ? `civscore 不讀取標準輸入（${p.stdin}）：請先把內容存成檔案（如 community.yaml），再寫出該檔案的路徑`
        : '檔案不存在',
    'load.repeated': (p) => `還有 ${thousands(p.count)} 個同類問題（${p.code}），不再逐一列出`,
    'load.is-directory': () => '這是一個資料夾，不是檔案',
    'load.unreadable': (p) => `無法讀取檔案（${reason('zh-TW', p.reason)}）`,
    'load.too-large': (p) => `檔案大小 ${p.size} 位元組，超過上限 ${p.limit}，未讀取`,
    'load.binary': () => '二進位資料，不是文字檔',
    'load.encoding': () => '檔案既不是 UTF-8 也不是 GB18030 編碼的文字',
    'load.gb18030': () => '已按 GB18030（GBK）編碼解碼；建議將檔案另存為 UTF-8',
    'load.empty': () => '檔案為空',
    'load.not-mapping': (p) => `檔案內容必須是「鍵: 值」對應，而不是${typeWord('zh-TW', p.actual)}`,
    'load.multi-document': (p) => `檔案包含 ${p.count} 個 YAML 文件；每個檔案只能有一個`,
    'load.yaml-syntax': (p) => `YAML 語法錯誤：${p.detail}`,
    'load.duplicate-key': (p) => `鍵「${p.key}」重複出現`,
    'load.alias-limit': () => 'YAML 別名過多（可能是別名炸彈），已拒絕該檔案',
    'load.unresolved-alias': (p) =>
      `*${p.name} 是 YAML 別名，但此前沒有定義錨點 &${p.name}；以 * 開頭的數值需要加引號`,
    'load.unquoted-star': (p) =>
      `${p.value} 以 * 開頭，YAML 會把它讀成別名：如果是遮蔽的數值，請填寫實際數值；如果是文字，請加引號（"${p.value}"）`,
    'load.too-deep': (p) => `巢狀超過 ${p.limit} 層，已拒絕該檔案`,
    'load.alias-expansion': (p) =>
      `檔案中的別名（*名稱）展開後會增加 ${p.added} 個字元，超過上限 ${p.limit}，已拒絕該檔案：請把重複的內容只寫一次，或縮短它`,
    'load.unsafe-key': (p) => `不允許使用鍵「${p.key}」`,
  },
);
