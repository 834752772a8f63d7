/**
 * Writing a report file atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a report. A failure or Ctrl-C before the rename leaves no temporary
 * file behind (the caller calls `cleanup` from its signal handler). A temporary file left by a
 * process killed outright (SIGKILL) is named `.<file>.civscore-<pid>.tmp`; the next write of the
 * same file removes those whose process is gone.
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

let pending: string | undefined;

/** Removes a temporary file still being written, if any. Safe to call at any time. */
export function cleanupAtomic(): void {
  if (pending) rmSync(pending, { force: true });
  pending = undefined;
}

const tempPrefix = (name: string) => `.${name}.civscore-`;
const TEMP_SUFFIX = /^(\d+)\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of earlier writes of `file` whose process no longer runs. */
export function sweepStaleTemps(file: string): void {
  const dir = dirname(file);
  const prefix = tempPrefix(basename(file));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = TEMP_SUFFIX.exec(name.slice(prefix.length))?.[1];
    if (pid && Number(pid) !== process.pid && !processAlive(Number(pid)))
      rmSync(join(dir, name), { force: true });
  }
}

/** What the replaced file keeps: its mode, and its owner when this process may set it. */
export interface Keep {
  mode: number;
  uid: number;
  gid: number;
}

/** text: the whole file, or its chunks in order (written as they come). */
export function writeFileAtomic(
  file: string,
  text: string | Uint8Array | Iterable<string | Uint8Array>,
  keep?: Keep,
): void {
  sweepStaleTemps(file);
  const tmp = join(dirname(file), `${tempPrefix(basename(file))}${process.pid}.tmp`);
  pending = tmp;
  try {
    rmSync(tmp, { force: true });
    const fd = openSync(tmp, 'wx', keep ? keep.mode & 0o7777 : 0o666);
    try {
      if (keep) {
        fchmodSync(fd, keep.mode & 0o7777);
        if (process.getuid?.() === 0) fchownSync(fd, keep.uid, keep.gid);
      }
      if (typeof text === 'string') writeSync(fd, text);
      else if (text instanceof Uint8Array) writeSync(fd, text);
      else
        for (const chunk of text)
          if (typeof chunk === 'string') writeSync(fd, chunk);
          else writeSync(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    pending = undefined;
  } catch (e) {
    cleanupAtomic();
    throw e;
  }
}
