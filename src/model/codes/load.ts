/** Finding codes of the load area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const loadCodes = defineCodes({
  'load.alias-limit': { severity: 'error', params: {} },
  'load.big5': { params: {} },
  'load.binary': { params: {} },
  'load.colon-no-space': { params: { key: 'string', fixed: 'string' } },
  'load.duplicate-key': { severity: 'error', params: { key: 'string' } },
  'load.empty': { severity: 'error', params: {} },
  'load.encoding': { params: {} },
  'load.fullwidth-colon': { params: { key: 'string', fixed: 'string' } },
  'load.fullwidth-space': { params: { key: 'string', fixed: 'string' } },
  'load.gb18030': { params: {} },
  'load.is-assessment': { severity: 'error', params: {} },
  /** The findings of one code in one file past the first few, said once (repeated.ts): how many, and their code. */
  'load.repeated': { params: { code: 'string', count: 'number' } },
  'load.is-directory': { severity: 'error', params: {} },
  'load.list-in-mapping': { params: { parent: 'string' } },
  'load.multi-document': { severity: 'error', params: { count: 'number' } },
  /** No such file; `stdin` is set (to '-') when the name was `-`: standard input, which no command reads. */
  'load.not-found': { severity: 'error', params: { stdin: 'string?' } },
  'load.not-mapping': { severity: 'error', params: { actual: 'string' } },
  'load.syntax': { severity: 'error', params: { problem: 'string' } },
  'load.tab-indent': { params: {} },
  'load.too-deep': { severity: 'error', params: { limit: 'number' } },
  'load.too-large': { severity: 'error', params: { size: 'text', limit: 'text' } },
  'load.unclosed-bracket': { params: { open: 'string', close: 'string' } },
  'load.unquoted-star': { severity: 'error', params: { value: 'string' } },
  'load.unreadable': { severity: 'error', params: { reason: 'string' } },
  'load.unresolved-alias': { severity: 'error', params: { name: 'string' } },
  'load.unsafe-key': { severity: 'error', params: { key: 'string' } },
  'load.utf16': { params: {} },
  'load.yaml-syntax': { severity: 'error', params: { detail: 'string' } },
  'load.alias-expansion': { params: { added: 'text', limit: 'text' } },
});
