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
import { notFound } from './read-source.js';

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
  return new Listing(inputs, options);
}

/** The listing of listInputs: its state, and one method per step of the walk. */
class Listing implements InputListing {
  readonly files: string[] = [];
  readonly findings: Finding[] = [];
  private readonly extensions: string[];
  private readonly visitedDirs = new Set<string>();
  private readonly pendingLinks: { path: string; parentReal: string }[] = [];
  private readonly reportedLoops = new Set<string>();
  /** Folders holding a name that is not UTF-8 (read as U+FFFD): listed again as bytes at the end. */
  private readonly notUtf8: string[] = [];
  private realCwd: string | undefined;
  /** The real paths of the folders named on the command line: links may not lead out of them. */
  private readonly roots: string[] = [];
  /** The folder input whose own walk is going on (not a linked folder's), with its roots. */
  private plainWalk: { shown: string; real: string } | undefined;
  /**
   * While every file so far was found by one folder input's own walk, that walk: its files are
   * sorted and none is there twice, so their real paths are not kept. null after any other file.
   */
  private single: { shown: string; real: string } | null | undefined;
  /** Real path → the path as listed (first seen wins): made once a file could come twice. */
  private byReal: Map<string, string> | undefined;
  /** The folders being walked, innermost last. */
  private readonly frames: Frame[] = [];
  /** Files the walks have found (input.no-match counts them per input). */
  private walkFound = 0;
  /** The folder input being walked, and walkFound when its walk began. */
  private walking: { input: string; start: number } | undefined;
  private nextInput = 0;
  private done = false;

