import type { MessageParams } from '../define.js';
import { defineMessages } from '../define.js';
import { choiceList, keyWord, typeWord } from '../type-words.js';

const didYouMean = (p: MessageParams, lang: 'en' | 'zh-CN' | 'zh-TW') =>
  p.suggestion
    ? lang === 'en'
      ? `; did you mean "${p.suggestion}"?`
      : lang === 'zh-TW'
        ? `；是否應為「${p.suggestion}」？`
        : `；是否应为“${p.suggestion}”？`
    : '';

/** The shape of a file: keys, types, allowed values. */
export const schemaMessages = defineMessages(
  {
    'schema.required': (p) => `${keyWord('en', p.key)} is required`,
    'schema.type': (p) =>
      `${keyWord('en', p.key)} should be ${typeWord('en', p.expected)}, not ${typeWord('en', p.actual)}`,
    'schema.unknown-key': (p) => `unknown key "${p.key}"${didYouMean(p, 'en')}`,
    'schema.invalid-value': (p) =>
      `${keyWord('en', p.key)} cannot be ${typeWord('en', p.actual)}; expected ${choiceList('en', p.expected)}${didYouMean(p, 'en')}`,
    'schema.format': (p) => `${keyWord('en', p.key)} is not well-formed: "${p.actual}"`,
    'schema.too-small': (p) =>
      `${keyWord('en', p.key)} is too small (${p.actual}); the minimum is ${p.limit}`,
    'schema.too-big': (p) => `${keyWord('en', p.key)} is too large (${p.actual}); the maximum is ${p.limit}`,
    'schema.shape': (p) =>
      `${keyWord('en', p.key)} does not have any of the accepted forms: ${typeWord('en', p.actual)}`,
    'schema.invalid': (p) => `${keyWord('en', p.key)} is not valid: ${typeWord('en', p.actual)}`,
  },
  {
    'schema.required': (p) => `缺少必填项${keyWord('zh-CN', p.key, p.field)}`,
    'schema.type': (p) =>
      `${keyWord('zh-CN', p.key, p.field)}应为${typeWord('zh-CN', p.expected)}，而不是${typeWord('zh-CN', p.actual)}`,
    'schema.unknown-key': (p) => `未知的键“${p.key}”${didYouMean(p, 'zh-CN')}`,
    'schema.invalid-value': (p) =>
      `${keyWord('zh-CN', p.key, p.field)}不能是${typeWord('zh-CN', p.actual)}，应为${choiceList('zh-CN', p.expected)}之一${didYouMean(p, 'zh-CN')}`,
    'schema.format': (p) => `${keyWord('zh-CN', p.key, p.field)}格式不正确：“${p.actual}”`,
    'schema.too-small': (p) => `${keyWord('zh-CN', p.key, p.field)}过小（${p.actual}），最小为${p.limit}`,
    'schema.too-big': (p) => `${keyWord('zh-CN', p.key, p.field)}过大（${p.actual}），最大为${p.limit}`,
    'schema.shape': (p) => `${keyWord('zh-CN', p.key, p.field)}的写法不对：${typeWord('zh-CN', p.actual)}`,
    'schema.invalid': (p) => `${keyWord('zh-CN', p.key, p.field)}无效：${typeWord('zh-CN', p.actual)}`,
  },
  {
    'schema.required': (p) => `缺少必填項${keyWord('zh-TW', p.key, p.field)}`,
    'schema.type': (p) =>
      `${keyWord('zh-TW', p.key, p.field)}應為${typeWord('zh-TW', p.expected)}，而不是${typeWord('zh-TW', p.actual)}`,
    'schema.unknown-key': (p) => `未知的鍵「${p.key}」${didYouMean(p, 'zh-TW')}`,
    'schema.invalid-value': (p) =>
      `${keyWord('zh-TW', p.key, p.field)}不能是${typeWord('zh-TW', p.actual)}，應為${choiceList('zh-TW', p.expected)}之一${didYouMean(p, 'zh-TW')}`,
    'schema.format': (p) => `${keyWord('zh-TW', p.key, p.field)}格式不正確：「${p.actual}」`,
    'schema.too-small': (p) => `${keyWord('zh-TW', p.key, p.field)}過小（${p.actual}），最小為${p.limit}`,
    'schema.too-big': (p) => `${keyWord('zh-TW', p.key, p.field)}過大（${p.actual}），最大為${p.limit}`,
    'schema.shape': (p) => `${keyWord('zh-TW', p.key, p.field)}的寫法不對：${typeWord('zh-TW', p.actual)}`,
    'schema.invalid': (p) => `${keyWord('zh-TW', p.key, p.field)}無效：${typeWord('zh-TW', p.actual)}`,
  },
);
