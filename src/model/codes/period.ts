/** Finding codes about a self-assessment's period (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const periodCodes = defineCodes({
  /**
   * The file's period is not its rubric's year: every command says so with this one code and
   * severity. A warning, as the file itself may be sound (trend measures several years by one
   * rubric); rank never ranks it nor builds its period a table: it counts in its street's table,
   * in doubt (pipeline/intake/placement.ts).
   */
  'period.rubric-year': {
    severity: 'warning',
    params: { period: 'string', rubric: 'string', year: 'number' },
  },
  /** An office's sheet has no period column and no --period: every row lacks its year. */
  'period.no-column': { severity: 'error', params: {} },
  /** A row of a roster workbook with only its name and id: not filled in, so not submitted. */
  'sheet.row-unfilled': { severity: 'error', params: { name: 'string' } },
});
