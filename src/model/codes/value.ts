/** Finding codes of the value area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const valueCodes = defineCodes({
  'value.approximate': { params: { metric: 'string', raw: 'string', number: 'string' } },
  'value.hint': { params: { metric: 'string', raw: 'string' } },
  'value.masked': { params: { metric: 'string', raw: 'string' } },
  'value.negative': { params: { metric: 'string', raw: 'string' } },
  'value.not-a-flag': { params: { metric: 'string', raw: 'string' } },
  'value.not-a-grade': { params: { metric: 'string', raw: 'string' } },
  'value.not-a-number': { params: { metric: 'string', raw: 'string' } },
  'value.not-finite': { params: { metric: 'string', raw: 'string' } },
  'value.not-integer': { params: { metric: 'string', raw: 'string' } },
  'value.rate-ambiguous': { params: { metric: 'string', raw: 'string' } },
  'value.rate-range': { params: { metric: 'string', raw: 'string' } },
  'value.range': { params: { metric: 'string', raw: 'string' } },
  'value.mu': { params: { metric: 'string', raw: 'string', sqm: 'string' } },
  'value.split-digits': { params: { metric: 'string', raw: 'string', joined: 'string' } },
  'value.grouping': {
    params: { metric: 'string', raw: 'string', plain: 'string', decimal: 'string?' },
  },
  'value.radix': { params: { metric: 'string', raw: 'string' } },
  'value.implausible': {
    params: { metric: 'string', raw: 'string', limit: 'string', expected: 'string' },
  },
  'value.unit': { params: { metric: 'string', unit: 'string', raw: 'string', expected: 'string' } },
  'value.not-a-choice': {
    params: { metric: 'string', raw: 'string', option: 'string?', options: 'string?' },
  },
});
