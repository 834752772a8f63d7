/**
 * The list of every input's sha256 in the format `sha256sum -c` reads: the hex digest, two spaces
 * (text mode), the path. A path with a backslash or a newline is escaped as GNU coreutils does
 * (the line starts with a backslash, `\\` and `\n` inside).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Sum {
  /** Relative to the folder the list is checked from, with `/` between folders. */
  path: string;
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The sha256 of bytes given in pieces. */
export function sha256Pieces(pieces: Iterable<Uint8Array | string>): string {
  const h = createHash('sha256');
  for (const p of pieces) h.update(p);
  return h.digest('hex');
}

/**
 * `pieces` handed on as they are read, and hashed on the way: `digest()` once all have been read
 * (a result is hashed while it is written, never made twice).
 */
export function hashedPieces<T extends Uint8Array | string>(
  pieces: Iterable<T>,
): { pieces: Iterable<T>; digest(): string } {
  const h = createHash('sha256');
  let hex: string | undefined;
  return {
    pieces: {
      *[Symbol.iterator]() {
        for (const p of pieces) {
          h.update(p);
          yield p;
        }
        hex = h.digest('hex');
      },
    },
    digest() {
      if (hex === undefined) throw new Error('the pieces have not all been read');
      return hex;
    },
  };
}

export const sha256File = (file: string) => sha256Hex(readFileSync(file));

/** One line of the list. */
export const sumLine = ({ path, sha256 }: Sum): string =>
  /[\\\n]/.test(path)
    ? `\\${sha256}  ${path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`
    : `${sha256}  ${path}\n`;

export function writeSums(sums: readonly Sum[]): string {
  return sums.map(sumLine).join('');
}

/** The lines of a list; a line that is not a sum is left out (the list's own digest is signed). */
export function readSums(text: string): Sum[] {
  const out: Sum[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\\?)([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) continue;
    const path = m[1] ? m[3]!.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\')) : m[3]!;
    out.push({ path, sha256: m[2]! });
  }
  return out;
}
