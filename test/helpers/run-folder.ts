/**
 * A folder for the whole test run (vitest.config.ts globalSetup): made before the first test file,
 * removed after the last, and the same for every worker process. Test files keep there what
 * several of them would otherwise make alike (the example street printed as a PDF,
 * test/helpers/street-report.ts), so it is made once per run and never carried into the next.
 *
 * In memory, under Linux's /dev/shm, when that has room: the test files that write tens of
 * thousands of small files (generated batches of 20,000 and 50,000 submissions) write them here
 * (scratchFolder in test/helpers/generated.ts). 20,000 of them took 20 s on this machine's busy
 * disk, under a second in memory. TMPDIR stays the system's: the other tests, and the runs they
 * start, keep their temporary files where a user's are (exceljs's streaming reader, which
 * test/sheets compares civscore's with, names sheets otherwise there; civscore's output checks
 * took a file under /dev/shm for a device until 83098d59).
 */
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runFolder: string;
  }
}

/** Room the run's folder may take (the largest generated batch is some 200 MB in memory). */
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
  project.provide('runFolder', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
