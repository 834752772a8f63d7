import { defineMessages } from '../define.js';

/** Output that fits and stays in its place: length limits, labels of stacked table rows. */
const FIELD_EN: Record<string, string> = {
  name: 'The name',
  community: 'The community',
  street: 'The street',
  district: 'The district',
  city: 'The city',
};
const FIELD_CN: Record<string, string> = {
  name: '名称',
  community: '所属社区',
  street: '所属街道',
  district: '所属区',
  city: '所属城市',
};
const FIELD_TW: Record<string, string> = {
  name: '名稱',
  community: '所屬社區',
  street: '所屬街道',
  district: '所屬區',
  city: '所屬城市',
};

export const outputMessages = defineMessages(
  {
    'output.label-separator': () => ': ',
    'assessment.unsafe-text': (p) =>
      `${FIELD_EN[p.key ?? ''] ?? p.key} holds control or invisible characters (${p.chars}): they can hide or reorder text where it is shown (U+202E turns what follows around; ESC starts a terminal sequence), and reports show them as these escapes. Delete them and type it again`,
    'assessment.text-too-long': (p) =>
      `${FIELD_EN[p.key ?? ''] ?? p.key} is ${p.length} characters long, more than the ${p.max} allowed; reports show only its beginning: shorten it`,
  },
  {
    'output.label-separator': () => '：',
    'assessment.unsafe-text': (p) =>
      `${FIELD_CN[p.key ?? ''] ?? p.key}中含有控制字符或不可见字符（${p.chars}）：它们会在显示时隐藏或打乱文字（U+202E 会让后面的文字倒排，ESC 会发出终端控制序列），报表中按上面的转义形式显示。请删除这些字符后重新输入`,
    'assessment.text-too-long': (p) =>
      `${FIELD_CN[p.key ?? ''] ?? p.key}长${p.length}个字符，超过上限${p.max}个；报表中只显示开头部分，请缩短`,
  },
  {
    'output.label-separator': () => '：',
    'assessment.unsafe-text': (p) =>
      `${FIELD_TW[p.key ?? ''] ?? p.key}中含有控制字元或不可見字元（${p.chars}）：它們會在顯示時隱藏或打亂文字（U+202E 會讓後面的文字倒排，ESC 會送出終端機控制序列），報表中以上面的跳脫形式顯示。請刪除這些字元後重新輸入`,
    'assessment.text-too-long': (p) =>
      `${FIELD_TW[p.key ?? ''] ?? p.key}長${p.length}個字元，超過上限${p.max}個；報表中只顯示開頭部分，請縮短`,
  },
);
