import { defineMessages } from '../define.js';

/** Output that fits and stays in its place: length limits, labels of stacked table rows. */
const FIELD_EN: Record<string, string> = {
  name: 'The name',
  street: 'The street',
  district: 'The district',
  city: 'The city',
};
const FIELD_CN: Record<string, string> = {
  name: '名称',
  street: '所属街道',
  district: '所属区',
  city: '所属城市',
};
const FIELD_TW: Record<string, string> = {
  name: '名稱',
  street: '所屬街道',
  district: '所屬區',
  city: '所屬城市',
};

export const outputMessages = defineMessages(
  {
    'output.label-separator': () => ': ',
    'assessment.text-too-long': (p) =>
      `${FIELD_EN[p.key ?? ''] ?? p.key} is ${p.length} characters long, more than the ${p.max} allowed; reports show only its beginning: shorten it`,
  },
  {
    'output.label-separator': () => '：',
    'assessment.text-too-long': (p) =>
      `${FIELD_CN[p.key ?? ''] ?? p.key}长${p.length}个字符，超过上限${p.max}个；报表中只显示开头部分，请缩短`,
  },
  {
    'output.label-separator': () => '：',
    'assessment.text-too-long': (p) =>
      `${FIELD_TW[p.key ?? ''] ?? p.key}長${p.length}個字元，超過上限${p.max}個；報表中只顯示開頭部分，請縮短`,
  },
);
