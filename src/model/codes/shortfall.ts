/** Finding codes of the shortfall area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const shortfallCodes = defineCodes({
  'shortfall.above': { params: { metric: 'string', actual: 'number', needed: 'number', gap: 'number' } },
  'shortfall.below': { params: { metric: 'string', actual: 'number', needed: 'number', gap: 'number' } },
  'shortfall.deducted': { params: { metric: 'string', actual: 'number', deducted: 'number' } },
  'shortfall.facility-area': {
    params: { facility: 'string', actual: 'number', needed: 'number', gap: 'number' },
  },
  'shortfall.facility-area-unknown': { params: { facility: 'string', needed: 'number' } },
  'shortfall.facility-count': { params: { facility: 'string', actual: 'number', needed: 'number' } },
  'shortfall.facility-missing': { params: { facility: 'string' } },
  'shortfall.figure-masked': { params: { raw: 'string' } },
  'shortfall.flag-missing': { params: { metric: 'string' } },
  'shortfall.flag-present': { params: { metric: 'string' } },
  'shortfall.grade': { params: { grade: 'string', share: 'number' } },
  'shortfall.grade-by': { params: { grade: 'string', share: 'number', metric: 'string', actual: 'number' } },
  'shortfall.items-met': { params: { met: 'number', total: 'number' } },
  'shortfall.no-data': { params: { metric: 'string' } },
  'shortfall.no-facilities': { params: {} },
  'shortfall.not-above': { params: { metric: 'string', actual: 'number', needed: 'number' } },
  'shortfall.not-below': { params: { metric: 'string', actual: 'number', needed: 'number' } },
  'shortfall.outside': { params: { metric: 'string', actual: 'number', low: 'number', high: 'number' } },
  'shortfall.per-zero': { params: { metric: 'string' } },
  'shortfall.ratio-above': {
    params: {
      metric: 'string',
      actual: 'number',
      per: 'string',
      size: 'number',
      every: 'number',
      rate: 'number',
      needed: 'number',
      gap: 'number',
    },
  },
  'shortfall.ratio-below': {
    params: {
      metric: 'string',
      actual: 'number',
      per: 'string',
      size: 'number',
      every: 'number',
      rate: 'number',
      needed: 'number',
      gap: 'number',
    },
  },
  'shortfall.ratio-outside': {
    params: {
      metric: 'string',
      actual: 'number',
      per: 'string',
      size: 'number',
      every: 'number',
      rate: 'number',
      needed: 'number',
      gap: 'number',
    },
  },
  'shortfall.unreadable': { params: { metric: 'string', problem: 'string' } },
});
