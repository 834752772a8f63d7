/** The trend report's text formats, in one table (xlsx, a workbook of bytes, is written by the command). */
import type { Formatter } from '../types.js';
import { trendCsv } from './csv.js';
import { trendHtml } from './html.js';
import { trendJson } from './json.js';
import { trendMarkdown } from './markdown.js';
import { trendTable } from './table.js';
import type { TrendReport } from './types.js';

export const TREND_FORMATS = {
  table: trendTable,
  json: trendJson,
  csv: trendCsv,
  markdown: trendMarkdown,
  html: trendHtml,
} satisfies Record<string, Formatter<TrendReport>>;
export type TrendFormat = keyof typeof TREND_FORMATS;
