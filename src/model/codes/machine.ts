/** Finding codes of the machine area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const machineCodes = defineCodes({
  'machine.link-outside': { severity: 'warning', params: { target: 'string' } },
  'machine.name-not-utf8': { severity: 'error', params: { bytes: 'string' } },
  'machine.not-a-date': { severity: 'error', params: { actual: 'string' } },
  'machine.not-regular': { severity: 'warning', params: { kind: 'string' } },
  'machine.veto-waived': {
    params: { criterion: 'string', community: 'string', expires: 'string', reason: 'string' },
  },
  'machine.veto-waiver-unflagged': { params: { criterion: 'string', community: 'string' } },
  'machine.waiver-other-rubric': {
    params: { community: 'string', criterion: 'string', rubric: 'string', used: 'string' },
  },
  'machine.waiver-unknown-community': { params: { community: 'string', criterion: 'string' } },
  'machine.waiver-unknown-criterion': {
    params: { community: 'string', criterion: 'string', rubric: 'string' },
  },
  'machine.waivers-no-rubric': { severity: 'error', params: {} },
  'machine.waivers-sheet': { severity: 'error', params: { ending: 'string' } },
});
