/** Finding codes of the extends area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const extendsCodes = defineCodes({
  'extends.absolute': { params: { parent: 'string' } },
  'extends.cycle': { params: { chain: 'string' } },
  'extends.drop-unknown': { severity: 'error', params: { id: 'string' } },
  'extends.not-found': { params: { parent: 'string', known: 'string' } },
  'extends.outside': { params: { parent: 'string', root: 'string' } },
  'extends.override-unknown': { params: { what: 'string', id: 'string', needs: 'string' } },
  'extends.parent-invalid': { params: { parent: 'string', count: 'number' } },
  'extends.url': { params: { parent: 'string' } },
  'extends.too-long': { params: { limit: 'text', chain: 'text' } },
});
