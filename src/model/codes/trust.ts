/** Finding codes of the trust area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const trustCodes = defineCodes({
  'trust.rubric-conflict': { severity: 'error', params: { id: 'string', file: 'string', other: 'string' } },
  'trust.rubric-not-allowed': { severity: 'error', params: { allowed: 'string', rubric: 'string' } },
  'trust.rubric-unusable': { severity: 'error', params: { rubric: 'string' } },
  /**
   * A file scored under another rubric than most of its street's files of that year: not ranked,
   * counted in its street's table in doubt (pipeline/intake/placement.ts). `count` files name the
   * street's rubric, `own` this file's: a count of files is no decision, --rubric is.
   */
  'trust.rubric-other': {
    severity: 'error',
    params: {
      rubric: 'string',
      other: 'string',
      group: 'string',
      count: 'number',
      own: 'number',
      ownId: 'string',
      write: 'string',
    },
  },
  /**
   * A file under its street's rubric but for another period of the year than most of its street's
   * files (`2005-06` among `2005`): not ranked, counted in its street's table in doubt
   * (pipeline/intake/placement.ts).
   */
  'trust.period-other': {
    severity: 'error',
    params: { period: 'string', other: 'string', group: 'string' },
  },
  /**
   * trend: a community's second file of a year, for another period than its street's (`2006-12`
   * beside its `2006`): counted nowhere, as a cycle takes each period for a year.
   */
  'trust.period-second': {
    severity: 'error',
    params: { period: 'string', other: 'string', name: 'string' },
  },
});
