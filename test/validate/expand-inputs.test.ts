/** Files, folders and globs to one sorted list; loops, missing paths and empty globs as findings. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandInputs, listInputs } from '../../src/load/expand-inputs.js';
import { byCodeUnits } from '../../src/model/text-order.js';
import { tempDir } from './helpers.js';

let root: string;
let cleanup: () => void;
const cwd = process.cwd();

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir());
  for (const f of ['b/z.yaml', 'b/a.yml', 'b/deep/c.yaml', 'b/readme.md', 'a.yaml', 'other/x.yaml']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x: 1\n');
  }
  symlinkSync('..', join(root, 'b/deep/up')); // a loop: b/deep/up → b
  symlinkSync('../other', join(root, 'b/linked')); // a link out of the folder named: reported, not followed
  symlinkSync('z.yaml', join(root, 'b/alias.yaml')); // the same file twice: listed once
  process.chdir(root);
});
afterAll(() => {
  process.chdir(cwd);
  cleanup();
});

const codes = (r: ReturnType<typeof expandInputs>) => r.findings.map((f) => [f.code, f.file]);

describe('expandInputs', () => {
  test('a folder: recursive, *.yaml and *.yml, sorted, links inside followed once, loops and links out reported', () => {
    const r = expandInputs(['b']);
    expect(r.files).toEqual(['b/a.yml', 'b/deep/c.yaml', 'b/z.yaml']);
    // In the order of the walk, which is the sorted order of the paths.
    expect(codes(r)).toEqual([
      ['input.symlink-loop', 'b/deep/up'],
      ['machine.link-outside', 'b/linked'],
    ]);
  });

  test('files, folders and globs mixed: one sorted list without duplicates', () => {
    const r = expandInputs(['other/x.yaml', 'b/z.yaml', 'a.yaml', 'b', '*.yaml']);
    expect(r.files).toEqual(['a.yaml', 'b/a.yml', 'b/deep/c.yaml', 'b/z.yaml', 'other/x.yaml']);
  });

  test('a glob through a loop terminates and lists each file once', () => {
    const r = expandInputs(['b/**/*.yaml']);
    expect(r.files).toEqual(['b/deep/c.yaml', 'b/linked/x.yaml', 'b/z.yaml']);
    expect(codes(r)).toEqual([['input.symlink-loop', 'b/deep/up']]);
  });

  test('the order does not depend on the order of the inputs', () => {
    expect(expandInputs(['a.yaml', 'b']).files).toEqual(expandInputs(['b', 'a.yaml']).files);
  });

  test('a missing path is load.not-found; the rest are still listed', () => {
    const r = expandInputs(['nope.yaml', 'a.yaml']);
    expect(r.files).toEqual(['a.yaml']);
    expect(r.findings).toMatchObject([
      { code: 'load.not-found', severity: 'error', file: 'nope.yaml', line: 1 },
    ]);
  });

  test('a glob or folder matching nothing is a warning', () => {
    mkdirSync('empty-dir', { recursive: true });
    const r = expandInputs(['zz/*.yaml', 'empty-dir']);
    expect(r.files).toEqual([]);
    expect(codes(r)).toEqual([
      ['input.no-match', 'zz/*.yaml'],
      ['input.no-match', 'empty-dir'],
    ]);
  });

  test('other extensions on request; a named file is taken whatever its name', () => {
    expect(expandInputs(['b'], { extensions: ['md'] }).files).toEqual(['b/readme.md']);
    expect(expandInputs(['b/readme.md']).files).toEqual(['b/readme.md']);
  });

  test('absolute globs give absolute paths', () => {
    expect(expandInputs([join(root, 'other/*.yaml')]).files).toEqual([join(root, 'other/x.yaml')]);
  });
});

describe('expandInputs skips what is never a submission', () => {
  test('hidden folders and files, node_modules', () => {
    const { dir, cleanup: done } = tempDir();
    try {
      for (const f of [
        '.git/x.yaml',
        '.github/workflows/ci.yml',
        'node_modules/p/a.yaml',
        '.hidden.yaml',
        'ok.yaml',
      ]) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), 'x: 1\n');
      }
      expect(expandInputs([dir]).files).toEqual([join(dir, 'ok.yaml')]);
    } finally {
      done();
    }
  });
});

describe('listInputs: a folder listed a little at a time', () => {
  test('a plain walk finds its files in the sorted order, one folder per step', () => {
    const { dir, cleanup: done } = tempDir();
    try {
      // Names that sort around a folder's own name: `a.yaml` < `a/…` < `a0.yaml`, `a-b` < `a/`,
      // capitals before small letters, Chinese after ASCII, digits as text (`10` < `9`).
      const names = [
        'a.yaml',
        'a/x.yaml',
        'a/b/y.yaml',
        'a/b.yaml',
        'a-b/z.yaml',
        'a0.yaml',
        'A/q.yaml',
        'Z.yaml',
        '10/a.yaml',
        '9/a.yaml',
        '五马街道/甲社区.yaml',
        '五马街道/乙社区.yml',
        '五马街道.yaml',
        'z/deep/er/est/w.yaml',
      ];
      for (const f of names) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), 'x: 1\n');
      }
      const listing = listInputs([dir]);
      const seen: number[] = [];
      while (listing.more()) seen.push(listing.files.length);
      expect(listing.sorted).toBe(true);
      const expected = names.map((f) => join(dir, f)).sort(byCodeUnits);
      expect(listing.files).toEqual(expected);
      expect(expandInputs([dir]).files).toEqual(expected);
      // Files become available step by step, not only at the end.
      expect(seen.filter((n) => n > 0 && n < names.length).length).toBeGreaterThan(3);
    } finally {
      done();
    }
  });

  test('links, further inputs and globs may come out of order: sorted says so, expandInputs sorts', () => {
    const listing = listInputs(['b', 'a.yaml']);
    while (listing.more());
    expect(listing.sorted).toBe(false);
    expect(expandInputs(['b', 'a.yaml']).files).toEqual(['a.yaml', 'b/a.yml', 'b/deep/c.yaml', 'b/z.yaml']);
  });
});
