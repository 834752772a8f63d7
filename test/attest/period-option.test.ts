/**
 * --period (the period of a sheet without a period column) on every command that reads such a
 * sheet and offers it: the error period.no-column tells the user to give it, so `plan`, `plan
 * status` and `convert` take it as `rank` does, and a run signed with it (rank --attest) records
 * it, so that `verify` scores the workbook again as it was scored. Before, verify ran it without
 * --period, scored no row, and called an untouched run TAMPERED.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-period-option-'));
  // The street's CSV as convert writes it, without its period column: an office's own sheet.
  expect(runCli(['convert', join(ROOT, 'examples/street'), '-o', join(tmp, 'full.csv')]).code).toBe(0);
  const lines = readFileSync(join(tmp, 'full.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n');
  const at = lines[1]!.split(',').indexOf('period');
  expect(at).toBeGreaterThan(0);
  const cut = lines.map((l) => {
    const cells = l.split(',');
    cells.splice(at, 1);
    return cells.join(',');
  });
  writeFileSync(join(tmp, 'street.csv'), `${cut.join('\n')}\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('--period for a sheet without a period column', () => {
  it('rank --attest records it: verify scores the sheet again as signed (intact, exit 0)', () => {
    const gen = runCli(['key', 'generate', '-o', 'key', '--comment', 'wuma-street@lucheng'], { cwd: tmp });
    expect(gen.code, gen.stderr).toBe(0);
    writeFileSync(join(tmp, 'allowed_signers'), gen.stdout);
    const rank = runCli(
      ['rank', 'street.csv', '--period', '2005', '--attest', 'st.json', '--key', 'key', '--lang', 'en'],
      { cwd: tmp },
    );
    expect(rank.stdout).toContain('9 ranked');
    const statement = JSON.parse(readFileSync(join(tmp, 'st.json'), 'utf8'));
    const predicate = JSON.parse(Buffer.from(statement.payload, 'base64').toString('utf8')).predicate;
    expect(predicate.options.period).toBe('2005');
    const v = runCli(['verify', 'st.json', '--lang', 'en'], { cwd: tmp });
    expect(v.stdout, v.stderr).toContain('scored again: the same result');
    expect(v.code).toBe(0);
  });

  it('plan and plan status take it as rank does', () => {
    const plan = runCli(
      ['plan', 'street.csv', '--period', '2005', '--format', 'json', '-o', 'plan.json', '--lang', 'en'],
      { cwd: tmp },
    );
    expect(plan.stderr).not.toContain('period.no-column');
    expect(plan.code, plan.stderr).toBeLessThan(2);
    const status = runCli(['plan', 'status', 'plan.json', 'street.csv', '--period', '2005', '--lang', 'en'], {
      cwd: tmp,
    });
    expect(status.stderr).not.toContain('period.no-column');
    expect(status.code, status.stderr).toBeLessThan(2);
  });

  it('convert writes the period into each file, and counts a row written without one as converted', () => {
    const r = runCli(
      ['convert', 'street.csv', '--period', '2005', '--to', 'yaml', '-o', 'out', '--lang', 'en'],
      {
        cwd: tmp,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'out', 'dingzi.yaml'), 'utf8')).toMatch(/^period: 2005$/m);
    const blank = runCli(['convert', 'street.csv', '--to', 'yaml', '-o', 'blank', '--lang', 'en'], {
      cwd: tmp,
    });
    expect(blank.stderr).toContain('period.no-column');
    expect(blank.stderr).toContain('9 communities converted from 1 file into blank; 0 not converted');
  });
});

describe('--attest never writes over a file of the kinds civscore reads', () => {
  it('refuses a statement named like a submission, rubric or roster (.yaml, .csv, .xlsx): nothing written', () => {
    const dir = join(tmp, 'street');
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'fuqian.yaml'), 'utf8');
    expect(runCli(['key', 'generate', '-o', join(tmp, 'key2')]).code).toBe(0);
    for (const cmd of ['rank', 'report', 'plan'])
      for (const name of ['fuqian.yaml', 'roster.csv', 'book.xlsx']) {
        const out = cmd === 'report' ? ['-o', join(tmp, 'r.html')] : [];
        const r = runCli(
          [cmd, dir, ...out, '--attest', join(dir, name), '--key', join(tmp, 'key2'), '--lang', 'en'],
          { cwd: tmp },
        );
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain('attest.input-kind');
      }
    expect(readFileSync(join(dir, 'fuqian.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'fuqian.yaml.sig'))).toBe(false);
    const zh = runCli(
      ['rank', dir, '--attest', join(dir, 'fuqian.yaml'), '--key', 'key2', '--lang', 'zh-CN'],
      {
        cwd: tmp,
      },
    );
    expect(zh.stderr).toContain('签名声明不能写成 .yaml 文件');
  });
});

describe('rank’s CSV tables of their own never write over a self-assessment', () => {
  it('--quotas-output, --groups-output and --unscored-output refuse a .yaml name (exit 2), the file kept', () => {
    const dir = join(tmp, 'tables');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'guigan.yaml'), 'utf8');
    for (const option of ['--quotas-output', '--groups-output', '--unscored-output']) {
      const r = runCli(['rank', dir, '-g', 'street', option, join(dir, 'guigan.yaml'), '--lang', 'en']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('cannot write a .yaml file');
    }
    expect(readFileSync(join(dir, 'guigan.yaml'), 'utf8')).toBe(before);
    const ok = runCli(['rank', dir, '--quotas-output', join(tmp, 'quotas.csv'), '--lang', 'en']);
    expect(ok.code).toBe(1);
    expect(readFileSync(join(tmp, 'quotas.csv'), 'utf8')).toContain('Quota');
  });
});
