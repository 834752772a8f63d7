/**
 * The last line of every run that does not exit 0, on stderr, in the user's language: why, and
 * the code ("9 份自评中 2 份有错误；2 项配额未达标（退出码 1）"). The reasons are data from the
 * run (exit-code.ts); the words are the catalogue's.
 */
import { message } from '../i18n/catalog.js';
import type { CliContext } from './context.js';
import { type ExitReason, exitCode, exitReasons, type RunOutcome } from './exit-code.js';

function reasonText(lang: CliContext['lang'], r: ExitReason): string {
  if (r.kind === 'could-not-run') return message(lang, 'exit.could-not-run');
  if (r.kind === 'no-plan') return message(lang, 'exit.no-plan');
  if (r.kind === 'warnings')
    return message(lang, 'exit.warnings', { count: String(r.count), max: String(r.max) });
  return message(lang, `exit.${r.kind}`, { count: String(r.count) });
}

/** The exit code of the outcome, after saying why on stderr when it is not 0. */
export function finishRun(ctx: Pick<CliContext, 'lang' | 'stderr'>, outcome: RunOutcome): 0 | 1 | 2 {
  const code = exitCode(outcome);
  if (code !== 0) {
    const reasons = exitReasons(outcome).map((r) => reasonText(ctx.lang, r));
    const joined = reasons.join(message(ctx.lang, 'exit.and'));
    ctx.stderr(`${message(ctx.lang, 'exit.line', { reasons: joined, code: String(code) })}\n`);
  }
  return code;
}
