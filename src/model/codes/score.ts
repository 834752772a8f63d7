/** Finding codes of the score area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const scoreCodes = defineCodes({
  'score.exemption-expired': { params: { criterion: 'string', expires: 'string', reason: 'string' } },
  'score.roll-up-alone': { severity: 'warning', params: { criterion: 'string', from: 'text' } },
  'score.rubric-masked': { severity: 'warning', params: { rubric: 'string' } },
});
