/** Finding codes of the validate area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const validateCodes = defineCodes({
  'validate.duplicate-id': {
    severity: 'error',
    params: { id: 'string', others: 'string', more: 'string', spelled: 'string?' },
  },
});
