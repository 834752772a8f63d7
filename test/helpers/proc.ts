/**
 * Readiness handshakes for the tests that signal the real binary, read from Linux's /proc instead
 * of fixed sleeps: what a process tree waits on, and whether a process naming a path still runs.
 * Where /proc tells nothing (another system, a kernel hiding wait channels), each wait runs to its
 * deadline, which is the fixed sleep the tests used before.
 */
import { readdirSync, readFileSync } from 'node:fs';

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** A process and every process it started, depth first (Linux: /proc/PID/task/TID/children). */
export function processTree(pid: number): number[] {
  const tasks = (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })();
  const children = tasks.flatMap((t) =>
    read(`/proc/${pid}/task/${t}/children`).split(' ').map(Number).filter(Boolean),
  );
  return [pid, ...children.flatMap(processTree)];
}

/** The kernel functions the threads of a process tree sleep in (`wait_for_partner`: opening a FIFO). */
export function waitChannels(pid: number): string[] {
  return processTree(pid).flatMap((p) => {
    try {
      return readdirSync(`/proc/${p}/task`).map((t) => read(`/proc/${p}/task/${t}/wchan`).trim());
    } catch {
      return [];
    }
  });
}

/** Processes still running (not zombies) whose command line holds `text`. */
export function processesNaming(text: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return [];
  }
  return pids
    .filter((p) =>
      read(`/proc/${p}/cmdline`)
        .split('\0')
        .some((a) => a.includes(text)),
    )
    .filter((p) => !/^\d+ \(.*\) [ZX]/.test(read(`/proc/${p}/stat`)))
    .map(Number);
}

/** Polls `ready` every 25 ms until it holds or `ms` have passed; says whether it held. */
export async function until(ready: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ready()) return true;
    await new Promise((done) => setTimeout(done, 25));
  }
  return ready();
}
