/**
 * An input named on the command line that does not exist is exit 2 in every command (README,
 * Exit codes: "a file that does not exist"): the others are still read and reported, and the last
 * line says the run could not use all its inputs. Before, check said 2 and validate, rank,
 * report, trend, plan and convert said 1 when other inputs were there.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-missing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const street = join(ROOT, 'examples/street');
const missing = join(dir, '丁字社区-2005.yaml');
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);

describe('a named input that does not exist', () => {
  const runs: [string, string[]][] = [
    ['check', ['check', join(street, 'dingzi.yaml'), missing]],
    ['validate', ['validate', street, missing]],
    ['rank', ['rank', street, missing]],
    ['report', ['report', street, missing, '-o', join(dir, 'r.html')]],
    ['trend', ['trend', street, missing]],
    ['plan', ['plan', street, missing]],
    ['convert', ['convert', street, missing, '--to', 'xlsx', '-o', join(dir, 'c.xlsx'), '--force']],
  ];
  for (const [name, args] of runs)
    it(`${name}: exit 2, the file named, the rest still reported`, () => {
      const r = runCli([...args, '--lang', 'zh-CN']);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(`${missing}:1:1  错误  load.not-found  文件不存在`);
      expect(lastLine(r.stderr)).toBe('有输入无法处理（见上文）（退出码 2）');
    });

  it('validate --format github annotates it and every other file, and fails the job (exit 2)', () => {
    const r = runCli([
      'validate',
      street,
      join(ROOT, 'examples/invalid/masked-value.yaml'),
      missing,
      '--format',
      'github',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`::error file=${missing},line=1,col=1,title=load.not-found::file not found`);
    expect(r.stdout).toMatch(/::error file=[^,]*masked-value\.yaml,/);
  });

  it("a link inside a folder that points nowhere is that file's error (exit 1), not a missing input", () => {
    const folder = join(dir, 'street');
    cpSync(street, folder, { recursive: true });
    symlinkSync(join(dir, 'gone.yaml'), join(folder, 'gone.yaml'));
    const r = runCli(['validate', folder, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('load.not-found');
  });
});
