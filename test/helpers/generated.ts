/** Synthetic submissions for a test file (bench/generate.js): made before its tests, removed after. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { generate } from '../../bench/generate.js';

/** The *.yaml and *.yml files below a folder, sorted. */
export function yamlFilesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * A new folder for a test file's many small files, in the run's folder (in memory where Linux
 * offers it: test/helpers/run-folder.ts), removed with it at the latest.
 */
export function scratchFolder(prefix: string): string {
  return mkdtempSync(join(inject('runFolder'), prefix));
}

/** `count` generated files from `seed`, in a temporary folder for the tests of this file. */
export function generatedSubmissions(
  count: number,
  seed: number,
): { dir: () => string; files: () => string[] } {
  let dir = '';
  let files: string[] = [];
  beforeAll(() => {
    dir = scratchFolder('civscore-generated-');
    generate(dir, count, seed);
    files = yamlFilesIn(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir, files: () => files };
}
