/**
 * The rank report's formats, in one table. Each gives the report as chunks of text, written as
 * they come: the table one line at a time and JSON one community at a time (a province's ranking
 * is never one string), the others whole.
 */
import type { FormatOptions } from '../types.js';
import { rankCsv } from './csv.js';
import { rankJsonChunks } from './json.js';
import { rankMarkdown } from './markdown.js';
import { rankTableChunks } from './table.js';
import type { RankReport } from './types.js';

export type RankFormatter = (report: RankReport, options: FormatOptions) => Iterable<string>;

export const RANK_FORMATS = {
  table: rankTableChunks,
  json: rankJsonChunks,
  csv: (r, o) => [rankCsv(r, o)],
  markdown: (r, o) => [rankMarkdown(r, o)],
} satisfies Record<string, RankFormatter>;
export type RankFormat = keyof typeof RANK_FORMATS;
