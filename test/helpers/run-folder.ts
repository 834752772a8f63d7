/**
 * A folder for the whole test run (vitest.config.ts globalSetup): made before the first test file,
 * removed after the last, and the same for every worker process. Test files keep there what
 * several of them would otherwise make alike (the example street printed as a PDF,
 * test/helpers/street-report.ts), so it is made once per run and never carried into the next.
 *
 * It also holds the run's temporary folder (TMPDIR, which the worker processes started after this
 * inherit): in memory, under Linux's /dev/shm, when that has room. The tests write some 100,000
 * small files there (generated batches of 20,000 and 50,000 submissions, copies, workbooks):
 * 20,000 of them took 20 s on this machine's busy disk and under a second in memory. Whatever a
 * test leaves behind goes with the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runFolder: string;
  }
}

/** Room the run's temporary files may take (the largest generated batch is some 200 MB in memory). */
const ROOM = 2 * 1024 ** 3;

/** /dev/shm when it is there, writable and has ROOM free (a container's is often 64 MB); else none. */
function memoryFolder(): string | undefined {
  try {
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize < ROOM) return undefined;
    return mkdtempSync('/dev/shm/civscore-test-run-');
  } catch {
    return undefined;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = memoryFolder() ?? mkdtempSync(join(tmpdir(), 'civscore-test-run-'));
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  process.env.TMPDIR = tmp;
  project.provide('runFolder', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
