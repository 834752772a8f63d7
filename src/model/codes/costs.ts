/** Finding codes of a cost file (costs.yaml) and of `civscore plan` (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const costsCodes = defineCodes({
  'assessment.is-costs': { params: {} },
  'costs.rubric-differs': { severity: 'error', params: { rubric: 'string', expected: 'string' } },
  'costs.unknown-metric': { severity: 'error', params: { metric: 'string', suggestion: 'string?' } },
  'costs.unknown-facility': { severity: 'error', params: { facility: 'string', suggestion: 'string?' } },
  'costs.event': { severity: 'error', params: { metric: 'string', criterion: 'string' } },
  'costs.choice': { severity: 'error', params: { metric: 'string' } },
  'costs.size-only': { severity: 'warning', params: { metric: 'string' } },
  'costs.money': { severity: 'error', params: { value: 'string' } },
  'costs.no-price': { severity: 'error', params: {} },
  'costs.per-unit-flag': { severity: 'error', params: { metric: 'string' } },
  'costs.also-type': { severity: 'error', params: { metric: 'string', also: 'string' } },
  'costs.also-self': { severity: 'error', params: { metric: 'string' } },
  'costs.shared-kind': { severity: 'error', params: {} },
  'costs.way-twice': { severity: 'warning', params: { way: 'string' } },
  'costs.unpriced': { severity: 'info', params: { metrics: 'list' } },
  'costs.quotes-here': { severity: 'error', params: {} },
  'costs.quote-forbidden': { severity: 'warning', params: { community: 'string', costs: 'string' } },
  'costs.quote-rubric': { severity: 'error', params: { rubric: 'string', expected: 'string' } },
  'costs.quote-unknown': { severity: 'warning', params: { community: 'string' } },
});
