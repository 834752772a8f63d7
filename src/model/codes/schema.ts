/** Finding codes of the schema area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const schemaCodes = defineCodes({
  'schema.format': { severity: 'error', params: { key: 'string', field: 'string?', actual: 'string' } },
  'schema.invalid': { severity: 'error', params: { key: 'string', field: 'string?', actual: 'string' } },
  'schema.invalid-value': {
    severity: 'error',
    params: { key: 'string', field: 'string?', actual: 'string', expected: 'string', suggestion: 'string?' },
  },
  'schema.required': { severity: 'error', params: { key: 'string', field: 'string?' } },
  'schema.shape': { severity: 'error', params: { key: 'string', field: 'string?', actual: 'string' } },
  'schema.too-big': {
    severity: 'error',
    params: { key: 'string', field: 'string?', actual: 'string', limit: 'string' },
  },
  'schema.too-small': {
    severity: 'error',
    params: { key: 'string', field: 'string?', actual: 'string', limit: 'string' },
  },
  'schema.type': {
    severity: 'error',
    params: { key: 'string', field: 'string?', expected: 'string', actual: 'string' },
  },
  'schema.unfilled': { severity: 'error', params: { key: 'string', field: 'string?' } },
  'schema.unknown-key': { severity: 'error', params: { key: 'string', suggestion: 'string?' } },
});
