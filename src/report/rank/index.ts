/** The rank report's formats, in one table. */
import type { Formatter } from '../types.js';
import { rankCsv } from './csv.js';
import { rankJson } from './json.js';
import { rankMarkdown } from './markdown.js';
import { rankTable } from './table.js';
import type { RankReport } from './types.js';

export const RANK_FORMATS = {
  table: rankTable,
  json: rankJson,
  csv: rankCsv,
  markdown: rankMarkdown,
} satisfies Record<string, Formatter<RankReport>>;
export type RankFormat = keyof typeof RANK_FORMATS;
