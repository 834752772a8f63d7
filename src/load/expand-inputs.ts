/**
 * The command line's inputs to a list of files: files as named, folders walked recursively for
 * *.yaml / *.yml, globs expanded (tinyglobby), in any mix. The result is sorted and free of
 * duplicates (a file reached twice through a symbolic link is listed once); symbolic-link loops
 * are reported and not followed; a path that does not exist is a finding, never a crash.
 * A symbolic link found in a folder is followed only when it stays inside the folders named on
 * the command line (a link to /usr or / is reported, never read); a FIFO, socket or device in a
 * folder, and a name that is not UTF-8 (shown by its bytes), are reported rather than skipped.
 *
 * A folder walk skips hidden entries and node_modules, as globs do (dot: false).
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

export function expandInputs(inputs: string[], options: ExpandOptions = {}): ExpandedInputs {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) =>
    (e.startsWith('.') ? e : `.${e}`).toLowerCase(),
  );
  const wanted = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((e) => lower.endsWith(e));
  };
  const findings: Finding[] = [];
  /** Real path → the path as listed (first seen wins). */
  const byReal = new Map<string, string>();
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

  const add = (shown: string, real: string) => {
    if (!byReal.has(real)) byReal.set(real, shown);
  };

  const loop = (link: string) => {
    if (reportedLoops.has(link)) return;
    reportedLoops.add(link);
    findings.push(at(finding('input.symlink-loop', 'warning', { link }), link));
  };

  /** Walks a folder without following symbolic links; links wait in pendingLinks. */
  const walk = (shownRoot: string, realRoot: string): number => {
    let found = 0;
    const stack: [string, string][] = [[normalize(shownRoot), normalize(realRoot)]];
    while (stack.length) {
      const [shown, real] = stack.pop()!;
      if (visitedDirs.has(real)) continue;
      visitedDirs.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(shown, { withFileTypes: true });
      } catch (e) {
        findings.push(at(finding('input.unreadable-dir', 'error', { reason: errCode(e) }), shown));
        continue;
      }
      for (const ent of entries) {
        // Hidden entries (.git, .github) and installed packages are never submissions.
        if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
        if (ent.name.includes('\uFFFD')) {
          notUtf8.push(shown);
          continue;
        }
        const childShown = childPath(shown, ent.name);
        // Most walks are of real paths: then one string serves as both (and is hashed once).
        const childReal = real === shown ? childShown : childPath(real, ent.name);
        if (ent.isFile()) {
          if (wanted(ent.name)) {
            add(childShown, childReal);
            found++;
          }
        } else if (ent.isDirectory()) stack.push([childShown, childReal]);
        else if (ent.isSymbolicLink()) pendingLinks.push({ path: childShown, parentReal: real });
        else
          findings.push(at(finding('machine.not-regular', 'warning', { kind: entryKind(ent) }), childShown));
      }
    }
    return found;
  };

  /** Follows the symbolic links found by walks: files taken, folders walked once, loops reported. */
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
        else if (!visitedDirs.has(real)) found += walk(path, real);
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
      if (byReal.has(real)) reportLoopOn(p);
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

  for (const input of inputs) {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(input, { throwIfNoEntry: false });
    } catch (e) {
      const code = errCode(e);
      if (code === 'ELOOP') loop(input);
      else findings.push(at(finding('load.unreadable', 'error', { reason: code }), input));
      continue;
    }
    if (st?.isDirectory()) {
      const real = safeRealpath(input) ?? resolve(input);
      roots.push(real);
      if (!visitedDirs.has(real) && walk(input, real) + followLinks() === 0) noMatch(input);
    } else if (st) {
      add(input, resolve(cwdReal(), input));
    } else if (isDynamicPattern(input)) {
      if (glob(input) === 0) noMatch(input);
    } else {
      findings.push(at(finding('load.not-found', 'error'), input));
    }
  }
  for (const dir of new Set(notUtf8)) findings.push(...namesNotUtf8(dir));
  const files = [...byReal.values()].sort(byCodeUnits);
  return { files, findings };
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
