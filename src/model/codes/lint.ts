/** Finding codes of the lint area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const lintCodes = defineCodes({
  'lint.band-order': { severity: 'warning', params: { met: 'number' } },
  'lint.band-shadowed': { severity: 'warning', params: { second: 'number', first: 'number' } },
  'lint.criterion-no-points': { severity: 'warning', params: { criterion: 'string' } },
  'lint.cycle-weights-sum': { severity: 'error', params: { sum: 'string' } },
  'lint.deduction-above-points': { severity: 'warning', params: { deduct: 'number', points: 'number' } },
  'lint.drop-without-extends': { severity: 'warning', params: {} },
  'lint.name-clash': { severity: 'error', params: { name: 'string', first: 'string', second: 'string' } },
  'lint.source-missing': { severity: 'warning', params: { criterion: 'string' } },
  'lint.total-points': { severity: 'info', params: { total: 'number' } },
  'lint.unused-facility': { severity: 'warning', params: { facility: 'string' } },
  'lint.unused-metric': { severity: 'warning', params: { metric: 'string' } },
  'lint.weight-no-points': { severity: 'error', params: { section: 'string', weight: 'number' } },
  'lint.weights-mixed': { severity: 'warning', params: { sections: 'list' } },
  'lint.distinct-no-criterion': { params: { metric: 'text', within: 'text' } },
  'lint.lang-missing': { params: { count: 'text', lang: 'text', shown: 'text' } },
  'lint.lang-partial': { params: { given: 'text', count: 'text', lang: 'text', shown: 'text' } },
  'lint.requirement-every-option': { params: { tier: 'text', metric: 'text' } },
  'lint.title-missing': { params: { lang: 'text', shown: 'text' } },
  'lint.tiers-independent': { severity: 'info', params: { tiers: 'list' } },
  'lint.placeholder': { severity: 'warning', params: { value: 'string' } },
});
