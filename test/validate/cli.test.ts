/** The built binary: exit codes, --strict, --max-warnings, --quiet, --max-size, --rubric. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { civscore, FIXTURES, RUBRIC, tempDir, validYaml } from './helpers.js';

const f = (name: string) => `${FIXTURES}/${name}`;

describe('civscore validate', () => {
  test('clean files: exit 0', () => {
    const r = civscore(['validate', f('valid.yaml'), f('bom.yaml'), f('gb18030.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gb18030.yaml:1:1  info  load.gb18030');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('3 files checked: 0 invalid, 0 errors, 0 warnings');
  });

  test('an invalid file fails the run (exit 1) and the others are still checked', () => {
    const r = civscore(['validate', f('empty.yaml'), f('valid.yaml'), f('masked.yaml'), '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((x: { valid: boolean }) => x.valid)).toEqual([false, false, true]);
  });

  test('a warning passes; --strict makes it an error', () => {
    expect(civscore(['validate', f('unknown-key.yaml')]).status).toBe(0);
    const strict = civscore(['validate', f('unknown-key.yaml'), '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('unknown-key.yaml:13:1  error  schema.unknown-key');
  });

  test('--max-warnings: more warnings than n fail the run', () => {
    const args = ['validate', f('unknown-key.yaml'), f('crlf.yaml')];
    expect(civscore([...args, '--max-warnings', '2']).status).toBe(0);
    const over = civscore([...args, '--max-warnings', '1']);
    expect(over.status).toBe(1);
    expect(over.stdout).toContain('2 warnings, more than --max-warnings 1');
    expect(civscore([...args, '--max-warnings', 'lots']).status).toBe(2);
  });

  test('--quiet shows errors only', () => {
    const r = civscore(['validate', f('unknown-key.yaml'), f('empty.yaml'), '--quiet']);
    expect(r.stdout).toContain('load.empty');
    expect(r.stdout).not.toContain('schema.unknown-key');
  });

  test('--max-size', () => {
    const r = civscore(['validate', f('valid.yaml'), '--max-size', '100B']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('valid.yaml:1:1  error  load.too-large');
  });

  test('a missing path is a finding, the other files still checked, and the run could not use it (exit 2)', () => {
    const some = civscore(['validate', 'no/such.yaml', f('valid.yaml')]);
    expect(some.status).toBe(2);
    expect(some.stdout).toContain('no/such.yaml:1:1  error  load.not-found');
    // The path not there is no file checked ('1 file checked: 2 invalid' read as nonsense).
    expect(some.stdout).toMatch(/1 file checked: 0 invalid, 1 error/);
    const none = civscore(['validate', 'no/such.yaml', 'none/*.yaml']);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('input.no-match');
  });

  test('the same id in two files: both files fail, each naming the other', () => {
    const r = civscore(['validate', `${FIXTURES}/duplicate-ids`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'duplicate-ids/a.yaml:3:14  error  validate.duplicate-id  id "twin" is also used in test/fixtures/validate/duplicate-ids/b.yaml',
    );
    expect(r.stdout).toContain('duplicate-ids/b.yaml:3:14  error  validate.duplicate-id');
  });

  test('--rubric: an unusable rubric means the run could not happen (exit 2)', () => {
    expect(civscore(['validate', f('valid.yaml'), '--rubric', 'no-such-rubric']).status).toBe(2);
    expect(civscore(['validate', f('valid.yaml'), '--rubric', RUBRIC]).status).toBe(0);
  });

  test('an invalid rubric named by a file: that file fails (exit 1, not 2), the rubric problems shown', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'bad-rubric.yaml'), 'rubric: broken\nlevel: planet\n');
      writeFileSync(join(dir, 'c.yaml'), validYaml('c', join(dir, 'bad-rubric.yaml')));
      const r = civscore(['validate', join(dir, 'c.yaml'), '--rubrics', dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('trust.rubric-unusable');
      expect(r.stdout).toMatch(/bad-rubric\.yaml:\d+:\d+ +error/);
    } finally {
      cleanup();
    }
  });
});
