/** Finding codes of the trend area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const trendCodes = defineCodes({
  /** A community (`community` its name, `id`) with no file for some years of its cycle. */
  'trend.year-missing': {
    severity: 'warning',
    params: { community: 'string', id: 'string', years: 'list' },
  },
  'trend.year-unscored': {
    severity: 'warning',
    params: { community: 'string', id: 'string', years: 'list' },
  },
  /** A cycle of more years than the table's periods: no composite is made. */
  'trend.cycle-short': { severity: 'warning', params: { years: 'number', periods: 'list' } },
  /** A period with files from fewer than half of the table's communities: never a year of the cycle. */
  'trend.cycle-thin-year': {
    severity: 'warning',
    params: { period: 'string', communities: 'number', of: 'number' },
  },
  /** A period later than the day the trend is judged on: never a year of the table or its cycle. */
  'trend.period-after': { severity: 'warning', params: { period: 'string', asOf: 'string' } },
});
