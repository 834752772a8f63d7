/**
 * Writing a report or template to the path the operator named, and to nothing else:
 * - nothing there, or a regular file: atomically (write-atomic.ts), keeping the file's mode and
 *   owner;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) and `-`: written directly,
 *   never replaced by a regular file;
 * - a symbolic link: what it points to, by the same rules; a link to nothing is refused (it would
 *   create a file wherever the link points);
 * - a folder, or a folder that does not exist: a usage error naming it.
 */
import {
  closeSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { message } from '../i18n/catalog.js';
import type { Lang } from '../model/localized.js';
import { CliError } from './errors.js';
import { type Keep, writeFileAtomic } from './write-atomic.js';

function statOrUndefined(stat: (p: string) => Stats, path: string): Stats | undefined {
  try {
    return stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw e;
  }
}

/** Whether anything at all (even a device, or a link to nothing) is at the path: what a new key never overwrites. */
export function anythingAt(path: string): boolean {
  return statOrUndefined(lstatSync, path) !== undefined;
}

/**
 * Whether writing to the path writes to a stream, not a file: `-`, this process's descriptors, a
 * device, FIFO or socket (`/dev/null`, a named pipe), or a link to one. Nothing is replaced there,
 * and nothing belongs beside it (init's schema file).
 */
export function writesToStream(path: string): boolean {
  if (ownDescriptor(path) !== undefined) return true;
  let target: Stats;
  try {
    target = statSync(path);
  } catch {
    return false;
  }
  return target.isCharacterDevice() || target.isFIFO() || target.isSocket();
}

/**
 * Whether something (even a link to nothing) is at the path that writing would replace: what
 * `init` and `convert` must not overwrite without --force. A stream (writesToStream) is written
 * to, never replaced: nothing to protect.
 */
export function somethingAt(path: string): boolean {
  return anythingAt(path) && !writesToStream(path);
}

/** `-`, /dev/stdout, /dev/stderr, /dev/fd/N: this process's own descriptor (a socket cannot be opened again by name). */
function ownDescriptor(path: string): number | undefined {
  if (path === '-' || path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const n = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path)?.[1];
  return n === undefined ? undefined : Number(n);
}

/**
 * Whether `output` names a file of its own, not this process's standard output or error (`-`,
 * /dev/stdout, /dev/fd/1): what a CSV writes differs (a line break in a cell stays only in a file).
 */
export function isNamedFile(output: string | undefined): boolean {
  return output !== undefined && ownDescriptor(output) === undefined;
}

const STOPS = ['SIGINT', 'SIGTERM'] as const;

/**
 * `work` with Ctrl-C and SIGTERM at their default action (the process ends at once). Opening a
 * FIFO that no one reads, or writing to a pipe or device that takes nothing more, blocks the
 * thread, so a JavaScript signal handler could never run and the signal would be ignored; a
 * direct write leaves no temporary file to clean up, so nothing is lost by ending there.
 */
function interruptible(work: () => void): void {
  const saved = STOPS.map((signal) => [signal, process.listeners(signal)] as const);
  for (const [signal, listeners] of saved) for (const l of listeners) process.off(signal, l);
  try {
    work();
  } finally {
    for (const [signal, listeners] of saved) for (const l of listeners) process.on(signal, l);
  }
}

function writeDirect(path: string, text: string | Uint8Array | Iterable<string | Uint8Array>): void {
  interruptible(() => {
    const own = ownDescriptor(path);
    const fd = own ?? openSync(path, 'w');
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else if (text instanceof Uint8Array) writeSync(fd, text);
      else
        for (const chunk of text)
          if (typeof chunk === 'string') writeSync(fd, chunk);
          else writeSync(fd, chunk);
    } finally {
      if (own === undefined) closeSync(fd);
    }
  });
}

function requireFolder(file: string): void {
  const folder = dirname(resolve(file));
  const st = statOrUndefined(statSync, folder);
  if (!st) throw new CliError('machine.output-no-folder', { file, folder: dirname(file) });
  if (!st.isDirectory()) throw new CliError('machine.output-no-folder', { file, folder: dirname(file) });
}

type Destination = { direct: string } | { atomic: string; keep?: Keep };

/** Where and how `file` is written; throws a CliError for what is refused. */
function destination(file: string): Destination {
  if (ownDescriptor(file) !== undefined) return { direct: file };
  const link = statOrUndefined(lstatSync, file);
  if (!link) {
    requireFolder(file);
    return { atomic: file };
  }
  const target = link.isSymbolicLink() ? statOrUndefined(statSync, file) : link;
  if (!target) throw new CliError('machine.output-dangling-link', { file, target: readlinkSync(file) });
  if (target.isDirectory()) throw new CliError('machine.output-is-folder', { file });
  if (!target.isFile()) return { direct: file };
  // A regular file: replaced atomically where it really is (a link stays a link). Links into
  // /dev or /proc (/dev/stdout → /proc/self/fd/1 → a file the shell opened) are written in place;
  // a file that is itself under /dev (/dev/shm, a tmpfs) is a file like any other.
  const real = link.isSymbolicLink() ? realpathSync(file) : file;
  if (real.startsWith('/proc/') || (link.isSymbolicLink() && resolve(file).startsWith('/dev/')))
    return { direct: file };
  return { atomic: real, keep: { mode: target.mode, uid: target.uid, gid: target.gid } };
}

/**
 * Writes `text` to `file` as described above; expected failures are CliErrors (exit 2). Says
 * whether a file was written (`file`) or a stream (`-`, a device, a pipe).
 */
export function writeOutput(
  file: string,
  text: string | Uint8Array | Iterable<string | Uint8Array>,
): 'file' | 'stream' {
  try {
    const to = destination(file);
    if ('direct' in to) {
      writeDirect(to.direct, text);
      return 'stream';
    }
    writeFileAtomic(to.atomic, text, to.keep);
    return 'file';
  } catch (e) {
    if (e instanceof CliError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') throw new CliError('machine.output-is-folder', { file });
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
      throw new CliError('machine.output-no-folder', { file, folder: dirname(file) });
    if (['EACCES', 'EPERM', 'EROFS', 'ENXIO', 'ENOSPC'].includes(err.code ?? ''))
      throw new CliError('machine.output-failed', { file, detail: err.code ?? '' });
    throw e;
  }
}

/** Writes a report the user named and says so on stderr, in their language ("已写入 排名.xlsx"). */
export function writeReport(
  ctx: { lang: Lang; stderr: (s: string) => void },
  file: string,
  text: string | Uint8Array | Iterable<string | Uint8Array>,
): void {
  if (writeOutput(file, text) === 'file') ctx.stderr(`${message(ctx.lang, 'authoring.written', { file })}\n`);
}
