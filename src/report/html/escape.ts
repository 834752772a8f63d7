/**
 * Text into HTML and SVG: markup characters as entities, and control and bidi characters shown
 * as visible escapes, so a community's name can neither add markup nor reorder what is around it;
 * and cut, as the terminal cuts it, so that a name of 4.5 MB makes no 28 MB report (nor a PDF
 * whose printing time grows with its square).
 */
import { UNSAFE_TEXT, visibleChar } from '../../model/unsafe-text.js';
import { needsTerminalEscape } from '../escape/terminal.js';
import { truncateToWidth } from '../text-width.js';

/** The most display columns one piece of text takes in a report (a long criterion text fits). */
export const HTML_TEXT_LIMIT = 1000;
const MARKUP = /[&<>"']/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// The characters every output shows as escapes (the model's one set, as the terminal and the
// finding a name holding them gets write them: `\x07`, `\u200b`, `\u202e`); a tab reads as a space.
const UNSAFE = new RegExp(UNSAFE_TEXT.source, 'gu');

function visible(c: string): string {
  return c === '\t' ? ' ' : visibleChar(c);
}

/** Text safe as element content and as a quoted attribute value. */
export function esc(text: string): string {
  const cut = truncateToWidth(text, HTML_TEXT_LIMIT);
  return (needsTerminalEscape(cut) ? cut.replace(UNSAFE, visible) : cut).replace(MARKUP, (c) => ENTITY[c]!);
}
