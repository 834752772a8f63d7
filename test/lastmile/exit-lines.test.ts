/**
 * Every exit says why in its last line (issue 28, item 7), for every command that can exit
 * non-zero, through the binary: a run that exits 1 ends its stderr with the reasons and the code
 * in the user's language; one that could not run (2) ends with the error that stopped it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-exits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const last = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';
const street = join(ROOT, 'examples/street');

describe('exit 1 ends with its reasons (zh-CN)', () => {
  const cases: [string, string[], RegExp][] = [
    ['rank', ['rank', street, '--group', 'street'], /^3 项配额未达标（退出码 1）$/],
    ['report -o', ['report', street, '-o', join(tmp, 'r.html')], /^3 项配额未达标（退出码 1）$/],
    ['check', ['check', join(ROOT, 'examples/invalid')], /^\d+ 份自评有错误（退出码 1）$/],
    ['validate', ['validate', join(ROOT, 'examples/invalid')], /^\d+ 份自评有错误（退出码 1）$/],
    ['trend', ['trend', join(ROOT, 'examples/trend')], /^1 份自评未评分（退出码 1）$/],
    [
      'plan',
      ['plan', street, '--group', 'street', '--budget', '1'],
      /^没有能满足全部配额的整改计划（退出码 1）$/,
    ],
    [
      'rubric lint',
      ['rubric', 'lint', join(ROOT, 'test/fixtures/rubric/lint/tier-unreachable.yaml')],
      /^1 个错误（退出码 1）$/,
    ],
    [
      'convert',
      ['convert', join(ROOT, 'examples/invalid'), '--to', 'csv', '-o', join(tmp, 'c.csv')],
      /个错误（退出码 1）$/,
    ],
  ];
  for (const [name, args, want] of cases)
    it(name, () => {
      const r = runCli([...args, '--lang', 'zh-CN']);
      expect(r.code, r.stderr).toBe(1);
      expect(last(r.stderr)).toMatch(want);
    });

  it('rank: a file set apart with a warning (its period outside its rubric’s year) is not scored, not “with errors”', () => {
    const dir = join(tmp, 'p2099');
    cpSync(street, dir, { recursive: true });
    const taoli = join(dir, 'taoli.yaml');
    writeFileSync(taoli, readFileSync(taoli, 'utf8').replace(/^period: .*$/m, 'period: 2099'));
    for (const [lang, want] of [
      ['zh-CN', /^1 份自评未评分；3 项配额未达标（退出码 1）$/],
      ['zh-TW', /^1 份自評未評分；3 項配額未達標（結束代碼 1）$/],
      ['en', /^1 self-assessment not scored; 3 quotas not met \(exit code 1\)$/],
    ] as const) {
      const r = runCli(['rank', dir, '--lang', lang]);
      expect(r.code).toBe(1);
      expect(last(r.stderr)).toMatch(want);
      expect(r.stderr).not.toMatch(/有错误|有錯誤|with errors|错误|錯誤|error/);
    }
    // trend sets it apart alike: listed and counted as not scored, not "0 个未能评分" and exit 0.
    const t = runCli(['trend', dir, '--lang', 'zh-CN']);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('1 个未能评分');
    expect(last(t.stderr)).toBe('1 份自评未评分（退出码 1）');
  });

  it('verify of a changed input (and en)', () => {
    const dir = join(tmp, 'signed');
    cpSync(street, join(dir, 'in'), { recursive: true });
    const gen = runCli(['key', 'generate', '-o', join(dir, 'key')]);
    writeFileSync(join(dir, 'allowed_signers'), gen.stdout);
    const rank = runCli(['rank', 'in', '--fail-on', 'none', '--attest', 'run.att', '--key', 'key'], {
      cwd: dir,
    });
    expect(rank.code, rank.stderr).toBe(0);
    writeFileSync(join(dir, 'in/dingzi.yaml'), '# changed\n', { flag: 'a' });
    const zh = runCli(['verify', 'run.att', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.code).toBe(1);
    expect(last(zh.stderr)).toMatch(/^签名后有 \d+ 处改动（退出码 1）$/);
    const en = runCli(['verify', 'run.att', '--lang', 'en'], { cwd: dir });
    expect(last(en.stderr)).toMatch(/^\d+ changes? since the statement was signed \(exit code 1\)$/);
  });
});

describe('exit 2 ends with what stopped the run', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a missing input',
      ['rank', join(tmp, 'nothing-here')],
      /^civscore: rank\.no-files {2}在 .* 中没有找到自评$/,
    ],
    ['an unknown rubric', ['init', '--rubric', 'nope'], /^civscore: rubric\.not-found {2}没有名为“nope”/],
    [
      'an unknown tier',
      ['check', join(street, 'dingzi.yaml'), '--min-tier', 'x'],
      /^civscore: cli\.unknown-tier /,
    ],
    ['a roster given to check', ['check', join(ROOT, 'examples/rosters/wuma-street.yaml')], /（退出码 2）$/],
    ['verify of no statement', ['verify', join(tmp, 'none.att')], /^civscore: verify\./],
  ];
  for (const [name, args, want] of cases)
    it(name, () => {
      const r = runCli([...args, '--lang', 'zh-CN']);
      expect(r.code, r.stderr).toBe(2);
      expect(last(r.stderr)).toMatch(want);
    });
});

describe('key generate and verify fit 80 columns (their output holds a new key: no golden)', () => {
  for (const lang of ['zh-CN', 'en'])
    it(lang, () => {
      const dir = join(tmp, `w80-${lang}`);
      cpSync(street, join(dir, 'in'), { recursive: true });
      const env = { COLUMNS: '80' };
      const gen = runCli(['key', 'generate', '-o', join(dir, 'key'), '--lang', lang], { env });
      writeFileSync(join(dir, 'allowed_signers'), gen.stdout);
      runCli(['rank', 'in', '--fail-on', 'none', '--attest', 'run.att', '--key', 'key'], { cwd: dir });
      const v = runCli(['verify', 'run.att', '--lang', lang], { cwd: dir, env });
      expect(v.code).toBe(0);
      // The public key line is a file's line (allowed_signers), held whole.
      for (const text of [gen.stderr, v.stdout, v.stderr])
        for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    });
});

describe("validate counts a workbook's rows as self-assessments", () => {
  it('two rows with errors in one CSV: 2 份自评有错误', () => {
    const blank = runCli([
      'init',
      '--rubric',
      'district-2005-community',
      '--format',
      'csv',
      '--lang',
      'zh-CN',
    ]).stdout;
    // The template's own line ends (CRLF), as a spreadsheet program keeps them.
    const [head1, head2] = blank.split('\r\n');
    const row = (id: string) =>
      `${id},${id}社区,五马街道,鹿城区,2005,**,,,,,,,,,,,,,,,district-2005-community,`;
    const file = join(tmp, 'two-bad.csv');
    writeFileSync(file, [head1, head2, row('a1'), row('a2'), ''].join('\r\n'));
    const r = runCli(['validate', file, '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(last(r.stderr)).toBe('2 份自评有错误（退出码 1）');
  });
});
