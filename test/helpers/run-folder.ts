/**
 * A folder for the whole test run (vitest.config.ts globalSetup): made before the first test file,
 * removed after the last, and the same for every worker process. Test files keep there what
 * several of them would otherwise make alike (the example street printed as a PDF,
 * test/helpers/street-report.ts), so it is made once per run and never carried into the next.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-test-run-'));
  project.provide('runFolder', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
