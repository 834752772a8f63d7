/** "scoring 12345 / 100000 files" on one rewritten line of a terminal's stderr, ten times a second. */
import { message } from '../i18n/catalog.js';
import type { IntakeProgress } from '../pipeline/intake/judge-submissions.js';
import type { CliContext } from './context.js';

/** A progress line when stderr is a terminal; none otherwise. */
export function progressLine(ctx: CliContext): IntakeProgress | undefined {
  if (!ctx.stderrIsTTY) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      ctx.stderr(
        `\r${message(ctx.lang, 'rank.progress', { done: String(done), total: String(total) })}\u001b[K`,
      );
    },
    done() {
      if (shown) ctx.stderr('\r\u001b[K');
    },
  };
}
