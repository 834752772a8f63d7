/**
 * Input built at test time (too big, binary, bombs, deep, links, pipes, folders): each gives a
 * clear finding and never a crash, and the rest of a batch is still checked.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadYamlFile } from '../../src/load/load-yaml-file.js';
import { readSource } from '../../src/load/read-source.js';
import { validateFile } from '../../src/pipeline/validate-file.js';
import { civscore, isRoot, tempDir, validYaml } from './helpers.js';

const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};

describe('hostile single files', () => {
  test('binary data', () => {
    const p = write(
      'binary.yaml',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(codes(validateFile(p).findings)).toEqual(['load.binary']);
  });

  test('over the default size limit: refused before it is read', () => {
    const p = write('big.yaml', `notes: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const r = validateFile(p);
    expect(codes(r.findings)).toEqual(['load.too-large']);
    expect(r.findings[0]).toMatchObject({ line: 1, column: 1 });
  });

  test('a configurable limit', () => {
    const p = write('small-limit.yaml', validYaml('small'));
    expect(codes(validateFile(p, { maxBytes: 100 }).findings)).toEqual(['load.too-large']);
    expect(validateFile(p).findings).toEqual([]);
  });

  test('a YAML alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const p = write('bomb.yaml', `${lines.join('\n')}\n`);
    expect(codes(validateFile(p).findings)).toEqual(['load.alias-limit']);
  });

  test('a masked figure written without quotes (**, **%) is the placeholder, at its place', () => {
    const p = write('unquoted-mask.yaml', validYaml('unquoted').replace(/^( {2}households: ).*$/m, '$1**'));
    const f = validateFile(p).findings.filter((x) => x.severity === 'error');
    expect(codes(f)).toEqual(['value.masked']);
    const line =
      validYaml('unquoted')
        .split('\n')
        .findIndex((l) => l.startsWith('  households:')) + 1;
    expect(f[0]).toMatchObject({ line, column: 3 });
  });

  test('a masked figure with its unit and no quotes (** m2) is said to need a figure or quotes, at the value', () => {
    const p = write('unquoted-unit.yaml', 'a: 1\nb: ** m2  # masked\nc:\n  - ** 平方米\n  - *x y\n');
    const f = loadYamlFile(p).findings;
    expect(codes(f)).toEqual(['load.unquoted-star', 'load.unquoted-star', 'load.unquoted-star']);
    expect(f.map((x) => [x.line, x.column, x.params.value])).toEqual([
      [2, 4, '** m2'],
      [4, 5, '** 平方米'],
      [5, 5, '*x y'],
    ]);
  });

  test('an alias to an anchor that is not there is a finding at the alias', () => {
    const p = write('unresolved.yaml', 'a: &x 1\nb: *y\n');
    const f = loadYamlFile(p).findings;
    expect(codes(f)).toEqual(['load.unresolved-alias']);
    expect(f[0]).toMatchObject({ line: 2, column: 4, params: { name: 'y' } });
  });

  test('nesting thousands deep, flow style', () => {
    const p = write('deep-flow.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(codes(validateFile(p).findings)).toEqual(['load.too-deep']);
  });

  test('nesting thousands deep, block style (two-space and one-space indents)', () => {
    const two = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(codes(validateFile(write('deep-block.yaml', `${two} 1\n`)).findings)).toEqual(['load.too-deep']);
    const one = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(codes(validateFile(write('deep-block-1.yaml', `${one} 1\n`)).findings)).toEqual(['load.too-deep']);
    const seq = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}-`).join('\n');
    expect(codes(validateFile(write('deep-seq.yaml', `${seq} 1\n`)).findings)).toEqual(['load.too-deep']);
  });

  test('a directory where a file was named', () => {
    mkdirSync(join(dir, 'folder.yaml'), { recursive: true });
    expect(codes(loadYamlFile(join(dir, 'folder.yaml')).findings)).toEqual(['load.is-directory']);
  });

  test('a path that does not exist', () => {
    expect(codes(validateFile(join(dir, 'nope.yaml')).findings)).toEqual(['load.not-found']);
  });

  test('a named pipe is refused, not waited on', () => {
    const fifo = join(dir, 'pipe.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    expect(codes(readSource(fifo).findings)).toEqual(['load.unreadable']);
  });

  test.skipIf(isRoot)(
    'a file that cannot be read (chmod 000; skipped as root, where reads still work)',
    () => {
      const p = write('locked.yaml', validYaml('locked'));
      chmodSync(p, 0o000);
      try {
        const r = validateFile(p);
        expect(codes(r.findings)).toEqual(['load.unreadable']);
        expect(r.findings[0]!.params.reason).toBe('EACCES');
      } finally {
        chmodSync(p, 0o644);
      }
    },
  );

  test('a symbolic link to itself', () => {
    const p = join(dir, 'self-link.yaml');
    symlinkSync('self-link.yaml', p);
    expect(codes(validateFile(p).findings)).toEqual(['input.symlink-loop']);
  });
});

describe('hostile batches through the CLI', () => {
  test('a symbolic-link loop under a folder: reported once, the files still checked', () => {
    const { dir: root, cleanup: done } = tempDir();
    try {
      mkdirSync(join(root, 'sub/inner'), { recursive: true });
      writeFileSync(join(root, 'sub/inner/a.yaml'), validYaml('a'));
      symlinkSync('../..', join(root, 'sub/inner/loop'));
      const r = civscore(['validate', '.', '--format', 'json'], { cwd: root });
      const out = JSON.parse(r.stdout);
      expect(out.files.map((f: { file: string }) => f.file)).toEqual(['sub/inner/a.yaml', 'sub/inner/loop']);
      expect(out.files[1].findings.map((f: { code: string }) => f.code)).toEqual(['input.symlink-loop']);
      expect(r.status).toBe(0);
    } finally {
      done();
    }
  });

  test('thousands of files with a few broken: exactly those fail, the rest pass', () => {
    const { dir: root, cleanup: done } = tempDir();
    try {
      const broken = new Set([17, 1234, 2999]);
      for (let i = 0; i < 3000; i++) {
        const sub = join(root, `s${i % 10}`);
        mkdirSync(sub, { recursive: true });
        const name = join(sub, `c${String(i).padStart(4, '0')}.yaml`);
        writeFileSync(name, broken.has(i) ? 'metrics: [\n' : validYaml(`c${i}`));
      }
      writeFileSync(join(root, 's0/readme.txt'), 'not yaml, not picked up');
      const t0 = Date.now();
      const r = civscore(['validate', '.', 'missing-folder', '--format', 'json'], { cwd: root });
      const elapsed = Date.now() - t0;
      const out = JSON.parse(r.stdout);
      // The folder named that is not there is no file checked: said at its path, and exit 2.
      expect(out.summary.files).toBe(3000);
      expect(out.summary.invalid).toBe(3);
      const invalid = out.files
        .filter((f: { valid: boolean }) => !f.valid)
        .map((f: { file: string }) => f.file);
      expect(invalid).toEqual(['missing-folder', 's4/c1234.yaml', 's7/c0017.yaml', 's9/c2999.yaml']);
      // The folder named that is not there: the run could not use all its inputs.
      expect(r.status).toBe(2);
      expect(elapsed).toBeLessThan(30_000);
    } finally {
      done();
    }
  });
});
