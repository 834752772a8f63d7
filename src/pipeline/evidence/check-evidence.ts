/**
 * A self-assessment's evidence (台账) checked against the files: each entry's file found, its
 * sha256 the one listed; and every file in the submission's evidence folder listed by some entry.
 * Findings carry the path of the entry (`evidence.<criterion>.<i>.path`), so the loader places
 * them at the line that lists the file; the intact evidence per criterion goes on the assessment,
 * where a rubric's `evidence:` requirement reads it (score.ts).
 *
 * The folder convention: paths are relative to the self-assessment's folder; the evidence of
 * `guigan.yaml` lives in `evidence/guigan/` beside it, and any file there that no entry lists is
 * reported as unreferenced. A spreadsheet row has no folder of its own: its pictures in cells
 * (WPS `DISPIMG`) are its evidence, and text paths in a 台账 column are read like a file's.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { evidenceHash } from '../../load/evidence-hashes.js';
import type { LoadedYaml } from '../../load/load-yaml-file.js';
import {
  type EvidenceKind,
  type EvidenceLists,
  evidenceKind,
  type IntactEvidence,
} from '../../model/evidence.js';
import { type Finding, finding } from '../../model/finding.js';
import { suggest } from '../../model/names.js';
import { allCriteria, type Rubric } from '../../model/rubric.js';

export interface EvidenceOptions {
  /** The hash cache file; absent (--no-evidence-cache): every file is hashed again. */
  cache?: string;
}

/** A picture in a workbook's cell, as the sheet reader names it in a row's evidence. */
export const CELL_IMAGE_PREFIX = 'wps-image:';

/** The folder of a self-assessment's evidence: `evidence/<name without extension>/` beside it. */
export const EVIDENCE_FOLDER = 'evidence';
export const evidenceFolderOf = (file: string) =>
  join(dirname(file), EVIDENCE_FOLDER, basename(file, extname(file)));

export interface EvidenceCheck {
  findings: Finding[];
  intact: IntactEvidence;
}

/** Whether `<dir>/evidence` exists, per batch (keyed by its options object): one stat per folder. */
const folderMemo = new WeakMap<EvidenceOptions, Map<string, boolean>>();

function hasEvidenceRoot(dir: string, options: EvidenceOptions | undefined): boolean {
  let memo: Map<string, boolean> | undefined;
  if (options) {
    memo = folderMemo.get(options);
    if (!memo) folderMemo.set(options, (memo = new Map()));
    const known = memo.get(dir);
    if (known !== undefined) return known;
  }
  const there = statSync(join(dir, EVIDENCE_FOLDER), { throwIfNoEntry: false })?.isDirectory() ?? false;
  memo?.set(dir, there);
  return there;
}

const criterionIds = new WeakMap<Rubric, string[]>();
function idsOf(rubric: Rubric): string[] {
  let ids = criterionIds.get(rubric);
  if (!ids) criterionIds.set(rubric, (ids = allCriteria(rubric).map((c) => c.id)));
  return ids;
}

/** A row's community (street, compound) id, when it is one a folder may be named by. */
function entityId(data: Record<string, unknown> | undefined): string | undefined {
  const e = (data?.community ?? data?.street ?? data?.compound) as { id?: unknown } | undefined;
  const id = e?.id;
  return typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(id) ? id : undefined;
}

/** Folders and a name, each neither empty nor `.` or `..`, no backslash or colon. */
const PLAIN_RELATIVE = /^(?:(?!\.\.?(?:\/|$))[^/\\:]+\/)*(?!\.\.?$)[^/\\:]+$/;

/** Whether `abs`, its links resolved, is still inside `realBase` (a folder, its links resolved). */
export function linksStayInside(realBase: string, abs: string): boolean {
  const real = realOrSelf(abs);
  return real === abs || insideFolder(realBase, relative(realBase, real)) !== undefined;
}

