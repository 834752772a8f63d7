/**
 * The command line's inputs to a list of files: files as named, folders walked recursively for
 * *.yaml / *.yml, globs expanded (tinyglobby), in any mix. The result is sorted and free of
 * duplicates (a file reached twice through a symbolic link is listed once); symbolic-link loops
 * are reported and not followed; a path that does not exist is a finding, never a crash.
 * A symbolic link found in a folder is followed only when it stays inside the folders named on
 * the command line (a link to /usr or / is reported, never read); a FIFO, socket or device in a
 * folder, and a name that is not UTF-8 (shown by its bytes), are reported rather than skipped.
 *
 * A folder walk skips hidden entries and node_modules, as globs do (dot: false), and folders
 * named `evidence` (the submissions' 台账, check-evidence.ts); a file there named on its own is read.
 *
 * Cost: one stat per named input, one readdir per folder; realpath only for symbolic links.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { type Finding, finding } from '../model/finding.js';
import { byCodeUnits } from '../model/text-order.js';

export interface ExpandOptions {
  /** File endings a folder walk picks up; default ['.yaml', '.yml']. Named files are always taken. */
  extensions?: string[];
}

export interface ExpandedInputs {
  files: string[];
  findings: Finding[];
}

const DEFAULT_EXTENSIONS = ['.yaml', '.yml'];

const errCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);

/**
 * `join(dir, name)` for a normalized folder and a name read from it (no separator, never `.` or
 * `..`), without join's normalizing pass: the walk makes one per file of a province.
 */
