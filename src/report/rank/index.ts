/**
 * The rank report's formats, in one table. Each gives the report as chunks of text, written as
 * they come (the table and JSON a line or a community at a time, CSV and Markdown some hundred
 * lines at a time): a province's ranking is never one string.
 */
import type { FormatOptions } from '../types.js';
import { rankCsvChunks } from './csv.js';
import { rankJsonChunks } from './json.js';
import { rankMarkdownChunks } from './markdown.js';
import { rankTableChunks } from './table.js';
import type { RankReport } from './types.js';

export type RankFormatter = (report: RankReport, options: FormatOptions) => Iterable<string>;

export const RANK_FORMATS = {
  table: rankTableChunks,
  json: rankJsonChunks,
  csv: rankCsvChunks,
  markdown: rankMarkdownChunks,
} satisfies Record<string, RankFormatter>;
export type RankFormat = keyof typeof RANK_FORMATS;
