/**
 * Reading a file's bytes safely: size cap checked before reading, directories and unreadable
 * paths reported, binary refused, UTF-8 (with or without BOM) or GB18030/GBK decoded.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { type Finding, finding } from '../model/finding.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

export type ReadResult =
  | { ok: true; source: SourceText; findings: Finding[] }
  | { ok: false; findings: Finding[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** Decodes bytes to text: UTF-8 first, GB18030 (a superset of GBK) as the fallback. Pure. */
export function decode(
  bytes: Uint8Array,
): { text: string; encoding: SourceText['encoding'] } | { problem: 'binary' | 'encoding' } {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { problem: 'binary' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
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

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}

export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so a named pipe (FIFO) cannot hang the run waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { ok: false, findings: [finding('load.not-found', 'error')] };
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
    const findings = d.encoding === 'gb18030' ? [finding('load.gb18030', 'info')] : [];
    return { ok: true, source: { file, text, encoding: d.encoding }, findings };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EISDIR') return { ok: false, findings: [finding('load.is-directory', 'error')] };
    return { ok: false, findings: [finding('load.unreadable', 'error', { reason: errnoReason(e) })] };
  } finally {
    closeSync(fd);
  }
}
