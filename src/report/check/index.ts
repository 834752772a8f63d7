/** The check report's formats, in one table. */

import { checkHtml } from '../html/check-page.js';
import type { CheckReport, Formatter } from '../types.js';
import { checkJson } from './json.js';
import { checkMarkdown } from './markdown.js';
import { checkTable } from './table.js';

export const CHECK_FORMATS = {
  table: checkTable,
  json: checkJson,
  markdown: checkMarkdown,
  html: checkHtml,
} satisfies Record<string, Formatter<CheckReport>>;
export type CheckFormat = keyof typeof CHECK_FORMATS;
