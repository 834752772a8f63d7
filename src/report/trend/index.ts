/** The trend report's formats, in one table. */
import type { Formatter } from '../types.js';
import { trendCsv } from './csv.js';
import { trendJson } from './json.js';
import { trendMarkdown } from './markdown.js';
import { trendTable } from './table.js';
import type { TrendReport } from './types.js';

export const TREND_FORMATS = {
  table: trendTable,
  json: trendJson,
  csv: trendCsv,
  markdown: trendMarkdown,
} satisfies Record<string, Formatter<TrendReport>>;
export type TrendFormat = keyof typeof TREND_FORMATS;
