/** The rubric reports' formats, in one table each: `rubric show` and `rubric list`. */
import type { Formatter } from '../types.js';
import { listJson, showJson } from './json.js';
import { listMarkdown, showMarkdown } from './markdown.js';
import { listTable, showTable } from './table.js';
import type { RubricListRow, RubricView } from './view.js';

export const SHOW_FORMATS = { table: showTable, json: showJson, markdown: showMarkdown } satisfies Record<
  string,
  Formatter<RubricView>
>;
export type ShowFormat = keyof typeof SHOW_FORMATS;

export const LIST_FORMATS = { table: listTable, json: listJson, markdown: listMarkdown } satisfies Record<
  string,
  Formatter<RubricListRow[]>
>;
export type ListFormat = keyof typeof LIST_FORMATS;
