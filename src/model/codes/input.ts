/** Finding codes of the input area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const inputCodes = defineCodes({
  'input.no-match': { severity: 'warning', params: { input: 'string', extensions: 'string' } },
  'input.symlink-loop': { params: { link: 'string' } },
  'input.unreadable-dir': { severity: 'error', params: { reason: 'string' } },
});
