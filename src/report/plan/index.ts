/** The plan's formats, in one table. */
import type { PlanReport } from '../../pipeline/plan.js';
import type { FormatOptions } from '../types.js';
import { planJsonChunks } from './json.js';
import { planMarkdownChunks } from './markdown.js';
import { planTextChunks } from './text.js';

export type PlanFormatter = (report: PlanReport, options: FormatOptions) => Iterable<string>;

export const PLAN_FORMATS = {
  table: planTextChunks,
  json: planJsonChunks,
  markdown: planMarkdownChunks,
} satisfies Record<string, PlanFormatter>;
export type PlanFormat = keyof typeof PLAN_FORMATS;