/** The path with every symbolic link resolved; the path itself when it is not there. */
export function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** `a/b.jpg` relative to the base, `/` between folders; undefined for a path outside it. */
export function insideFolder(base: string, path: string): string | undefined {
  if (isAbsolute(path) || /^[A-Za-z]:|^[\\/]/.test(path)) return undefined;
  // The common case, `evidence/guigan/一线通.jpg`, without resolving: no `.` or `..` segment, no
  // empty one, no backslash.
  if (PLAIN_RELATIVE.test(path)) return sep === '/' ? path : path.split('/').join(sep);
  const rel = relative(base, resolve(base, path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

/**
 * Whether a YAML submission may list a file (both absolute) as its evidence, as checkEvidence
 * counts it: `outside` for a path, or a symbolic link on its way, leading out of the submission's
 * folder; `borrowed` for one in another submission's evidence folder; undefined when it counts.
 * `evidence add` asks this before it writes, so it never lists what every other command refuses.
 */
export function refusedEvidence(submission: string, abs: string): 'outside' | 'borrowed' | undefined {
  const base = dirname(submission);
  const rel = insideFolder(base, relative(base, abs));
  if (rel === undefined) return 'outside';
  const realBase = realOrSelf(base);
  const inside = join(base, rel);
  if (!linksStayInside(realBase, inside)) return 'outside';
  const own = relative(base, evidenceFolderOf(submission));
  return borrowedFrom(relative(realBase, realOrSelf(inside)), own) === undefined ? undefined : 'borrowed';
}

/**
 * The evidence folder of another submission a path (relative to the submission's folder, links
 * resolved) lies in, shown as `evidence/fuqian/`; undefined when it lies in `own` (the
 * submission's own evidence folder), right in `evidence/`, or outside it. Compared without case, so
 * `Evidence/FuQian/` on a file system that ignores case is no way round.
 */
function borrowedFrom(rel: string, own: string | undefined): string | undefined {
  const parts = rel.split(sep);
  // A file right in `evidence/` is in no submission's folder.
  if (parts.length < 3 || parts[0]!.toLowerCase() !== EVIDENCE_FOLDER) return undefined;
  const mine = own?.split(sep);
  if (mine?.every((p, i) => parts[i]?.toLowerCase() === p.toLowerCase()) && parts.length > mine!.length)
    return undefined;
  // The other folder as deep as one's own is (a workbook row's is two folders down).
  const depth = Math.min(parts.length - 1, Math.max(2, mine?.length ?? 2));
  return `${parts.slice(0, depth).join('/')}/`;
}

/** The files of a folder's `evidence/` by size, once per batch and folder (a walk, no hashing). */
const bySizeMemo = new WeakMap<EvidenceOptions, Map<string, Map<number, string[]>>>();
/** Hashes twinOf worked out, per batch: each file hashed once a thread even without the cache. */
const twinHashes = new WeakMap<EvidenceOptions, Map<string, string | null>>();
function evidenceBySize(realBase: string, options: EvidenceOptions | undefined): Map<number, string[]> {
  let memo: Map<string, Map<number, string[]>> | undefined;
  if (options) {
    memo = bySizeMemo.get(options);
    if (!memo) bySizeMemo.set(options, (memo = new Map()));
    const known = memo.get(realBase);
    if (known) return known;
  }
  const out = new Map<number, string[]>();
  for (const f of filesUnder(join(realBase, EVIDENCE_FOLDER))) {
    const size = statSync(f, { throwIfNoEntry: false })?.size;
    if (size === undefined) continue;
    const list = out.get(size);
    if (list) list.push(f);
    else out.set(size, [f]);
  }
  memo?.set(realBase, out);
  return out;
}

/**
 * Files of one size beyond this many are not hashed to look for a twin: so many files of one size
 * are a scanner's or a generator's, and comparing each with each would cost more than the check.
 */
const TWIN_CANDIDATES = 16;

/**
 * A file with the same bytes as `real` in another submission's evidence folder, shown from the
 * folder (`evidence/fuqian/p.jpg`); undefined when there is none. Only files of its size are
 * hashed (through the cache).
 */
function twinOf(
  realBase: string,
  real: string,
  sha256: string,
  own: string | undefined,
  options: EvidenceOptions | undefined,
): string | undefined {
  const size = statSync(real, { throwIfNoEntry: false })?.size;
  if (size === undefined) return undefined;
  const candidates = evidenceBySize(realBase, options).get(size);
  if (!candidates || candidates.length < 2 || candidates.length > TWIN_CANDIDATES) return undefined;
  for (const f of candidates) {
    if (f === real) continue;
    const rel = relative(realBase, f);
    if (borrowedFrom(rel, own) === undefined) continue; // its own folder, or no submission's
    let memo = options && twinHashes.get(options);
    if (options && !memo) twinHashes.set(options, (memo = new Map()));
    let other = memo?.get(f);
    if (other === undefined) {
      const h = evidenceHash(f, options?.cache);
      other = h.ok ? h.sha256 : null;
      memo?.set(f, other);
    }
    if (other === sha256) return rel.split(sep).join('/');
  }
  return undefined;
}

/** What is wrong with a listed file's bytes (missing, unhashed, changed); its sha256 when intact. */
function hashFinding(
  abs: string,
  e: { path: string; sha256?: string | undefined },
  criterion: string,
  i: number,
  cache: string | undefined,
  row: boolean,
): Finding | string {
  const at = ['evidence', criterion, i, 'path'];
  // A row's sha256 goes in its cell (evidence add edits YAML files only): the fix says so.
  const cell = row ? { cell: 'yes' } : {};
  const h = evidenceHash(abs, cache);
  if (!h.ok && h.reason === 'too-large')
    return finding('evidence.too-large', 'warning', { path: e.path, criterion }, at);
  if (!h.ok) return finding('evidence.missing', 'warning', { path: e.path, criterion }, at);
  if (e.sha256 === undefined)
    return finding('evidence.unhashed', 'warning', { path: e.path, criterion, id: criterion, ...cell }, at);
  if (e.sha256.toLowerCase() === h.sha256) return h.sha256;
  const expected = e.sha256.toLowerCase().slice(0, 12);
  const actual = h.sha256.slice(0, 12);
  return finding('evidence.changed', 'warning', { path: e.path, criterion, expected, actual, ...cell }, [
    'evidence',
    criterion,
    i,
    'sha256',
  ]);
}

export function checkEvidence(
  y: Pick<LoadedYaml, 'file' | 'images' | 'row' | 'data'>,
  lists: EvidenceLists | undefined,
  rubric: Rubric,
  options: EvidenceOptions | undefined,
): EvidenceCheck {
  const findings: Finding[] = [];
  const intact: IntactEvidence = Object.create(null);
  const base = dirname(y.file);
  const referenced = new Set<string>();
  const cache = options?.cache;
  let realBase: string | undefined;
  const rowId = y.row ? entityId(y.data) : undefined;
  // The submission's own evidence folder, relative to its folder (`evidence/guigan`, a row's
  // `evidence/wps/c1`); a row without an id has none.
  const own =
    !y.row || rowId !== undefined
      ? relative(base, rowId === undefined ? evidenceFolderOf(y.file) : join(evidenceFolderOf(y.file), rowId))
      : undefined;
  if (lists) {
    const ids = idsOf(rubric);
    for (const criterion of Object.keys(lists)) {
      if (!ids.includes(criterion)) {
        const s = suggest(criterion, ids);
        findings.push(
          finding('evidence.unknown-criterion', 'warning', s ? { criterion, suggestion: s } : { criterion }, [
            'evidence',
            criterion,
          ]),
        );
      }
      const kinds: EvidenceKind[] = [];
      lists[criterion]!.forEach((e, i) => {
        const at = ['evidence', criterion, i, 'path'];
        const kind = (e.kind && evidenceKind(e.kind)) || 'other';
        if (e.path.startsWith(CELL_IMAGE_PREFIX)) {
          const image = e.path.slice(CELL_IMAGE_PREFIX.length);
          if (y.images?.has(image)) kinds.push(kind);
          else findings.push(finding('evidence.image-missing', 'warning', { image, criterion }, at));
          return;
        }
        const rel = insideFolder(base, e.path);
        if (rel === undefined) {
          findings.push(finding('evidence.outside', 'warning', { path: e.path, criterion }, at));
          return;
        }
        const abs = join(base, rel);
        referenced.add(abs);
        // A symbolic link (of the file or a folder on its way) is followed only inside the folder:
        // a submission never gets a file of the office's machine hashed.
        realBase ??= realOrSelf(base);
        if (!linksStayInside(realBase, abs)) {
          findings.push(finding('evidence.outside', 'warning', { path: e.path, criterion }, at));
          return;
        }
        // Another submission's evidence folder (`evidence/fuqian/` listed by guigan.yaml, or a
        // link in guigan's folder leading there) is another community's 台账: never this one's.
        const folder = borrowedFrom(relative(realBase, realOrSelf(abs)), own);
        if (folder !== undefined) {
          findings.push(finding('evidence.borrowed', 'warning', { path: e.path, criterion, folder }, at));
          return;
        }
        const hashed = hashFinding(abs, e, criterion, i, cache, y.row === true);
        if (typeof hashed !== 'string') return void findings.push(hashed);
        kinds.push(kind);
        // The same bytes in another submission's evidence folder: a neighbour's photo copied in
        // (or this one's copied out). Who copied whom cannot be told: both are marked, neither dropped.
        const twin = twinOf(realBase, realOrSelf(abs), hashed, own, options);
        if (twin)
          findings.push(finding('evidence.same-as', 'warning', { path: e.path, criterion, other: twin }, at));
      });
      if (kinds.length) intact[criterion] = kinds;
    }
  }
  if ((!y.row || rowId !== undefined) && hasEvidenceRoot(base, options)) {
    // A spreadsheet row's folder is its community's in the workbook's: evidence/<book>/<id>/.
    const folder = rowId === undefined ? evidenceFolderOf(y.file) : join(evidenceFolderOf(y.file), rowId);
    const shown = `${relative(base, folder).split(sep).join('/')}/`;
    for (const f of filesUnder(folder))
      if (!referenced.has(f))
        findings.push(
          finding(
            'evidence.unreferenced',
            'warning',
            { path: relative(base, f).split(sep).join('/'), folder: shown },
            lists ? ['evidence'] : [],
          ),
        );
  }
  return { findings, intact };
}

/**
 * The evidence checked against the files, when the file lists any or could have an evidence
 * folder (a file without either costs one stat of its folder per batch).
 */
export function evidenceOf(
  y: Pick<LoadedYaml, 'file' | 'images' | 'row' | 'data'>,
  lists: EvidenceLists | undefined,
  rubric: Rubric,
  options: EvidenceOptions | undefined,
): EvidenceCheck | undefined {
  // Nearly every file: no evidence listed, no evidence folder beside it (one stat per folder).
  if (!lists && !hasEvidenceRoot(dirname(y.file), options)) return undefined;
  const check = checkEvidence(y, lists, rubric, options);
  return check.findings.length === 0 && !lists ? undefined : check;
}

/** Every file under a folder (not hidden ones), none if it is not there. */
export function filesUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(folder);
  return out;
}