function childPath(dir: string, name: string): string {
  if (dir === '.') return name;
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** A finding about an input path; inputs are not text yet, so it sits at 1:1. */
function at(f: Finding, file: string): Finding {
  return { ...f, file, line: 1, column: 1 };
}

/**
 * The inputs listed a little at a time, so that a batch can score the first files while the rest
 * of a province's folders are still being read. A folder is walked depth first with each
 * folder's entries in code-unit order, a sub-folder's name read with the separator after it
 * (`a.yaml` < `a/…` < `a0.yaml`): a plain walk then finds its files in exactly the order of the
 * sorted list. Symbolic links are followed after their folder's walk, globs and further inputs
 * after it, so `sorted` says whether the files came out in order all the same.
 */
export interface InputListing {
  /** The files found so far, each once, in the order found. */
  readonly files: string[];
  /** What was found wrong with the inputs (complete once `more` has returned false). */
  readonly findings: Finding[];
  /** Whether `files` is in code-unit order. */
  readonly sorted: boolean;
  /** Lists a little more (one folder, one link or one input at most); false once all is listed. */
  more(): boolean;
}

/** All the inputs at once, sorted. */
export function expandInputs(inputs: string[], options: ExpandOptions = {}): ExpandedInputs {
  const listing = listInputs(inputs, options);
  while (listing.more());
  return {
    files: listing.sorted ? listing.files : listing.files.sort(byCodeUnits),
    findings: listing.findings,
  };
}

/** A folder being walked: its entries in walk order, and the next one to look at. */
interface Frame {
  shown: string;
  real: string;
  entries: Dirent[];
  next: number;
}

export function listInputs(inputs: string[], options: ExpandOptions = {}): InputListing {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) =>
    (e.startsWith('.') ? e : `.${e}`).toLowerCase(),
  );
  const wanted = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((e) => lower.endsWith(e));
  };
  const findings: Finding[] = [];
  const visitedDirs = new Set<string>();
  const pendingLinks: { path: string; parentReal: string }[] = [];
  const reportedLoops = new Set<string>();
  /** Folders holding a name that is not UTF-8 (read as U+FFFD): listed again as bytes at the end. */
  const notUtf8: string[] = [];
  let realCwd: string | undefined;
  const cwdReal = () => (realCwd ??= safeRealpath('.') ?? resolve('.'));
  /** The real paths of the folders named on the command line: links may not lead out of them. */
  const roots: string[] = [];
  const insideRoots = (real: string) =>
    roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));

  const files: string[] = [];
  /** The folder input whose own walk is going on (not a linked folder's), with its roots. */
  let plainWalk: { shown: string; real: string } | undefined;
  /**
   * While every file so far was found by one folder input's own walk, that walk: its files are
   * sorted and none is there twice, so their real paths are not kept. null after any other file.
   */
  let single: { shown: string; real: string } | null | undefined;
  /** Real path → the path as listed (first seen wins): made once a file could come twice. */
  let byReal: Map<string, string> | undefined;
  const index = (): Map<string, string> => {
    if (byReal) return byReal;
    byReal = new Map();
    if (single) {
      // A walk's file is its root followed by the same names, shown or real.
      const cut =
        single.shown === '.' ? 0 : single.shown.endsWith(sep) ? single.shown.length : single.shown.length + 1;
      for (const f of files) byReal.set(childPath(single.real, f.slice(cut)), f);
    }
    return byReal;
  };
  const add = (shown: string, real: string) => {
    if (single === undefined && plainWalk) single = plainWalk;
    else if (single && single !== plainWalk) {
      index();
      single = null;
    } else if (single === undefined) single = null;
    if (single) {
      files.push(shown);
      return;
    }
    const known = index();
    if (known.has(real)) return;
    known.set(real, shown);
    files.push(shown);
  };

  const loop = (link: string) => {
    if (reportedLoops.has(link)) return;
    reportedLoops.add(link);
    findings.push(at(finding('input.symlink-loop', 'warning', { link }), link));
  };

  /** The folders being walked, innermost last. */
  const frames: Frame[] = [];
  /** Files the walks have found (input.no-match counts them per input). */
  let walkFound = 0;

  /** Reads a folder (once per real folder) into a frame: its entries in walk order. */
  const enter = (shown: string, real: string): void => {
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(shown, { withFileTypes: true });
    } catch (e) {
      findings.push(at(finding('input.unreadable-dir', 'error', { reason: errCode(e) }), shown));
      return;
    }
    const keyed: [string, Dirent][] = [];
    for (const ent of entries) {
      // Hidden entries (.git, .github) and installed packages are never submissions; nor is the
      // submissions' evidence (台账: `evidence/<name>/`, sign-in sheets as .xlsx among the photos).
      if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
      if (ent.name === 'evidence' && ent.isDirectory()) continue;
      if (ent.name.includes('\uFFFD')) {
        notUtf8.push(shown);
        continue;
      }
      keyed.push([ent.isDirectory() ? ent.name + sep : ent.name, ent]);
    }
    keyed.sort((x, y) => byCodeUnits(x[0], y[0]));
    frames.push({ shown, real, entries: keyed.map((k) => k[1]), next: 0 });
  };

  /**
   * One step of the walk, without following symbolic links (they wait in pendingLinks): the
   * innermost folder's entries up to its next sub-folder, which is entered; or to its end.
   */
  const walkStep = (): void => {
    const f = frames[frames.length - 1]!;
    while (f.next < f.entries.length) {
      const ent = f.entries[f.next++]!;
      const childShown = childPath(f.shown, ent.name);
      // Most walks are of real paths: then one string serves as both (and is hashed once).
      const childReal = f.real === f.shown ? childShown : childPath(f.real, ent.name);
      if (ent.isFile()) {
        if (wanted(ent.name)) {
          add(childShown, childReal);
          walkFound++;
        }
      } else if (ent.isDirectory()) {
        enter(childShown, childReal);
        return;
      } else if (ent.isSymbolicLink()) pendingLinks.push({ path: childShown, parentReal: f.real });
      else findings.push(at(finding('machine.not-regular', 'warning', { kind: entryKind(ent) }), childShown));
    }
    frames.pop();
  };

  /** A whole walk of a folder (one reached through a link). */
  const walk = (shownRoot: string, realRoot: string): void => {
    const depth = frames.length;
    enter(normalize(shownRoot), normalize(realRoot));
    while (frames.length > depth) walkStep();
  };

  /**
   * Follows the symbolic links found by walks: files taken, folders walked once, loops reported.
   * The files taken directly are counted here; those of linked folders, by walkFound.
   */
  const followLinks = (): number => {
    let found = 0;
    while (pendingLinks.length) {
      const { path, parentReal } = pendingLinks.shift()!;
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(path);
      } catch (e) {
        if (errCode(e) === 'ELOOP') loop(path);
        else if (wanted(path)) findings.push(at(finding('load.not-found', 'error'), path));
        continue;
      }
      const real = safeRealpath(path);
      if (!real) continue;
      if (!insideRoots(real)) {
        findings.push(at(finding('machine.link-outside', 'warning', { target: real }), path));
        continue;
      }
      if (st.isFile()) {
        if (wanted(path)) {
          add(path, real);
          found++;
        }
      } else if (st.isDirectory()) {
        if (parentReal === real || parentReal.startsWith(real + sep)) loop(path);
        else if (!visitedDirs.has(real)) walk(path, real);
      } else findings.push(at(finding('machine.not-regular', 'warning', { kind: statKind(st) }), path));
    }
    return found;
  };

  const glob = (pattern: string) => {
    const absolute = isAbsolute(pattern);
    const opts = { onlyFiles: true, absolute, dot: false } as const;
    const plain = globSync(pattern, { ...opts, followSymbolicLinks: false });
    const base = absolute ? '' : cwdReal();
    for (const p of plain) add(p, resolve(base, p));
    let count = plain.length;
    // Paths through symbolic links: only these need a realpath (to drop the ones seen already).
    const plainSet = new Set(plain);
    // The shortest way to a file wins, so a path around a loop is the one dropped.
    const viaLinks = globSync(pattern, { ...opts, followSymbolicLinks: true })
      .filter((p) => !plainSet.has(p))
      .sort((a, b) => a.length - b.length || byCodeUnits(a, b));
    for (const p of viaLinks) {
      const real = safeRealpath(p);
      if (!real) continue;
      count++;
      if (index().has(real)) reportLoopOn(p);
      else add(p, real);
    }
    return count;
  };

  /** A path reached again through a link: report the link when it points into its own ancestry. */
  const reportLoopOn = (p: string) => {
    const parts = p.split(/[\\/]/);
    let prefix = absolutePrefix(p);
    for (let i = 0; i < parts.length - 1; i++) {
      if (!parts[i]) continue;
      prefix = prefix ? join(prefix, parts[i]!) : parts[i]!;
      let isLink = false;
      try {
        isLink = lstatSync(prefix).isSymbolicLink();
      } catch {
        return;
      }
      if (!isLink) continue;
      const target = safeRealpath(prefix);
      const parent = safeRealpath(dirname(prefix));
      if (target && parent && (parent === target || parent.startsWith(target + sep))) loop(prefix);
      return;
    }
  };

  const noMatch = (input: string) =>
    findings.push(
      at(
        finding('input.no-match', 'warning', { input, extensions: extensions.map((e) => `*${e}`).join(' ') }),
        input,
      ),
    );

  /** One input: a file taken, a glob expanded, or a folder's walk begun. */
  const startInput = (input: string): void => {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(input, { throwIfNoEntry: false });
    } catch (e) {
      const code = errCode(e);
      if (code === 'ELOOP') loop(input);
      else findings.push(at(finding('load.unreadable', 'error', { reason: code }), input));
      return;
    }
    if (st?.isDirectory()) {
      const real = safeRealpath(input) ?? resolve(input);
      roots.push(real);
      if (!visitedDirs.has(real)) {
        walking = { input, start: walkFound };
        plainWalk = { shown: normalize(input), real: normalize(real) };
        enter(plainWalk.shown, plainWalk.real);
      }
    } else if (st) {
      add(input, resolve(cwdReal(), input));
    } else if (isDynamicPattern(input)) {
      if (glob(input) === 0) noMatch(input);
    } else {
      findings.push(at(finding('load.not-found', 'error'), input));
    }
  };

  /** The folder input being walked, and walkFound when its walk began. */
  let walking: { input: string; start: number } | undefined;
  let nextInput = 0;
  let done = false;
  const more = (): boolean => {
    if (done) return false;
    if (frames.length > 0) walkStep();
    else if (walking) {
      // The folder is walked: now the links found in it.
      plainWalk = undefined;
      const viaLinks = followLinks();
      if (walkFound - walking.start + viaLinks === 0) noMatch(walking.input);
      walking = undefined;
    } else if (nextInput < inputs.length) startInput(inputs[nextInput++]!);
    else {
      for (const dir of new Set(notUtf8)) findings.push(...namesNotUtf8(dir));
      done = true;
      return false;
    }
    return true;
  };
  return {
    files,
    findings,
    get sorted() {
      return single !== null;
    },
    more,
  };
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function absolutePrefix(p: string): string {
  return isAbsolute(p) ? p.slice(0, p.length - p.replace(/^[\\/]+/, '').length) || '/' : '';
}

type Kinded = Pick<Dirent, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

function kindOf(e: Kinded): string {
  if (e.isFIFO()) return 'named pipe';
  if (e.isSocket()) return 'socket';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'device';
  return 'special file';
}
const entryKind = (e: Dirent) => kindOf(e);
const statKind = (st: ReturnType<typeof statSync>) => kindOf(st as Kinded);

/** The names in `dir` that are not UTF-8, each a finding showing its bytes (\xff for a byte that is not text). */
function namesNotUtf8(dir: string): Finding[] {
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch {
    return [];
  }
  const out: Finding[] = [];
  for (const raw of names) {
    const text = raw.toString('utf8');
    if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(raw)) continue;
    const shown = [...raw]
      .map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`))
      .join('');
    out.push(at(finding('machine.name-not-utf8', 'error', { bytes: shown }), childPath(dir, shown)));
  }
  return out;
}
