/**
 * The sha256 of evidence files (台账: photos, scans, minutes), remembered by path, size,
 * modification time, change time and inode so that checking 100 GB of photos again costs a stat
 * per file. The modification time alone could be set back by whoever hands the files over (an
 * archive unpacked keeps its entries' times, `touch -d`): a photo swapped for another of the same
 * size under the same time was then taken for the old one. The change time cannot be set, and a
 * file written anew changes it, or its inode.
 *
 * The cache is one small text file (an append-only log: `sha256 size mtime-ns ctime-ns inode path`
 * a line; lines of the older `sha256 size mtime-ns path` form are not trusted), in
 * the OS cache folder by default (evidenceCacheFile). Every thread of a batch reads it once and
 * appends the hashes it computes, one write per line (O_APPEND), so workers never overwrite each
 * other; the last line of a path wins, and the log is compacted when it has grown to twice what
 * it holds. A file changed within the last two seconds is hashed but not remembered (its mtime
 * could still change without its time moving: git's "racy" case). A cache that cannot be read or
 * written is only slower, never wrong.
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export type HashResult =
  | { ok: true; sha256: string; cached: boolean }
  | { ok: false; reason: 'missing' | 'not-a-file' | 'unreadable' | 'too-large' };

/** The largest evidence file hashed: a 2 GB video is evidence, 4 GiB of anything is too much to read. */
export const EVIDENCE_MAX_BYTES = 4 * 1024 ** 3;
/** A sparse file this large or more, with less than half of it on disk, is never hashed. */
const SPARSE_MIN_BYTES = 16 * 1024 ** 2;

/**
 * Whether a file is too large to hash: over EVIDENCE_MAX_BYTES, or sparse (`truncate -s 1T`
 * costs nothing to make and an hour to hash; a photo, a scan or a video is never sparse).
 * `blocks` is in units of 512 bytes, as stat gives it.
 */
export function tooLargeToHash(st: { size: number | bigint; blocks: number | bigint }): boolean {
  const size = Number(st.size);
  return size > EVIDENCE_MAX_BYTES || (size >= SPARSE_MIN_BYTES && Number(st.blocks) * 512 < size / 2);
}

interface Entry {
  size: bigint;
  mtime: bigint;
  ctime: bigint;
  ino: bigint;
  sha256: string;
}

interface Cache {
  file: string;
  entries: Map<string, Entry>;
  lines: number;
}

/** One cache per cache file, per thread. */
const caches = new Map<string, Cache>();
const RACY_NS = 2_000_000_000n;
const LINE = /^([0-9a-f]{64}) (\d+) (\d+) (\d+) (\d+) (.+)$/;

/** The default cache file: $CIVSCORE_CACHE_DIR, $XDG_CACHE_HOME/civscore, or the OS's cache folder. */
export function evidenceCacheFile(
  env: Readonly<Record<string, string | undefined>>,
  platform = process.platform,
): string {
  const dir =
    env.CIVSCORE_CACHE_DIR ||
    (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'civscore') : undefined) ||
    (platform === 'win32' && env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'civscore', 'Cache') : undefined) ||
    (platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches', 'civscore')
      : join(env.HOME || homedir(), '.cache', 'civscore'));
  return join(dir, 'evidence-sha256.txt');
}

function openCache(file: string): Cache {
  let c = caches.get(file);
  if (c) return c;
  c = { file, entries: new Map(), lines: 0 };
  caches.set(file, c);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return c;
  }
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    c.lines++;
    c.entries.set(m[6]!, {
      sha256: m[1]!,
      size: BigInt(m[2]!),
      mtime: BigInt(m[3]!),
      ctime: BigInt(m[4]!),
      ino: BigInt(m[5]!),
    });
  }
  if (c.lines > 2 * c.entries.size + 1000) compact(c);
  return c;
}

/** The log rewritten with one line per path (a temporary file, then a rename). */
function compact(c: Cache): void {
  const tmp = `${c.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    let text = '';
    for (const [path, e] of c.entries) text += lineOf(path, e);
    writeFileSync(tmp, text);
    renameSync(tmp, c.file);
    c.lines = c.entries.size;
  } catch {
    // Only slower next time.
  }
}

const lineOf = (path: string, e: Entry) => `${e.sha256} ${e.size} ${e.mtime} ${e.ctime} ${e.ino} ${path}\n`;

function remember(c: Cache, path: string, e: Entry): void {
  c.entries.set(path, e);
  if (path.includes('\n')) return;
  try {
    mkdirSync(dirname(c.file), { recursive: true });
    appendFileSync(c.file, lineOf(path, e));
    c.lines++;
  } catch {
    // A cache that cannot be written is only slower.
  }
}

const CHUNK = 1 << 20;
let buffer: Buffer | undefined;

/** The file's sha256, read in 1 MB chunks (a 2 GB video is never held whole). */
function hashFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    buffer ??= Buffer.allocUnsafe(CHUNK);
    const h = createHash('sha256');
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null))
      h.update(buffer.subarray(0, n));
    return h.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/**
 * The sha256 of the file at `path` (absolute), from the cache when its size and modification
 * time are those remembered. `cacheFile` undefined (--no-evidence-cache): always read and hashed.
 */
export function evidenceHash(path: string, cacheFile: string | undefined): HashResult {
  let st: ReturnType<typeof statSync> & { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint };
  try {
    st = statSync(path, { bigint: true }) as typeof st;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  }
  if (!st.isFile()) return { ok: false, reason: 'not-a-file' };
  if (tooLargeToHash(st)) return { ok: false, reason: 'too-large' };
  const c = cacheFile === undefined ? undefined : openCache(cacheFile);
  const known = c?.entries.get(path);
  if (
    known &&
    known.size === st.size &&
    known.mtime === st.mtimeNs &&
    known.ctime === st.ctimeNs &&
    known.ino === st.ino
  )
    return { ok: true, sha256: known.sha256, cached: true };
  let sha256: string;
  try {
    sha256 = hashFile(path);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const now = BigInt(Date.now()) * 1_000_000n;
  if (c && now - st.mtimeNs > RACY_NS)
    remember(c, path, { sha256, size: st.size, mtime: st.mtimeNs, ctime: st.ctimeNs, ino: st.ino });
  return { ok: true, sha256, cached: false };
}
