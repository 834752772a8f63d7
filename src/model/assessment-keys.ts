/**
 * The keys a self-assessment may have, at the top, in its community (or street) and compound,
 * and in a facility: one list for the schema path (interpret.ts, which suggests them for a typo)
 * and the plain reader (plain-assessment.ts, which leaves anything else to the schema).
 */
export const TOP_KEYS = [
  '$schema',
  'rubric',
  'community',
  'street',
  'compound',
  'period',
  'metrics',
  'facilities',
  'evidence',
  'notes',
];
export const ENTITY_KEYS = ['id', 'name', 'street', 'district', 'city', 'type'];
export const COMPOUND_KEYS = [...ENTITY_KEYS, 'community'];
export const FACILITY_KEYS = ['kind', 'area', 'count', 'note'];
