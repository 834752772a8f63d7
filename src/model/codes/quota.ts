/** Finding codes of the quota area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const quotaCodes = defineCodes({
  'quota.group-alike': { severity: 'warning', params: { a: 'string', b: 'string', by: 'string' } },
  /** folds: the kinds of fold (GroupFold of group-name.ts) that made the spellings one, comma-separated. */
  'quota.group-merged': {
    severity: 'info',
    params: { names: 'list', as: 'string', by: 'string', folds: 'list' },
  },
  'quota.no-group': { severity: 'warning', params: {} },
  /** One street named under two districts: its communities count in the district most of its files name. */
  'quota.street-districts': {
    severity: 'warning',
    params: { street: 'string', districts: 'string', as: 'string' },
  },
});
