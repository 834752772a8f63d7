/**
 * CLI golden tests: the built binary on the shipped examples, colour off, in zh-CN and en.
 * The golden files under __golden__/ are the reviewed output; a change to wording or layout
 * shows up as a diff there (update with `npx vitest run test/cli -u` and review the diff).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const street = readdirSync('examples/street')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `examples/street/${f}`);
const invalid = readdirSync('examples/invalid')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `examples/invalid/${f}`);
const AS_OF = ['--as-of', '2005-12-31'];

describe('civscore check on examples/street', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`reports every community in ${lang}`, async () => {
      const r = runCli(['check', ...street, '--lang', lang, '--no-color', ...AS_OF]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/check-street.${lang}.txt`);
    });
  }

  it('speaks traditional Chinese with --lang zh-TW', () => {
    const r = runCli(['check', 'examples/street/guigan.yaml', '--lang', 'zh-TW', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('總分');
    expect(r.stdout).not.toContain('总分');
  });

  it('takes Chinese from a zh locale when --lang is not given', () => {
    const r = runCli(['check', 'examples/street/guigan.yaml', ...AS_OF], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toContain('总分');
    const tw = runCli(['check', 'examples/street/guigan.yaml', ...AS_OF], { env: { LANG: 'zh_TW.UTF-8' } });
    expect(tw.stdout).toContain('總分');
    const en = runCli(['check', 'examples/street/guigan.yaml', ...AS_OF], { env: { LANG: 'de_DE.UTF-8' } });
    expect(en.stdout).toContain('Total');
  });

  it('writes markdown', async () => {
    const r = runCli([
      'check',
      'examples/street/dingzi.yaml',
      '--format',
      'markdown',
      '--lang',
      'en',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/check-dingzi.en.md');
  });

  it('writes json with codes and numbers', () => {
    const r = runCli([
      'check',
      'examples/street/dingzi.yaml',
      'examples/street/taoli.yaml',
      '--format',
      'json',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const [dingzi, taoli] = out.files;
    expect(dingzi.valid).toBe(true);
    expect(dingzi.result.total).toBe(49);
    expect(dingzi.result.tier).toBeNull();
    const area = dingzi.result.sections[0].criteria.find((c: { id: string }) => c.id === 'service-area-150');
    expect(area.status).toBe('unmet');
    expect(area.shortfalls[0]).toMatchObject({
      code: 'shortfall.below',
      params: { actual: 120, needed: 150, gap: 30 },
    });
    expect(dingzi.result.nextTier.fixes.map((f: { criterion: string }) => f.criterion)).toEqual([
      'service-area-150',
      'culture-room-50',
    ]);
    expect(taoli.result.vetoes).toEqual(['no-major-incident']);
    expect(taoli.result.tier).toBeNull();
  });

  it('exactly 150 m² meets "150平方米以上"', () => {
    const r = runCli(['check', 'examples/street/fuqian.yaml', '--format', 'json', ...AS_OF]);
    const c = JSON.parse(r.stdout).files[0].result.sections[0].criteria.find(
      (x: { id: string }) => x.id === 'service-area-150',
    );
    expect(c.status).toBe('met');
  });
});

describe('civscore check exit codes', () => {
  it('exits 1 and names file:line:column for every broken example', async () => {
    const r = runCli(['check', ...invalid, '--lang', 'en', ...AS_OF]);
    expect(r.code).toBe(1);
    for (const f of invalid) expect(r.stdout).toContain(f);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/check-invalid.en.txt');
  });

  it('explains the broken examples in Chinese too', async () => {
    const r = runCli(['check', ...invalid, '--lang', 'zh-CN', ...AS_OF]);
    expect(r.code).toBe(1);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/check-invalid.zh-CN.txt');
  });

  it('exits 1 below --min-tier and 0 at or above it', () => {
    expect(runCli(['check', 'examples/street/fuqian.yaml', '--min-tier', 'modern', ...AS_OF]).code).toBe(0);
    const below = runCli([
      'check',
      'examples/street/wumajie.yaml',
      '--min-tier',
      'modern',
      '--lang',
      'en',
      ...AS_OF,
    ]);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('below the required tier');
  });

  it('exits 2 when it cannot run: missing file, unknown rubric, bad option', () => {
    const missing = runCli(['check', 'no/such/file.yaml', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('no/such/file.yaml:1:1  error  load.not-found');
    const rubric = runCli([
      'check',
      'examples/street/guigan.yaml',
      '--rubric',
      'no-such-rubric',
      '--lang',
      'en',
    ]);
    expect(rubric.code).toBe(2);
    expect(rubric.stderr).toContain('rubric.not-found');
    expect(rubric.stderr).not.toMatch(/at .*\.js:\d+/);
    const usage = runCli(['check', 'examples/street/guigan.yaml', '--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(runCli(['check']).code).toBe(2);
  });

  it('applies a district waiver until it expires, and says when it has expired', () => {
    const waivers = ['--waivers', 'examples/waivers/district-2005.yaml', '--format', 'json'];
    const patrol = (out: string) =>
      JSON.parse(out)
        .files[0].result.sections.flatMap((s: { criteria: unknown[] }) => s.criteria)
        .find((c: { id: string }) => c.id === 'patrol-team');
    const live = runCli(['check', 'examples/street/huaniutang.yaml', ...waivers, '--as-of', '2005-12-31']);
    expect(patrol(live.stdout)).toMatchObject({ status: 'exempt', earned: 4 });
    const expired = runCli(['check', 'examples/street/huaniutang.yaml', ...waivers, '--as-of', '2006-01-01']);
    expect(patrol(expired.stdout)).toMatchObject({ status: 'unmet', earned: 0 });
    expect(JSON.parse(expired.stdout).files[0].findings.map((f: { code: string }) => f.code)).toContain(
      'score.exemption-expired',
    );
  });

  it('a rubric or waivers file among submissions is skipped with a warning, not scored', () => {
    const r = runCli([
      'check',
      'examples/waivers/district-2005.yaml',
      'examples/lucheng/lucheng-wenzhou-2002.yaml',
      '--lang',
      'en',
    ]);
    expect(r.stdout).toContain('assessment.is-waivers');
    expect(r.stdout).toContain('assessment.is-rubric');
  });

  it('a masked rubric figure scores "no data" with a warning, never a pass', () => {
    const r = runCli(['check', 'examples/lucheng/guigan.yaml', '--format', 'json', ...AS_OF]);
    const res = JSON.parse(r.stdout).files[0];
    const masked = res.result.sections
      .flatMap((s: { criteria: unknown[] }) => s.criteria)
      .filter((c: { status: string }) => c.status === 'no-data');
    expect(masked.length).toBeGreaterThan(0);
    for (const c of masked) expect(c.earned).toBe(0);
    expect(res.findings.map((f: { code: string }) => f.code)).toContain('score.rubric-masked');
  });
});
