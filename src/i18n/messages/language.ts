import { defineMessages, type MessageParams } from '../define.js';
import { keyWord } from '../type-words.js';

/**
 * What the YAML parser's error codes mean, in words a person typing the file understands. The
 * code itself never reaches the message.
 */
const SYNTAX_EN: Record<string, string> = {
  BAD_INDENT:
    'the indentation of this line does not match the lines around it; line it up with the keys at its level',
  TAB_AS_INDENT: 'a tab is used to indent; YAML indents with spaces only',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY:
    'this line is neither "key: value" nor a list item; is the colon or the space after it missing?',
  BLOCK_AS_IMPLICIT_KEY:
    'this line is neither "key: value" nor a list item; is the colon or the space after it missing?',
  UNEXPECTED_TOKEN: 'a character here is not allowed at this place',
  BAD_SCALAR_START: 'a value cannot start with this character; put the value in quotes',
  BAD_DQ_ESCAPE: 'a backslash in double quotes starts an escape that does not exist; use single quotes',
  BLOCK_IN_FLOW: 'a block cannot be inside { } or [ ]',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  MULTIPLE_ANCHORS: 'a value has more than one anchor (&)',
  MULTIPLE_TAGS: 'a value has more than one tag (!)',
  BAD_ALIAS: 'an alias (*) is not well-formed',
  BAD_DIRECTIVE: 'a line starting with % is not a directive this tool reads',
  TAG_RESOLVE_FAILED: 'a tag (!) is not one this tool reads; remove it',
};
const SYNTAX_ZH_CN: Record<string, string> = {
  BAD_INDENT: '这一行的缩进与上下文不一致；请与同一层的键对齐',
  TAB_AS_INDENT: '用了 Tab 键缩进；YAML 只能用空格缩进',
  MISSING_CHAR: '缺少配对的引号或括号',
  MULTILINE_IMPLICIT_KEY: '这一行既不是“名称: 数值”，也不是列表项；是否漏了冒号或冒号后的空格？',
  BLOCK_AS_IMPLICIT_KEY: '这一行既不是“名称: 数值”，也不是列表项；是否漏了冒号或冒号后的空格？',
  UNEXPECTED_TOKEN: '此处出现了不该有的字符',
  BAD_SCALAR_START: '数值不能以这个字符开头；请给数值加上引号',
  BAD_DQ_ESCAPE: '双引号里的反斜杠“\\”构成了无效的转义；请改用单引号',
  BLOCK_IN_FLOW: '花括号或方括号里不能再写多行的内容',
  KEY_OVER_1024_CHARS: '键的长度超过 1024 个字符',
  MULTIPLE_ANCHORS: '一个值上有多个锚点（&）',
  MULTIPLE_TAGS: '一个值上有多个标签（!）',
  BAD_ALIAS: '别名（*）写法不正确',
  BAD_DIRECTIVE: '以 % 开头的行不是本工具能读的指令',
  TAG_RESOLVE_FAILED: '本工具不认识这个标签（!）；请删除',
};
const SYNTAX_ZH_TW: Record<string, string> = {
  BAD_INDENT: '這一行的縮排與上下文不一致；請與同一層的鍵對齊',
  TAB_AS_INDENT: '用了 Tab 鍵縮排；YAML 只能用空白縮排',
  MISSING_CHAR: '缺少配對的引號或括號',
  MULTILINE_IMPLICIT_KEY: '這一行既不是「名稱: 數值」，也不是清單項目；是否漏了冒號或冒號後的空白？',
  BLOCK_AS_IMPLICIT_KEY: '這一行既不是「名稱: 數值」，也不是清單項目；是否漏了冒號或冒號後的空白？',
  UNEXPECTED_TOKEN: '此處出現了不該有的字元',
  BAD_SCALAR_START: '數值不能以這個字元開頭；請為數值加上引號',
  BAD_DQ_ESCAPE: '雙引號裡的反斜線「\\」構成了無效的跳脫字元；請改用單引號',
  BLOCK_IN_FLOW: '大括號或方括號裡不能再寫多行的內容',
  KEY_OVER_1024_CHARS: '鍵的長度超過 1024 個字元',
  MULTIPLE_ANCHORS: '一個值上有多個錨點（&）',
  MULTIPLE_TAGS: '一個值上有多個標籤（!）',
  BAD_ALIAS: '別名（*）寫法不正確',
  BAD_DIRECTIVE: '以 % 開頭的行不是本工具能讀的指令',
  TAG_RESOLVE_FAILED: '本工具不認得這個標籤（!）；請刪除',
};

const syntax = (table: Record<string, string>, fallback: string) => (p: MessageParams) =>
  table[p.problem ?? ''] ?? fallback;

/**
 * Typing mistakes, values written as people write them, encodings from Windows and Taiwan:
 * each said as what it is, with the fix.
 */
