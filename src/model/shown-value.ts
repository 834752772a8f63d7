/**
 * A value a file holds, as text a finding can quote in any language. A list or a mapping where a
 * single value belongs is shown by its shape, `[…]` or `{…}`, never by a parser's English word
 * ("list", "mapping") that a Chinese reader would see inside a Chinese sentence. Not `String(raw)`
 * alone: a YAML mapping such as `{ toString: '' }` would make that throw. Nothing at all (a key
 * with no value) is shown as empty.
 */
export const LIST_SHAPE = '[…]';
export const MAPPING_SHAPE = '{…}';

export function shownValue(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'object') return String(raw);
  return Array.isArray(raw) ? LIST_SHAPE : MAPPING_SHAPE;
}
