/** Finding codes of the evidence area, 台账 (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const evidenceCodes = defineCodes({
  'evidence.missing': { severity: 'warning', params: { path: 'string', criterion: 'string' } },
  'evidence.changed': {
    severity: 'warning',
    /** cell: set for a spreadsheet row, whose sha256 is written in its cell (evidence add edits YAML only). */
    params: { path: 'string', criterion: 'string', expected: 'string', actual: 'string', cell: 'string?' },
  },
  'evidence.unhashed': {
    severity: 'warning',
    params: { path: 'string', criterion: 'string', id: 'string', cell: 'string?' },
  },
  'evidence.outside': { severity: 'warning', params: { path: 'string', criterion: 'string' } },
  'evidence.borrowed': {
    severity: 'warning',
    params: { path: 'string', criterion: 'string', folder: 'string' },
  },
  'evidence.same-as': {
    severity: 'warning',
    params: { path: 'string', criterion: 'string', other: 'string' },
  },
  'evidence.too-large': { severity: 'warning', params: { path: 'string', criterion: 'string' } },
  'evidence.unreferenced': { severity: 'warning', params: { path: 'string', folder: 'string' } },
  'evidence.unknown-criterion': {
    severity: 'warning',
    params: { criterion: 'string', suggestion: 'string?' },
  },
  'evidence.image-missing': { severity: 'warning', params: { image: 'string', criterion: 'string' } },
});
