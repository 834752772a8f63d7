/**
 * The launcher's look at the inputs (bin/large-batch.js): a run of RELAUNCH_FILES files or more
 * starts Node again with the batch's flags, a smaller one does not; folders are counted without
 * being listed whole (a flat folder of 100,000 files took some 90 ms to list before the child
 * could start), and hidden folders and evidence count for nothing, as the walk skips them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../helpers/generated.js';
import { ROOT } from '../helpers/run-cli.js';

const { largeBatch, RELAUNCH_FILES } = createRequire(import.meta.url)(
  join(ROOT, 'bin', 'large-batch.js'),
) as {
  largeBatch(args: string[]): { large: boolean; sheet: boolean };
  RELAUNCH_FILES: number;
};

// In memory where it can be: some 8,000 empty files below.
const dir = scratchFolder('civscore-large-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(folder: string, n: number): string {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(folder, `c${i}.yaml`), '');
  return folder;
}

describe('largeBatch', () => {
  it('counts a flat folder up to RELAUNCH_FILES, and no further', () => {
    expect(RELAUNCH_FILES).toBe(2000);
    const short = files(join(dir, 'short'), RELAUNCH_FILES - 1);
    const enough = files(join(dir, 'enough'), RELAUNCH_FILES);
    expect(largeBatch(['rank', short])).toEqual({ large: false, sheet: false });
    expect(largeBatch(['rank', enough])).toEqual({ large: true, sheet: false });
    // Two folders and a file named beside them add up.
    expect(largeBatch(['rank', '--jobs', '2', short, join(enough, 'c0.yaml')]).large).toBe(true);
  });

  it('walks sub-folders breadth-first, skipping hidden ones and evidence', () => {
    const tree = join(dir, 'tree');
    files(join(tree, 'a'), 1000);
    files(join(tree, '.git'), 600);
    files(join(tree, 'evidence'), 600);
    files(join(tree, 'b', 'c'), 999);
    expect(largeBatch(['validate', tree]).large).toBe(false);
    files(join(tree, 'b'), 1);
    expect(largeBatch(['validate', tree]).large).toBe(true);
  });

  it('takes a glob as large, and a large workbook or CSV file as a sheet batch', () => {
    expect(largeBatch(['rank', 'submissions/*.yaml'])).toEqual({ large: true, sheet: false });
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, Buffer.alloc(1 << 20, 0x61));
    expect(largeBatch(['rank', csv])).toEqual({ large: true, sheet: true });
    expect(largeBatch(['rank', join(dir, 'missing')])).toEqual({ large: false, sheet: false });
  });
});
