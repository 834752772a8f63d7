/** Finding codes of the rubric area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const rubricCodes = defineCodes({
  'rubric.band-above-items': { severity: 'error', params: { met: 'number', items: 'number' } },
  'rubric.band-above-points': { severity: 'error', params: { points: 'number', max: 'number' } },
  'rubric.bound-missing': { severity: 'error', params: {} },
  'rubric.bound-multiple': { severity: 'error', params: { ops: 'string' } },
  'rubric.bound-reversed': { severity: 'error', params: {} },
  'rubric.cycle-weight': { severity: 'error', params: { value: 'string' } },
  'rubric.cycle-weights-count': { severity: 'error', params: { years: 'number', count: 'number' } },
  'rubric.deduction-rule': { severity: 'error', params: {} },
  'rubric.duplicate-id': { severity: 'error', params: { id: 'string', first: 'string' } },
  'rubric.figure-invalid': { severity: 'error', params: { raw: 'string', problem: 'string' } },
  'rubric.figure-masked': { severity: 'warning', params: { raw: 'string' } },
  'rubric.grades-missing': { severity: 'error', params: { metric: 'string' } },
  'rubric.metric-type': { params: { metric: 'string', type: 'string', expected: 'string' } },
  'rubric.mismatch': { severity: 'warning', params: { named: 'string', used: 'string' } },
  'rubric.none': { severity: 'error', params: {} },
  'rubric.not-found': { severity: 'error', params: { rubric: 'string', known: 'string' } },
  'rubric.tier-order': { severity: 'error', params: { tier: 'string', previous: 'string' } },
  'rubric.tier-unreachable': { severity: 'error', params: { tier: 'string', min: 'number', max: 'number' } },
  'rubric.unknown-criterion': { severity: 'error', params: { criterion: 'string' } },
  'rubric.unknown-facility': { severity: 'error', params: { facility: 'string' } },
  'rubric.unknown-metric': { severity: 'error', params: { metric: 'string' } },
  'rubric.unknown-tier': { severity: 'error', params: { tier: 'string' } },
});
