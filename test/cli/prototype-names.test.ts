/**
 * Names from a file are data, never a way into JavaScript's objects: a metric called `toString`,
 * `constructor` or `hasOwnProperty` is an unknown metric (a warning at its line), and check,
 * validate and rank go on as with any other name. (They used to stop with an internal error.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31', '--lang', 'en'];
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-proto-'));
  const text = readFileSync('examples/street/guigan.yaml', 'utf8').replace(
    /^ {2}households: .*$/m,
    (line) => `${line}\n  toString: 5\n  hasOwnProperty: 1\n  valueOf: 2`,
  );
  expect(text).toContain('toString: 5');
  file = join(dir, 'guigan.yaml');
  writeFileSync(file, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('metric names that are also names of JavaScript object members', () => {
  it('check: unknown metrics, each at its line, and the community is still scored', () => {
    const r = runCli(['check', file, ...AS_OF]);
    expect(r.stderr).not.toContain('internal error');
    for (const name of ['toString', 'hasOwnProperty', 'valueOf'])
      expect(r.stdout + r.stderr).toMatch(
        new RegExp(`:\\d+:3 +warning +assessment\\.unknown-metric +metric "${name}"`),
      );
    expect(r.code).toBe(0);
  });

  it('validate and rank: the same warnings, and the file is ranked', () => {
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.stderr + v.stdout).not.toContain('internal error');
    expect(v.stdout).toContain('0 invalid, 0 errors, 3 warnings');
    const r = runCli(['rank', dir, ...AS_OF, '--format', 'json', '--fail-on', 'invalid']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(0);
    // rank prints no warning of a ranked file's own: they are counted apart (the summary's warnings
    // are those printed, issue #25).
    expect(JSON.parse(r.stdout).summary).toMatchObject({
      files: 1,
      scored: 1,
      invalid: 0,
      warnings: 0,
      fileWarnings: 3,
    });
  });
});
