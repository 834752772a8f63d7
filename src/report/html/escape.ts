/**
 * Text into HTML and SVG: markup characters as entities, and control and bidi characters shown
 * as visible escapes, so a community's name can neither add markup nor reorder what is around it.
 */
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
  return text.replace(INVISIBLE, visible).replace(MARKUP, (c) => ENTITY[c]!);
}
