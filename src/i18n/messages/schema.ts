import { defineMessages } from '../define.js';

/** The shape of a file: keys, types, allowed values. */
export const schemaMessages = defineMessages(
  {
    'schema.required': (p) => `"${p.key}" is required`,
    'schema.type': (p) => `"${p.key}" should be ${p.expected}, not ${p.actual}`,
    'schema.unknown-key': (p) =>
      `unknown key "${p.key}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'schema.invalid-value': (p) => `"${p.key}" cannot be "${p.actual}"; expected ${p.expected}`,
    'schema.format': (p) => `"${p.key}" is not well-formed: "${p.actual}"`,
    'schema.too-small': (p) => `"${p.key}" is too small (${p.actual}); the minimum is ${p.limit}`,
    'schema.too-big': (p) => `"${p.key}" is too large (${p.actual}); the maximum is ${p.limit}`,
    'schema.shape': (p) => `"${p.key}" does not have any of the accepted forms: ${p.actual}`,
    'schema.invalid': (p) => `"${p.key}" is not valid: ${p.actual}`,
  },
  {
    'schema.required': (p) => `缺少必填项“${p.key}”`,
    'schema.type': (p) => `“${p.key}”应为${p.expected}，而不是 ${p.actual}`,
    'schema.unknown-key': (p) => `未知的键“${p.key}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
    'schema.invalid-value': (p) => `“${p.key}”不能是“${p.actual}”；应为 ${p.expected}`,
    'schema.format': (p) => `“${p.key}”格式不正确：“${p.actual}”`,
    'schema.too-small': (p) => `“${p.key}”过小（${p.actual}）；最小为 ${p.limit}`,
    'schema.too-big': (p) => `“${p.key}”过大（${p.actual}）；最大为 ${p.limit}`,
    'schema.shape': (p) => `“${p.key}”不符合任何允许的写法：${p.actual}`,
    'schema.invalid': (p) => `“${p.key}”无效：${p.actual}`,
  },
  {
    'schema.required': (p) => `缺少必填項“${p.key}”`,
    'schema.type': (p) => `“${p.key}”應為${p.expected}，而不是 ${p.actual}`,
    'schema.unknown-key': (p) => `未知的鍵“${p.key}”${p.suggestion ? `；是否應為“${p.suggestion}”？` : ''}`,
    'schema.invalid-value': (p) => `“${p.key}”不能是“${p.actual}”；應為 ${p.expected}`,
    'schema.format': (p) => `“${p.key}”格式不正確：“${p.actual}”`,
    'schema.too-small': (p) => `“${p.key}”過小（${p.actual}）；最小為 ${p.limit}`,
    'schema.too-big': (p) => `“${p.key}”過大（${p.actual}）；最大為 ${p.limit}`,
    'schema.shape': (p) => `“${p.key}”不符合任何允許的寫法：${p.actual}`,
    'schema.invalid': (p) => `“${p.key}”無效：${p.actual}`,
  },
);
