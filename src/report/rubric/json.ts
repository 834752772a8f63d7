/** Rubric reports as JSON, for programs. */
import type { Formatter } from '../types.js';
import type { RubricListRow, RubricView } from './view.js';

export const showJson: Formatter<RubricView> = (view) =>
  `${JSON.stringify({ version: 1, rubric: view }, null, 2)}\n`;

export const listJson: Formatter<RubricListRow[]> = (rows) =>
  `${JSON.stringify({ version: 1, rubrics: rows }, null, 2)}\n`;
