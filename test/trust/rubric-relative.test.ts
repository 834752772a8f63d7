/**
 * Issue 10, point 10: a `rubric:` path is resolved from the file that names it, never from the
 * folder the command runs in; `init --out` writes it relative to the file it writes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-relative-'));
  copyFileSync(join(ROOT, 'examples/lucheng/lucheng-wenzhou-2002.yaml'), join(tmp, 'my.yaml'));
  mkdirSync(join(tmp, 'sub'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('init --out sub/x.yaml --rubric my.yaml', () => {
  it('writes the rubric path relative to the written file, and the file then finds it from anywhere', () => {
    const r = runCli(['init', '--out', 'sub/x.yaml', '--rubric', 'my.yaml', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(0);
    const text = readFileSync(join(tmp, 'sub/x.yaml'), 'utf8');
    expect(text).toMatch(/^rubric: \.\.\/my\.yaml$/m);
    // Judged from another folder, the file still names the same rubric.
    const check = runCli(['check', join(tmp, 'sub/x.yaml'), '--format', 'json'], { cwd: ROOT });
    expect(check.stdout + check.stderr).not.toMatch(/rubric\.not-found/);
  });

  it('keeps a built-in id as it is', () => {
    runCli(['init', '--out', 'sub/b.yaml', '--rubric', 'liuhao-2008'], { cwd: tmp });
    expect(readFileSync(join(tmp, 'sub/b.yaml'), 'utf8')).toMatch(/^rubric: liuhao-2008$/m);
  });
});

describe('a rubric path inside a file', () => {
  it('is not looked up in the folder the command runs in', () => {
    // my.yaml exists in the working folder but not beside the file: not found.
    writeFileSync(
      join(tmp, 'sub/c.yaml'),
      readFileSync(join(ROOT, 'examples/lucheng/wuma-wenzhou.yaml'), 'utf8').replace(
        'rubric: ./lucheng-wenzhou-2002.yaml',
        'rubric: my.yaml',
      ),
    );
    const r = runCli(['check', 'sub/c.yaml', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain('rubric.not-found');
  });
});
