/**
 * Issue 10, point 1: `rank` and `validate` with an operator's rubric given by path (not built
 * in), in every output format, with one thread and with a worker, through the built binary.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = 'examples/lucheng/lucheng-wenzhou-2002.yaml';
const FILE = 'examples/lucheng/guigan.yaml';
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trust-'));
  // The same rubric under a .yml name elsewhere: a path, never an id.
  copyFileSync(RUBRIC, join(tmp, 'district.yml'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rank --rubric <path>', () => {
  for (const jobs of ['1', '2'])
    for (const format of ['table', 'json', 'csv', 'markdown'])
      it(`ranks under the path's rubric (--jobs ${jobs}, ${format})`, () => {
        const r = runCli(['rank', FILE, '--rubric', RUBRIC, '--jobs', jobs, '-f', format, '--lang', 'en']);
        expect(r.stderr).not.toMatch(/internal error/);
        expect(r.code).not.toBe(2);
        // The CSV ranking heads its rows with the rubric's title, the others name its id.
        expect(r.stdout).toContain(format === 'csv' ? 'Lucheng model community' : 'lucheng-wenzhou-2002');
      });

  it('takes a .yml path outside the project, with a worker', () => {
    const r = runCli(['rank', FILE, '--rubric', join(tmp, 'district.yml'), '--jobs', '2', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).tables).toHaveLength(1);
  });
});

describe('validate --rubric <path>', () => {
  for (const jobs of ['1', '2'])
    for (const format of ['text', 'json', 'junit', 'sarif', 'github'])
      it(`checks under the path's rubric (--jobs ${jobs}, ${format})`, () => {
        const r = runCli([
          'validate',
          FILE,
          '--rubric',
          RUBRIC,
          '--jobs',
          jobs,
          '-f',
          format,
          '--lang',
          'en',
        ]);
        expect(r.stderr).not.toMatch(/internal error/);
        expect(r.code).not.toBe(2);
      });
});