  constructor(
    private readonly inputs: string[],
    options: ExpandOptions,
  ) {
    this.extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) =>
      (e.startsWith('.') ? e : `.${e}`).toLowerCase(),
    );
  }

  get sorted(): boolean {
    return this.single !== null;
  }

  more(): boolean {
    if (this.done) return false;
    if (this.frames.length > 0) this.walkStep();
    else if (this.walking) this.endWalk(this.walking);
    else if (this.nextInput < this.inputs.length) this.startInput(this.inputs[this.nextInput++]!);
    else {
      for (const dir of new Set(this.notUtf8)) this.findings.push(...namesNotUtf8(dir));
      this.done = true;
      return false;
    }
    return true;
  }

  /** A folder input is walked: now the links found in it, and no-match if it gave no file. */
  private endWalk(walking: { input: string; start: number }): void {
    this.plainWalk = undefined;
    const viaLinks = this.followLinks();
    if (this.walkFound - walking.start + viaLinks === 0) this.noMatch(walking.input);
    this.walking = undefined;
  }

  private wanted(name: string): boolean {
    const lower = name.toLowerCase();
    return this.extensions.some((e) => lower.endsWith(e));
  }

  private cwdReal(): string {
    this.realCwd ??= safeRealpath('.') ?? resolve('.');
    return this.realCwd;
  }

  private insideRoots(real: string): boolean {
    return this.roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
  }

  private index(): Map<string, string> {
    if (this.byReal) return this.byReal;
    const byReal = new Map<string, string>();
    this.byReal = byReal;
    const single = this.single;
    if (single) {
      // A walk's file is its root followed by the same names, shown or real.
      const cut =
        single.shown === '.' ? 0 : single.shown.endsWith(sep) ? single.shown.length : single.shown.length + 1;
      for (const f of this.files) byReal.set(childPath(single.real, f.slice(cut)), f);
    }
    return byReal;
  }

  private add(shown: string, real: string): void {
    if (this.single === undefined && this.plainWalk) this.single = this.plainWalk;
    else if (this.single && this.single !== this.plainWalk) {
      this.index();
      this.single = null;
    } else if (this.single === undefined) this.single = null;
    if (this.single) {
      this.files.push(shown);
      return;
    }
    const known = this.index();
    if (known.has(real)) return;
    known.set(real, shown);
    this.files.push(shown);
  }

  private loop(link: string): void {
    if (this.reportedLoops.has(link)) return;
    this.reportedLoops.add(link);
    this.findings.push(at(finding('input.symlink-loop', 'warning', { link }), link));
  }

  /** Reads a folder (once per real folder) into a frame: its entries in walk order. */
  private enter(shown: string, real: string): void {
    if (this.visitedDirs.has(real)) return;
    this.visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(shown, { withFileTypes: true });
    } catch (e) {
      this.findings.push(at(finding('input.unreadable-dir', 'error', { reason: errCode(e) }), shown));
      return;
    }
    const keyed: [string, Dirent][] = [];
    for (const ent of entries) {
      // Hidden entries (.git, .github) and installed packages are never submissions; nor is the
      // submissions' evidence (台账: `evidence/<name>/`, sign-in sheets as .xlsx among the photos).
      if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
      if (ent.name === 'evidence' && ent.isDirectory()) continue;
      if (ent.name.includes('\uFFFD')) {
        this.notUtf8.push(shown);
        continue;
      }
      keyed.push([ent.isDirectory() ? ent.name + sep : ent.name, ent]);
    }
    keyed.sort((x, y) => byCodeUnits(x[0], y[0]));
    this.frames.push({ shown, real, entries: keyed.map((k) => k[1]), next: 0 });
  }

  /**
   * One step of the walk, without following symbolic links (they wait in pendingLinks): the
   * innermost folder's entries up to its next sub-folder, which is entered; or to its end.
   */
  private walkStep(): void {
    const f = this.frames[this.frames.length - 1]!;
    while (f.next < f.entries.length) {
      const ent = f.entries[f.next++]!;
      const childShown = childPath(f.shown, ent.name);
      // Most walks are of real paths: then one string serves as both (and is hashed once).
      const childReal = f.real === f.shown ? childShown : childPath(f.real, ent.name);
      if (ent.isFile()) {
        if (this.wanted(ent.name)) {
          this.add(childShown, childReal);
          this.walkFound++;
        }
      } else if (ent.isDirectory()) {
        this.enter(childShown, childReal);
        return;
      } else if (ent.isSymbolicLink()) this.pendingLinks.push({ path: childShown, parentReal: f.real });
      else
        this.findings.push(
          at(finding('machine.not-regular', 'warning', { kind: entryKind(ent) }), childShown),
        );
    }
    this.frames.pop();
  }

  /** A whole walk of a folder (one reached through a link). */
  private walk(shownRoot: string, realRoot: string): void {
    const depth = this.frames.length;
    this.enter(normalize(shownRoot), normalize(realRoot));
    while (this.frames.length > depth) this.walkStep();
  }

  /**
   * Follows the symbolic links found by walks: files taken, folders walked once, loops reported.
   * The files taken directly are counted here; those of linked folders, by walkFound.
   */
  private followLinks(): number {
    let found = 0;
    while (this.pendingLinks.length) {
      const { path, parentReal } = this.pendingLinks.shift()!;
      if (this.followLink(path, parentReal)) found++;
    }
    return found;
  }

  /** One symbolic link a walk found: whether it was a file taken. */
  private followLink(path: string, parentReal: string): boolean {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(path);
    } catch (e) {
      if (errCode(e) === 'ELOOP') this.loop(path);
      else if (this.wanted(path)) this.findings.push(at(finding('load.not-found', 'error'), path));
      return false;
    }
    const real = safeRealpath(path);
    if (!real) return false;
    if (!this.insideRoots(real)) {
      this.findings.push(at(finding('machine.link-outside', 'warning', { target: real }), path));
      return false;
    }
    if (st.isFile()) {
      if (!this.wanted(path)) return false;
      this.add(path, real);
      return true;
    }
    if (st.isDirectory()) {
      if (parentReal === real || parentReal.startsWith(real + sep)) this.loop(path);
      else if (!this.visitedDirs.has(real)) this.walk(path, real);
    } else this.findings.push(at(finding('machine.not-regular', 'warning', { kind: statKind(st) }), path));
    return false;
  }

  private glob(pattern: string): number {
    const absolute = isAbsolute(pattern);
    const opts = { onlyFiles: true, absolute, dot: false } as const;
    const plain = globSync(pattern, { ...opts, followSymbolicLinks: false });
    const base = absolute ? '' : this.cwdReal();
    for (const p of plain) this.add(p, resolve(base, p));
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
      if (this.index().has(real)) this.reportLoopOn(p);
      else this.add(p, real);
    }
    return count;
  }

  /** A path reached again through a link: report the link when it points into its own ancestry. */
  private reportLoopOn(p: string): void {
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
      if (target && parent && (parent === target || parent.startsWith(target + sep))) this.loop(prefix);
      return;
    }
  }

  private noMatch(input: string): void {
    const extensions = this.extensions.map((e) => `*${e}`).join(' ');
    this.findings.push(at(finding('input.no-match', 'warning', { input, extensions }), input));
  }

  /** One input: a file taken, a glob expanded, or a folder's walk begun. */
  private startInput(input: string): void {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(input, { throwIfNoEntry: false });
    } catch (e) {
      const code = errCode(e);
      if (code === 'ELOOP') this.loop(input);
      else this.findings.push(at(finding('load.unreadable', 'error', { reason: code }), input));
      return;
    }
    if (st?.isDirectory()) {
      const real = safeRealpath(input) ?? resolve(input);
      this.roots.push(real);
      if (!this.visitedDirs.has(real)) {
        this.walking = { input, start: this.walkFound };
        this.plainWalk = { shown: normalize(input), real: normalize(real) };
        this.enter(this.plainWalk.shown, this.plainWalk.real);
      }
    } else if (st) {
      this.add(input, resolve(this.cwdReal(), input));
    } else if (isDynamicPattern(input)) {
      if (this.glob(input) === 0) this.noMatch(input);
    } else {
      this.findings.push(at(notFound(input), input));
    }
  }
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
