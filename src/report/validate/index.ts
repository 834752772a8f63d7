/** The validate report's formats, in one table. */
import type { Formatter } from '../types.js';
import { validateGithub } from './github.js';
import { validateJson } from './json.js';
import { validateJunit } from './junit.js';
import { validateSarif } from './sarif.js';
import { validateText } from './text.js';
import type { ValidateReport } from './types.js';

export const VALIDATE_FORMATS = {
  text: validateText,
  json: validateJson,
  junit: validateJunit,
  sarif: validateSarif,
  github: validateGithub,
} satisfies Record<string, Formatter<ValidateReport>>;
export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
