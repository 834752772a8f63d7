/**
 * The validate report's formats, in one table. Each gives the report as chunks of text, written
 * as they come: JSON and JUnit, which list every file, a file or a few hundred at a time.
 */
import type { FormatOptions } from '../types.js';
import { validateGithub } from './github.js';
import { validateJsonChunks } from './json.js';
import { validateJunitChunks } from './junit.js';
import { validateSarif } from './sarif.js';
import { validateText } from './text.js';
import type { ValidateReport } from './types.js';

export type ValidateFormatter = (report: ValidateReport, options: FormatOptions) => Iterable<string>;

export const VALIDATE_FORMATS = {
  text: (r, o) => [validateText(r, o)],
  json: validateJsonChunks,
  junit: validateJunitChunks,
  sarif: (r, o) => [validateSarif(r, o)],
  github: (r, o) => [validateGithub(r, o)],
} satisfies Record<string, ValidateFormatter>;
export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
