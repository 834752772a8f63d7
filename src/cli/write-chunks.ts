/** Writing a report given as chunks: joined into pieces of about 64 KB, never the whole report at once. */
import { bunched } from '../model/bunched.js';
import type { CliContext } from './context.js';
import { writeReport } from './write-output.js';

/** To stdout. A pipe takes the report as fast as its reader reads: wait rather than queue it all in memory. */
export async function writeChunks(ctx: CliContext, chunks: Iterable<string>): Promise<void> {
  for (const c of bunched(chunks)) {
    ctx.stdout(c);
    await ctx.drain?.();
  }
}

/** A report as chunks to the file the user named (and said so), else to stdout. */
export async function emitChunks(
  ctx: CliContext,
  output: string | undefined,
  chunks: Iterable<string>,
): Promise<void> {
  if (output) writeReport(ctx, output, bunched(chunks));
  else await writeChunks(ctx, chunks);
}
