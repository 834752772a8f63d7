/** Finding codes of the convert area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const convertCodes = defineCodes({
  'convert.dropped.note': { params: { what: 'text', rubric: 'text?' } },
  /** A criterion's evidence (台账): no column holds it. */
  'convert.dropped.evidence': { params: { what: 'text', rubric: 'text?' } },
  /** A key the self-assessment schema does not have (validate's schema.unknown-key). */
  'convert.dropped.unknown-key': { params: { what: 'text', rubric: 'text?' } },
  'convert.dropped.repeated-facility': { params: { what: 'text', rubric: 'text?' } },
  'convert.dropped.unknown-facility': { params: { what: 'text', rubric: 'text?' } },
  'convert.dropped.unknown-metric': { params: { what: 'text', rubric: 'text?' } },
  'convert.duplicate-id': { params: { id: 'text', first: 'text' } },
  'convert.exists': { params: { file: 'text' } },
  /** A symbolic link or something not a regular file at `<id>.yaml`: never written through, even with --force. */
  'convert.not-a-file': { params: { file: 'text' } },
  /** --force replaced a file: the row that replaced it is where the finding is. */
  'convert.replaced': { severity: 'warning', params: { file: 'text', community: 'text' } },
  'convert.no-id': { params: {} },
  'convert.nothing': { params: {} },
});
