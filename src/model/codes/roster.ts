/** Finding codes of the roster area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const rosterCodes = defineCodes({
  'roster.csv-syntax': { severity: 'error', params: { reason: 'string' } },
  'roster.duplicate-id': { severity: 'error', params: { id: 'string', line: 'number' } },
  'roster.empty': { severity: 'error', params: {} },
  'roster.field-missing': { severity: 'error', params: { fields: 'list' } },
  'roster.header': { severity: 'error', params: { fields: 'list' } },
  'roster.not-a-list': { severity: 'error', params: {} },
  'roster.id-case': { severity: 'warning', params: { id: 'string', rosterId: 'string', roster: 'string' } },
  'roster.not-listed': { severity: 'warning', params: { id: 'string', roster: 'string' } },
  'roster.street-differs': { severity: 'warning', params: { street: 'string', rosterStreet: 'string' } },
  'roster.community-differs': { params: { community: 'text', rosterCommunity: 'text' } },
});
