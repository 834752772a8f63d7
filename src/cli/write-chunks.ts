/** Writing a report given as chunks: joined into pieces of about 64 KB, never the whole report at once. */
import type { CliContext } from './context.js';

/** Chunks joined up to about 64 KB each: few writes, and never the whole report in memory. */
export function* bunched(chunks: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const c of chunks) {
    buf.push(c);
    size += c.length;
    if (size >= 65536) {
      yield buf.join('');
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/** To stdout. A pipe takes the report as fast as its reader reads: wait rather than queue it all in memory. */
export async function writeChunks(ctx: CliContext, chunks: Iterable<string>): Promise<void> {
  for (const c of bunched(chunks)) {
    ctx.stdout(c);
    await ctx.drain?.();
  }
}