export const languageMessages = defineMessages(
  {
    'load.fullwidth-colon': (p) =>
      `full-width colon "：" after "${p.key}"; read as "${p.fixed}". Use a half-width colon and a space ": "`,
    'load.fullwidth-space': (p) =>
      `full-width space after "${p.key}:"; read as "${p.fixed}". Use a half-width space after the colon`,
    'load.colon-no-space': (p) =>
      `no space after the colon of "${p.key}"; read as "${p.fixed}". YAML needs a space after the colon`,
    'load.tab-indent': () =>
      'this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lined up with the keys at its level',
    'load.unclosed-bracket': (p) => `"${p.open}" is never closed; add "${p.close}" at the end of the line`,
    'load.list-in-mapping': (p) =>
      `this line starts with "- " (a list item), but ${p.parent ? `the entries under "${p.parent}"` : 'the lines around it'} are "name: value" lines; remove the "- "`,
    // Only known codes reach load.syntax (parse-yaml.ts); an unknown one is named in English only.
    'load.syntax': (p) => SYNTAX_EN[p.problem ?? ''] ?? `the YAML here is not well-formed (${p.problem})`,
    'load.utf16': () => 'decoded as UTF-16 (Notepad\'s "Unicode"); saving the file as UTF-8 is recommended',
    'load.big5': () => 'decoded as Big5 (traditional Chinese); saving the file as UTF-8 is recommended',
    'load.is-assessment': () =>
      'this is a self-assessment (自评), not a rubric; check it with `civscore check`',
    'schema.unfilled': (p) => `${keyWord('en', p.key)} is not filled in (~); write the value`,
    'value.approximate': (p) =>
      `${p.metric}: "${p.raw}" is an approximate figure; write the actual figure, in the form "${p.number}"`,
    'value.range': (p) => `${p.metric}: "${p.raw}" is a range; write the actual figure`,
    'value.mu': (p) =>
      `${p.metric}: "${p.raw}" is in mu (亩); 1 mu ≈ 666.7 m², so write it in m² (about ${p.sqm} m²)`,
    'value.split-digits': (p) =>
      `${p.metric}: "${p.raw}" has a space between its digits; if it is ${p.joined}, remove the space`,
  },
  {
    'load.fullwidth-colon': (p) =>
      `“${p.key}”后面用了全角冒号“：”，已按“${p.fixed}”读取；请改成半角冒号加空格“: ”`,
    'load.fullwidth-space': (p) =>
      `“${p.key}:”后面是全角空格，已按“${p.fixed}”读取；请把冒号后的空格改成半角空格`,
    'load.colon-no-space': (p) => `“${p.key}”的冒号后缺少空格，已按“${p.fixed}”读取；冒号后要加一个半角空格`,
    'load.tab-indent': () =>
      '这一行用了 Tab 键缩进；YAML 只能用空格缩进：请把 Tab 换成空格，与同一层的键对齐',
    'load.unclosed-bracket': (p) => `“${p.open}”没有对应的“${p.close}”；请在这一行末尾补上“${p.close}”`,
    'load.list-in-mapping': (p) =>
      `这一行以“- ”开头，是列表项，但${p.parent ? `“${p.parent}”下面` : '这里'}应是“名称: 数值”；请去掉“- ”`,
    'load.syntax': syntax(SYNTAX_ZH_CN, '此处的 YAML 格式有误'),
    'load.utf16': () => '已按 UTF-16 编码（记事本的“Unicode”）读取；建议将文件另存为 UTF-8',
    'load.big5': () => '已按 Big5 编码（繁体中文）读取；建议将文件另存为 UTF-8',
    'load.is-assessment': () => '这是自评文件，不是评分细则；请用 `civscore check` 检查',
    'schema.unfilled': (p) => `${keyWord('zh-CN', p.key, p.field)}未填写（仍是 ~）；请填写`,
    'value.approximate': (p) => `${p.metric}：“${p.raw}”是约数；请填写实际数值，写法如“${p.number}”`,
    'value.range': (p) => `${p.metric}：“${p.raw}”是一个范围；请填实际数值`,
    'value.mu': (p) =>
      `${p.metric}：“${p.raw}”的单位是亩；1亩≈666.7平方米，请换算成平方米填写（约 ${p.sqm} 平方米）`,
    'value.split-digits': (p) => `${p.metric}：“${p.raw}”的数字中间有空格；如果是 ${p.joined}，请去掉空格`,
  },
  {
    'load.fullwidth-colon': (p) =>
      `「${p.key}」後面用了全形冒號「：」，已按「${p.fixed}」讀取；請改成半形冒號加空白「: 」`,
    'load.fullwidth-space': (p) =>
      `「${p.key}:」後面是全形空白，已按「${p.fixed}」讀取；請把冒號後的空白改成半形空白`,
    'load.colon-no-space': (p) =>
      `「${p.key}」的冒號後缺少空白，已按「${p.fixed}」讀取；冒號後要加一個半形空白`,
    'load.tab-indent': () =>
      '這一行用了 Tab 鍵縮排；YAML 只能用空白縮排：請把 Tab 換成空白，與同一層的鍵對齊',
    'load.unclosed-bracket': (p) => `「${p.open}」沒有對應的「${p.close}」；請在這一行末尾補上「${p.close}」`,
    'load.list-in-mapping': (p) =>
      `這一行以「- 」開頭，是清單項目，但${p.parent ? `「${p.parent}」下面` : '這裡'}應是「名稱: 數值」；請去掉「- 」`,
    'load.syntax': syntax(SYNTAX_ZH_TW, '此處的 YAML 格式有誤'),
    'load.utf16': () => '已按 UTF-16 編碼（記事本的「Unicode」）讀取；建議將檔案另存為 UTF-8',
    'load.big5': () => '已按 Big5 編碼讀取；建議將檔案另存為 UTF-8',
    'load.is-assessment': () => '這是自評檔案，不是評分細則；請用 `civscore check` 檢查',
    'schema.unfilled': (p) => `${keyWord('zh-TW', p.key, p.field)}未填寫（仍是 ~）；請填寫`,
    'value.approximate': (p) => `${p.metric}：「${p.raw}」是約數；請填寫實際數值，寫法如「${p.number}」`,
    'value.range': (p) => `${p.metric}：「${p.raw}」是一個範圍；請填實際數值`,
    'value.mu': (p) =>
      `${p.metric}：「${p.raw}」的單位是畝；1畝≈666.7平方公尺，請換算成平方公尺填寫（約 ${p.sqm} 平方公尺）`,
    'value.split-digits': (p) => `${p.metric}：「${p.raw}」的數字中間有空白；如果是 ${p.joined}，請去掉空白`,
  },
);
