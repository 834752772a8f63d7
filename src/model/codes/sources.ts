/**
 * Finding codes of what the sources mean (issue #25): quotes checked against their source, a
 * community's type (old town or new estate), brands named in free text (see index.ts for how to
 * add one).
 */
import { defineCodes } from './define.js';

export const sourceCodes = defineCodes({
  'value.not-text': { params: { metric: 'string', raw: 'string' } },
  'lint.quote-not-in-source': { severity: 'error', params: { quote: 'string', file: 'string' } },
  'lint.source-unread': { severity: 'warning', params: { file: 'string' } },
  'rubric.unknown-community-type': { severity: 'error', params: { type: 'string', suggestion: 'string?' } },
  'rubric.by-type-and-bound': { severity: 'error', params: {} },
  'shortfall.community-type-missing': { params: {} },
  'shortfall.community-type-no-bound': { params: { type: 'string' } },
  'assessment.community-type-unknown': {
    severity: 'error',
    params: { raw: 'string', type: 'string?', types: 'string' },
  },
});
