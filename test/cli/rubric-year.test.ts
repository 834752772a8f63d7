/**
 * The right year (issue 28, item 5): init writes the rubric's own period, and check warns when a
 * file's period is not its rubric's year, with the fix, as rank does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('init writes the period of its rubric', () => {
  it('period: 2005 for a 2005 rubric, in YAML and in the fill-in CSV', () => {
    const yaml = runCli(['init', '--rubric', 'district-2005-community', '--lang', 'zh-CN']);
    expect(yaml.stdout).toMatch(/^period: 2005$/m);
    const csv = runCli(['init', '--rubric', 'district-2005-community', '--format', 'csv', '--lang', 'en']);
    expect(csv.stdout).toContain(',2005');
    expect(csv.stdout).not.toContain(String(new Date().getFullYear()));
  });
  it('--period still overrides it', () => {
    const r = runCli(['init', '--rubric', 'district-2005-community', '--period', '2006', '--lang', 'en']);
    expect(r.stdout).toMatch(/^period: 2006$/m);
  });
});

describe('check warns about a period that is not its rubric year', () => {
  const file = join(dir, 'dingzi-2026.yaml');
  writeFileSync(
    file,
    readFileSync(join(ROOT, 'examples/street/dingzi.yaml'), 'utf8').replace(/^period: .*$/m, 'period: 2026'),
  );
  it('zh-CN: at the period line, with the fix', () => {
    const r = runCli(['check', file, '--lang', 'zh-CN']);
    expect(r.stdout).toMatch(/dingzi-2026\.yaml:\d+:1 .*period\.rubric-year/);
    expect(r.stdout).toContain('年度 2026 不是评分细则');
    expect(r.stdout).toContain('请写 period: 2005');
  });
  it('en, and nothing for a file of the right year', () => {
    const r = runCli(['check', file, '--lang', 'en']);
    expect(r.stdout).toContain('period 2026 is not the year of rubric');
    const ok = runCli(['check', join(ROOT, 'examples/street/dingzi.yaml'), '--lang', 'en']);
    expect(ok.stdout).not.toContain('period.rubric-year');
  });
});
