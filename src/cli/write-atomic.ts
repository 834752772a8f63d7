/**
 * Writing a report file atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a report. A failure or Ctrl-C before the rename leaves no temporary
 * file behind (the caller calls `cleanup` from its SIGINT handler).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let pending: string | undefined;

/** Removes a temporary file still being written, if any. Safe to call at any time. */
export function cleanupAtomic(): void {
  if (pending) rmSync(pending, { force: true });
  pending = undefined;
}

/** text: the whole file, or its chunks in order (written as they come). */
export function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pending = tmp;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else if (text instanceof Uint8Array) writeSync(fd, text);
      else for (const chunk of text) writeSync(fd, chunk);
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
