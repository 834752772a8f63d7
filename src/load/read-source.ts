/**
 * Reading a file's bytes safely: size cap checked before reading, directories and unreadable
 * paths reported, binary refused, UTF-8 (with or without BOM), UTF-16 with its BOM (Notepad's
 * "Unicode"), GB18030/GBK or Big5 (told apart from GBK by its bytes) decoded.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { type Finding, finding } from '../model/finding.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16' | 'big5';
}

export type ReadResult =
  | { ok: true; source: SourceText; findings: Finding[] }
  | { ok: false; findings: Finding[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });
const big5 = new TextDecoder('big5', { fatal: true });

/** UTF-16 with a byte-order mark (FF FE or FE FF); undefined for anything else. */
function decodeUtf16(bytes: Uint8Array): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (!le && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  try {
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Big5 rather than GBK: every lead byte is one Big5 uses, and many second bytes are below 0x80
 * (0x40–0x7E), where GB2312's never are and GBK's rarely. Decoded both ways, Big5 bytes read as
 * GBK are valid but mojibake, so the bytes decide.
 */
function looksBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b < 0xa1 || b > 0xf9) return false;
    const t = bytes[++i] ?? 0;
    pairs++;
    if (t >= 0x40 && t <= 0x7e) low++;
  }
  return pairs > 0 && low / pairs > 0.15;
}

/**
 * Decodes bytes to text: UTF-16 with a BOM, else UTF-8, else Big5 when the bytes are Big5's,
 * else GB18030 (a superset of GBK). Pure.
 */
export function decode(
  bytes: Uint8Array,
): { text: string; encoding: SourceText['encoding'] } | { problem: 'binary' | 'encoding' } {
  const utf16 = bytes[0]! >= 0xfe ? decodeUtf16(bytes) : undefined;
  if (utf16 !== undefined) return { text: utf16, encoding: 'utf-16' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { problem: 'binary' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (looksBig5(bytes)) {
      try {
        return { text: big5.decode(bytes), encoding: 'big5' };
      } catch {
        // Not Big5 after all: GB18030 below.
      }
    }
    try {
      const text = gb18030.decode(bytes);
      // Control characters other than tab and line ends mean this was never text.
      if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return { problem: 'binary' };
      return { text, encoding: 'gb18030' };
    } catch {
      return { problem: 'encoding' };
    }
  }
}

const ENCODING_NOTES = { gb18030: 'load.gb18030', 'utf-16': 'load.utf16', big5: 'load.big5' } as const;

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** The quick read's buffer, reused file after file (one per thread: modules are per thread). */
const QUICK = Buffer.allocUnsafe(64 * 1024);

/**
 * A batch's read of a file its listing saw as a regular file: one open, one read into a reused
 * buffer, one close, and its text when that is plainly all of a UTF-8 file within maxBytes.
 * It skips readSource's fstat (about a fifth of the cost of reading a small file, a hundred
 * thousand times in a province's batch) and so cannot tell a file from a pipe or a device: it
 * answers undefined for anything a closer look must judge (nothing read, the buffer filled, an
 * error, another encoding, binary), and the caller reads the file again with
 * readSource, which gives the findings. A folder's walk lists only regular files; a path named
 * on the command line that is a pipe with a writer behind it is read as `cat` would read it.
 */
export function quickRead(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  whole?: (bytes: Uint8Array) => void,
): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  let n: number;
  try {
    n = readSync(fd, QUICK, 0, QUICK.length, null);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  // All of the file was read: `whole` sees its bytes (a signed run hashes them here, once).
  if (n < QUICK.length) whole?.(QUICK.subarray(0, n));
  if (n === 0 || n >= QUICK.length || n > maxBytes) return undefined;
  const d = decode(QUICK.subarray(0, n));
  if (!('text' in d) || d.encoding !== 'utf-8') return undefined;
  // As readSource: a second byte-order mark (the decoder takes the first) is dropped too.
  return d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
}

/** No such file; for `-`, a word that standard input is not read (a user piping a file in). */
export function notFound(file: string): Finding {
  return file === '-'
    ? finding('load.not-found', 'error', { stdin: '-' })
    : finding('load.not-found', 'error');
}

export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so a named pipe (FIFO) cannot hang the run waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { ok: false, findings: [notFound(file)] };
    if (code === 'EISDIR') return { ok: false, findings: [finding('load.is-directory', 'error')] };
    if (code === 'ELOOP')
      return { ok: false, findings: [finding('input.symlink-loop', 'error', { link: file })] };
    return { ok: false, findings: [finding('load.unreadable', 'error', { reason: errnoReason(e) })] };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, findings: [finding('load.is-directory', 'error')] };
    // Pipes, sockets and devices are not files: never read them (a device can be endless).
    if (!st.isFile())
      return { ok: false, findings: [finding('load.unreadable', 'error', { reason: 'not a regular file' })] };
    if (st.size > maxBytes) {
      return {
        ok: false,
        findings: [finding('load.too-large', 'error', { size: st.size, limit: maxBytes })],
      };
    }
    // Read at most maxBytes + 1, so a file that grows (or a device) is still caught.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size, 0) + 1));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      // Once the size fstat gave is read, stop: asking again only to hear "end of file" is a
      // system call per file, and a batch reads a hundred thousand of them.
      if (n >= buf.length || n === st.size) break;
    }
    if (n > maxBytes)
      return { ok: false, findings: [finding('load.too-large', 'error', { size: n, limit: maxBytes })] };
    const d = decode(buf.subarray(0, n));
    if ('problem' in d)
      return {
        ok: false,
        findings: [finding(d.problem === 'binary' ? 'load.binary' : 'load.encoding', 'error')],
      };
    const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
    const findings = d.encoding === 'utf-8' ? [] : [finding(ENCODING_NOTES[d.encoding], 'info')];
    return { ok: true, source: { file, text, encoding: d.encoding }, findings };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EISDIR') return { ok: false, findings: [finding('load.is-directory', 'error')] };
    return { ok: false, findings: [finding('load.unreadable', 'error', { reason: errnoReason(e) })] };
  } finally {
    closeSync(fd);
  }
}
