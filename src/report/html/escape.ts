/**
 * Text into HTML and SVG: markup characters as entities, and control and bidi characters shown
 * as visible escapes, so a community's name can neither add markup nor reorder what is around it;
 * and cut, as the terminal cuts it, so that a name of 4.5 MB makes no 28 MB report (nor a PDF
 * whose printing time grows with its square).
 */
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
// C0 and C1 controls (TAB kept as a space), DEL, and the bidi embeddings, overrides and isolates.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  if (c === '\t') return ' ';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text safe as element content and as a quoted attribute value. */
export function esc(text: string): string {
  return truncateToWidth(text, HTML_TEXT_LIMIT)
    .replace(INVISIBLE, visible)
    .replace(MARKUP, (c) => ENTITY[c]!);
}
