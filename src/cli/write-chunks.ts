/** Writing a report given as chunks: joined into pieces of about 64 KB, never the whole report at once. */
import { bunched } from '../model/bunched.js';
import type { CliContext } from './context.js';

/** To stdout. A pipe takes the report as fast as its reader reads: wait rather than queue it all in memory. */
export async function writeChunks(ctx: CliContext, chunks: Iterable<string>): Promise<void> {
  for (const c of bunched(chunks)) {
    ctx.stdout(c);
    await ctx.drain?.();
  }
}
