/**
 * Text from files inside GitHub-flavoured Markdown: shown as the characters written, never as
 * markup. Control characters first become visible (terminalText: no data-carried line break can
 * start a heading, a list or an HTML comment); then every character Markdown gives a meaning
 * inline is backslash-escaped (emphasis, code, links, images, raw HTML, entities, table pipes,
 * strikethrough), and what GFM would turn into a link by itself (`https://`, `www.`, an e-mail
 * address) is broken with an escape, which renders as nothing. Text is cut as HTML cuts it
 * (HTML_TEXT_LIMIT columns, with an ellipsis): a name of megabytes makes no page of megabytes.
 */
import { HTML_TEXT_LIMIT } from '../html/escape.js';
import { truncateToWidth } from '../text-width.js';
import { terminalText } from './terminal.js';

const INLINE = /[\\`*_[\]<>|~&#]/g;
const AUTOLINK = /:(?=\/\/)|@|(?<=\bwww)\./gi;
const ANY = /[\\`*_[\]<>|~&#@]|:\/\/|www\./i;

/** Plain text from data as Markdown text (a table cell, a list item, a heading). */
export function markdownText(s: string): string {
  const t = terminalText(truncateToWidth(s, HTML_TEXT_LIMIT));
  if (!ANY.test(t)) return t;
  return t.replace(INLINE, '\\$&').replace(AUTOLINK, '\\$&');
}

/**
 * Data shown as code (a file name, an id): a code span fenced by more backticks than any run
 * inside it, so a backtick in a name cannot end it. In a table cell (`table`), a pipe is escaped
 * as GFM requires even inside code.
 */
export function markdownCode(s: string, { table = false } = {}): string {
  let t = terminalText(truncateToWidth(s, HTML_TEXT_LIMIT));
  if (table) t = t.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
