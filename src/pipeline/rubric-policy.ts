/**
 * Which rubrics a file may name when an office judges submissions (`rank`, `validate`): a
 * built-in id, or a rubric file under a folder the operator allows (`--rubrics <dir>`). A
 * community's file never brings its own rubric into a district's table. `check` of one YAML file
 * named on its own (a community's own work) has no policy: it follows the path the file names.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface RubricPolicy {
  /** The allowed folders, as real absolute paths ending in the separator. */
  dirs: string[];
}

/** The policy for the folders given (each must exist: the caller has checked). */
export function rubricPolicy(dirs: readonly string[]): RubricPolicy {
  return { dirs: dirs.map((d) => withSep(realpathSync(resolve(d)))) };
}

function withSep(dir: string): string {
  return dir.endsWith(sep) ? dir : dir + sep;
}

/** Whether a rubric file lies under an allowed folder (after symbolic links: a link out is not in). */
const allowedByPolicy = new WeakMap<RubricPolicy, Map<string, boolean>>();
export function isAllowed(policy: RubricPolicy, file: string): boolean {
  let known = allowedByPolicy.get(policy);
  if (!known) allowedByPolicy.set(policy, (known = new Map()));
  let hit = known.get(file);
  if (hit === undefined) {
    let real: string | undefined;
    try {
      real = realpathSync(file);
    } catch {
      real = undefined;
    }
    hit = real !== undefined && policy.dirs.some((d) => real.startsWith(d));
    known.set(file, hit);
  }
  return hit;
}

/**
 * Whether the folder a path names lies, after symbolic links, under an allowed folder. Only the
 * folder is looked at, never the file: a path outside is refused before anything is opened, and
 * alike whether or not it exists.
 */
export function inAllowedFolder(policy: RubricPolicy, file: string): boolean {
  let real: string;
  try {
    real = withSep(realpathSync(dirname(resolve(file))));
  } catch {
    return false;
  }
  return policy.dirs.some((d) => real.startsWith(d));
}

/** A bare name (no folder, no extension) looked up in the allowed folders as <name>.yaml or .yml. */
export function findInAllowed(policy: RubricPolicy, named: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(named)) return undefined;
  for (const d of policy.dirs)
    for (const ext of ['.yaml', '.yml']) {
      const p = join(d, named + ext);
      if (existsSync(p)) return p;
    }
  return undefined;
}

/** The allowed folders, for a message. */
export function allowedText(policy: RubricPolicy): string {
  return policy.dirs.map((d) => d.slice(0, -1)).join(', ');
}
