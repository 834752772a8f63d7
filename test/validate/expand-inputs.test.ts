/** Files, folders and globs to one sorted list; loops, missing paths and empty globs as findings. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandInputs } from '../../src/load/expand-inputs.js';
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
    expect(codes(r)).toEqual([
      ['machine.link-outside', 'b/linked'],
      ['input.symlink-loop', 'b/deep/up'],
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
