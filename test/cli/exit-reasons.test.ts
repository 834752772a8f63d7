/**
 * Every exit says why (issue 28, item 7): a run that does not exit 0 ends its stderr with the
 * reasons and the code, in the user's language. The reasons are data (exitReasons, pure), the
 * words the catalogue's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCode, exitReasons } from '../../src/cli/exit-code.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);
const street = join(ROOT, 'examples/street');
const invalid = join(ROOT, 'examples/invalid');

describe('the last line of a failing run says why', () => {
  it("rank on the README's example street: the quotas (zh-CN, zh-TW, en)", () => {
    const zh = runCli(['rank', street, '--group', 'street', '--lang', 'zh-CN']);
    expect(zh.code).toBe(1);
    expect(lastLine(zh.stderr)).toBe('3 项配额未达标（退出码 1）');
    const tw = runCli(['rank', street, '--group', 'street', '--lang', 'zh-TW']);
    expect(lastLine(tw.stderr)).toBe('3 項配額未達標（結束代碼 1）');
    const en = runCli(['rank', street, '--group', 'street', '--lang', 'en']);
    expect(lastLine(en.stderr)).toBe('3 quotas not met (exit code 1)');
  });

  it('report -o 报告.html says what it wrote and why it exits 1', () => {
    const r = runCli(['report', street, '-o', join(dir, '报告.html'), '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已写入');
    expect(lastLine(r.stderr)).toBe('3 项配额未达标（退出码 1）');
  });

  it('check and validate name the self-assessments with errors; trend, as rank, those not scored', () => {
    const c = runCli(['check', invalid, '--lang', 'zh-CN']);
    expect(c.code).toBe(1);
    expect(lastLine(c.stderr)).toMatch(/^\d+ 份自评有错误（退出码 1）$/);
    const v = runCli(['validate', invalid, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(lastLine(v.stderr)).toMatch(/^\d+ self-assessments? with errors \(exit code 1\)$/);
    const t = runCli(['trend', join(ROOT, 'examples/trend'), '--lang', 'zh-CN']);
    expect(t.code).toBe(1);
    expect(lastLine(t.stderr)).toBe('1 份自评未评分（退出码 1）');
  });

  it('check --min-tier and validate --max-warnings give their own reason', () => {
    const c = runCli(['check', join(street, 'dingzi.yaml'), '--min-tier', 'modern', '--lang', 'en']);
    expect(c.code).toBe(1);
    expect(lastLine(c.stderr)).toBe('1 self-assessment below --min-tier (exit code 1)');
    const v = runCli(['validate', invalid, '--max-warnings', '0', '--lang', 'zh-CN']);
    expect(v.code).toBe(1);
    expect(lastLine(v.stderr)).toMatch(/^\d+ 份自评有错误；警告 1 条，超过 --max-warnings 0（退出码 1）$/);
  });

  it('a clean run adds nothing', () => {
    const r = runCli(['check', join(ROOT, 'examples/complete-community'), '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('退出码');
  });
});

describe('exitReasons', () => {
  it('is empty exactly when the code is 0, and lists every reason otherwise', () => {
    const cases = [
      { couldNotRun: false, invalidFiles: 0 },
      { couldNotRun: true, invalidFiles: 3 },
      { couldNotRun: false, invalidFiles: 2, quotasShort: 1 },
      { couldNotRun: false, invalidFiles: 0, belowMinTier: 4 },
      { couldNotRun: false, invalidFiles: 0, warningsOver: { warnings: 5, max: 2 } },
      { couldNotRun: false, invalidFiles: 0, errors: 1 },
    ];
    for (const c of cases) expect(exitReasons(c).length === 0).toBe(exitCode(c) === 0);
    expect(exitReasons(cases[2]!).map((r) => r.kind)).toEqual(['invalid', 'quotas']);
    expect(exitReasons(cases[1]!)).toEqual([{ kind: 'could-not-run' }]);
  });
});
