/** Expected failures of a command: a message code and params, and the exit code they mean. */
import type { MessageCode } from '../i18n/catalog.js';
import type { Finding, Params } from '../model/finding.js';

export class CliError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Params = {},
    readonly exitCode: 1 | 2 = 2,
    /** Findings to print with it (an invalid rubric's problems, say). */
    readonly findings: Finding[] = [],
  ) {
    super(code);
    this.name = 'CliError';
  }
}
