/** Finding codes of the assessment area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const assessmentCodes = defineCodes({
  'assessment.count-noun': {
    params: { metric: 'string', raw: 'string', unit: 'string', expected: 'string' },
  },
  'assessment.facilities-missing': { severity: 'error', params: {} },
  'assessment.facility-area-zero': { severity: 'warning', params: { kind: 'string' } },
  'assessment.id-format': { params: { actual: 'number' } },
  'assessment.is-rubric': { params: {} },
  'assessment.is-roster': { params: {} },
  'assessment.is-inspections': { params: {} },
  'assessment.is-waivers': { params: {} },
  'assessment.level-mismatch': {
    severity: 'error',
    params: { level: 'string', rubric: 'string', rubricLevel: 'string' },
  },
  'assessment.metric-missing': { severity: 'error', params: { metric: 'string' } },
  'assessment.period-format': { params: { actual: 'number' } },
  'assessment.ratio-base-zero': { severity: 'error', params: { metric: 'string', raw: 'string' } },
  'assessment.self-exemption': { severity: 'error', params: { key: 'string' } },
  'assessment.street-missing': { severity: 'warning', params: {} },
  'assessment.text-too-long': {
    severity: 'warning',
    params: { key: 'string', length: 'number', max: 'number' },
  },
  'assessment.unsafe-text': { severity: 'warning', params: { key: 'string', chars: 'string' } },
  'assessment.unknown-facility': { params: { kind: 'string', suggestion: 'string?' } },
  'assessment.unknown-metric': { params: { metric: 'string', suggestion: 'string?' } },
  'assessment.value-empty': { severity: 'error', params: { metric: 'string' } },
  'assessment.community-missing': { params: {} },
});
