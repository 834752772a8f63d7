/** Finding codes of the rank area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const rankCodes = defineCodes({
  'rank.rubric-unavailable': { severity: 'error', params: { rubric: 'string' } },
  'rank.choice-shared': {
    params: { group: 'text', who: 'list', metric: 'text', option: 'text', rubric: 'text?' },
  },
});
