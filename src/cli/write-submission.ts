/**
 * `convert --to yaml` writing one community's file into the operator's folder, and nothing
 * else: a file already there is replaced only with --force (and the caller names what it
 * replaced); a symbolic link named `<id>.yaml` is never followed (it would write to a file
 * outside the folder), nor is anything that is not a regular file replaced. The write is atomic
 * (a temporary file, then a rename, which replaces the name itself, never what a link points to).
 */
import { lstatSync, type Stats } from 'node:fs';
import { writeFileAtomic } from './write-atomic.js';

export type SubmissionWrite =
  | { written: true; replaced: boolean }
  | { written: false; refused: 'exists' | 'link' | 'not-a-file' };

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export function writeSubmission(target: string, text: string, force: boolean): SubmissionWrite {
  const st = lstatOrUndefined(target);
  if (st?.isSymbolicLink()) return { written: false, refused: 'link' };
  if (st && !st.isFile()) return { written: false, refused: 'not-a-file' };
  if (st && !force) return { written: false, refused: 'exists' };
  writeFileAtomic(target, text, st ? { mode: st.mode, uid: st.uid, gid: st.gid } : undefined);
  return { written: true, replaced: st !== undefined };
}
