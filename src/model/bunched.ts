/**
 * Chunks of text joined into pieces of about 64 KB: few writes or hash updates (one per bracket
 * or comma would cost each), and never the whole text in memory.
 */
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
