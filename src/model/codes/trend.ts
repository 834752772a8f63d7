/** Finding codes of the trend area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const trendCodes = defineCodes({
  'trend.year-missing': { severity: 'warning', params: { community: 'string', years: 'string' } },
  'trend.year-unscored': { severity: 'warning', params: { community: 'string', years: 'string' } },
  /** A period later than the day the trend is judged on: never a year of the table or its cycle. */
  'trend.period-after': { severity: 'error', params: { period: 'string', asOf: 'string' } },
});
