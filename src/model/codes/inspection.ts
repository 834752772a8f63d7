/** Finding codes of inspections (督查): the file, its records, and what they find (see index.ts). */
import { defineCodes } from './define.js';

export const inspectionCodes = defineCodes({
  'inspection.not-a-list': { severity: 'error', params: {} },
  'inspection.empty': { severity: 'warning', params: {} },
  'inspection.header': { severity: 'error', params: { fields: 'list' } },
  'inspection.unknown-key': { severity: 'warning', params: { key: 'string' } },
  'inspection.field-missing': { severity: 'error', params: { field: 'string' } },
  'inspection.bad-id': { severity: 'error', params: { actual: 'string' } },
  'inspection.bad-date': { severity: 'error', params: { field: 'string', actual: 'string' } },
  'inspection.bad-kind': { severity: 'error', params: { actual: 'string' } },
  'inspection.bad-number': { severity: 'error', params: { field: 'string', actual: 'string' } },
  'inspection.bad-flag': { severity: 'error', params: { field: 'string', actual: 'string' } },
  'inspection.bad-period': { severity: 'error', params: { actual: 'string' } },
  'inspection.no-value': { severity: 'error', params: {} },
  'inspection.deadline-before': { severity: 'error', params: { deadline: 'string', date: 'string' } },
  'inspection.date-after-period': { severity: 'error', params: { date: 'string', period: 'string' } },
  /** The same inspection (community, metric, day, kind, period) listed again with the same findings: counted once. */
  'inspection.duplicate': {
    severity: 'warning',
    params: { community: 'string', metric: 'string', date: 'string', first: 'string' },
  },
  /** The same inspection listed again with another value, deduction, deadline or verdict: not applied. */
  'inspection.conflict': {
    severity: 'error',
    params: { community: 'string', metric: 'string', date: 'string', first: 'string' },
  },
  'inspection.unknown-community': {
    severity: 'error',
    params: { community: 'string', period: 'string', suggestion: 'string?' },
  },
  'inspection.id-case': { severity: 'warning', params: { community: 'string', id: 'string' } },
  'inspection.unknown-metric': {
    severity: 'error',
    params: { metric: 'string', community: 'string', rubric: 'string', suggestion: 'string?' },
  },
  'inspection.bad-value': {
    severity: 'error',
    params: { metric: 'string', actual: 'string', community: 'string' },
  },
  'inspection.overstated': {
    severity: 'warning',
    params: {
      community: 'string',
      name: 'text?',
      metric: 'string',
      reported: 'text',
      found: 'text',
      points: 'number',
      rubric: 'string',
      /** The day a 复查 closed the item: the points were lost at that inspection, not in the score. */
      closedOn: 'string?',
    },
  },
  'inspection.overdue': {
    severity: 'warning',
    params: {
      community: 'string',
      name: 'text?',
      metric: 'string',
      deadline: 'string',
      asOf: 'string',
      rubric: 'string',
    },
  },
});
