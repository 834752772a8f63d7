/** How the core declares a finding code: its severity where it is always the same, and its parameters. */
import type { Severity } from '../finding.js';

/**
 * A parameter's type (`text`: a string or a number, as the caller has it; `list`: strings the
 * message shows as a list in its language's punctuation); `?` marks one that may be left out.
 */
export type ParamType = 'string' | 'number' | 'text' | 'list' | 'string?' | 'number?' | 'text?' | 'list?';

export interface CodeDef {
  severity?: Severity;
  params: Readonly<Record<string, ParamType>>;
}

export function defineCodes<const T extends Record<string, CodeDef>>(codes: T): T {
  return codes;
}
