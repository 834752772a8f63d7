/**
 * The evidence files a batch of self-assessments stands on, for a signed statement: every file
 * a YAML submission lists under `evidence:` (inside its folder) and every file in its evidence
 * folder (`evidence/<name>/`; a workbook's, `evidence/<book>/<id>/` for each row, whole). A
 * submission that lists none and has no folder costs a look at its text. Pictures in workbook
 * cells are inside their workbook, which is signed as a whole; paths a sheet's 台账 cells name
 * outside the workbook's evidence folder are not listed.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { tooLargeToHash } from '../../load/evidence-hashes.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { mentionsEvidence } from '../attest/file-digest.js';
import {
  CELL_IMAGE_PREFIX,
  EVIDENCE_FOLDER,
  evidenceFolderOf,
  filesUnder,
  insideFolder,
  linksStayInside,
  realOrSelf,
} from './check-evidence.js';

/**
 * A file a signed statement can list: a regular file not too large to hash (a sparse terabyte in
 * an evidence folder is never read, by --attest nor by verify, which leaves it out alike).
 */
function hashable(file: string): boolean {
  const st = statSync(file, { throwIfNoEntry: false });
  return st?.isFile() === true && !tooLargeToHash(st);
}

/**
 * The evidence files of submissions given one at a time (absolute paths): `add` each with its
 * bytes as read (undefined: it could not be read; a signed run hashes them on the way, so that
 * each file is read once), or with `listsNone` when the batch read it and it never says
 * `evidence` (file-digest.ts); then `files()`: every evidence file, sorted, each once.
 */
export function evidenceLister(): {
  add(file: string, bytes: Buffer | undefined, listsNone?: boolean): void;
  files(): string[];
} {
  const out = new Set<string>();
  const roots = new Map<string, boolean>();
  return {
    add(file, bytes, listsNone = false) {
      const dir = dirname(file);
      const yaml = /^\.ya?ml$/i.test(extname(file));
      if (yaml && bytes === undefined && !listsNone) return;
      // Only a file that says `evidence` anywhere is decoded and looked at line by line.
      const text = yaml && !listsNone && mentionsEvidence(bytes!) ? bytes!.toString('utf8') : '';
      if (/^evidence\s*:/m.test(text)) {
        const data = parseYaml(text).data as { evidence?: unknown } | undefined;
        const lists = data?.evidence;
        if (lists && typeof lists === 'object')
          for (const list of Object.values(lists as Record<string, unknown>))
            if (Array.isArray(list))
              for (const e of list) {
                const path = (e as { path?: unknown })?.path;
                if (typeof path !== 'string' || path.startsWith(CELL_IMAGE_PREFIX)) continue;
                const rel = insideFolder(dir, path);
                if (rel === undefined || !linksStayInside(realOrSelf(dir), join(dir, rel))) continue;
                if (hashable(join(dir, rel))) out.add(join(dir, rel));
              }
      }
      let root = roots.get(dir);
      if (root === undefined) roots.set(dir, (root = existsSync(join(dir, EVIDENCE_FOLDER))));
      if (root) for (const f of filesUnder(evidenceFolderOf(file))) if (hashable(f)) out.add(f);
    },
    files: () => [...out].sort(),
  };
}

/**
 * The files now in the evidence folders of `submissions` (absolute), sorted: what `verify` holds
 * to the signed list, so a file put in a folder after signing is named. One stat per folder of
 * submissions; no submission is read (one listed elsewhere changes its submission, which is signed).
 */
export function evidenceFolderFiles(submissions: readonly string[]): string[] {
  const out = new Set<string>();
  const roots = new Map<string, boolean>();
  for (const file of submissions) {
    const dir = dirname(file);
    let root = roots.get(dir);
    if (root === undefined) roots.set(dir, (root = existsSync(join(dir, EVIDENCE_FOLDER))));
    if (root) for (const f of filesUnder(evidenceFolderOf(file))) if (hashable(f)) out.add(f);
  }
  return [...out].sort();
}
