/** Finding codes of the validate area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const validateCodes = defineCodes({
  'validate.duplicate-id': {
    severity: 'error',
    params: { id: 'string', others: 'list', more: 'string', spelled: 'list?' },
  },
  /** A look-alike claim: another id of the same group gives the same name. */
  'claim.same-name': {
    severity: 'warning',
    params: { name: 'string', id: 'string', others: 'list', files: 'list', more: 'string' },
  },
});
