/**
 * Nested tiers (issue 25, point 1), through the built binary, on the 2005 rubric by hand:
 * 新型现代化社区 (≥ 90, needs service-area-150, culture-room-50, basic-facilities) sits above
 * 安全文明社区 (≥ 70, needs 一区一警). A community meeting everything but 一区一警 scores
 * 100 − 8 = 92: enough for 新型现代化社区 by points, but a tier includes every lower tier's
 * requirements, so it reaches no tier, and counts toward neither quota.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
const guigan = readFileSync('examples/street/guigan.yaml', 'utf8');
const noPolice = guigan
  .replace('community-police-officers: 2', 'community-police-officers: 0')
  .replace('id: guigan', 'id: nopolice');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-nested-'));
  writeFileSync(join(tmp, 'nopolice.yaml'), noPolice);
  cpSync('examples/street', join(tmp, 'street'), { recursive: true });
  writeFileSync(join(tmp, 'street', 'nopolice.yaml'), noPolice);
  writeFileSync(
    join(tmp, 'independent.yaml'),
    'rubric: independent-2005\nextends: district-2005-community\nnested-tiers: false\n',
  );
  writeFileSync(
    join(tmp, 'nopolice-independent.yaml'),
    noPolice.replace('rubric: district-2005-community', 'rubric: independent-2005'),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface CheckJson {
  files: {
    result: {
      total: number;
      tier: string | null;
      heldBack?: unknown;
      nextTier?: { tier: string; fixes: { criterion: string; required: boolean }[] };
    };
  }[];
}

describe('a tier includes every lower tier’s requirements', () => {
  it('92 points without 一区一警 reaches no tier, and check says why', () => {
    const r = runCli(['check', join(tmp, 'nopolice.yaml'), '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('总分：92 / 100');
    expect(r.stdout).toContain('等级：未定级');
    expect(r.stdout).toContain('分数达到新型现代化社区，但未达到安全文明社区的一区一警要求');
    const tw = runCli(['check', join(tmp, 'nopolice.yaml'), '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('分數達到新型現代化社區，但未達到安全文明社區的一區一警要求');
    const en = runCli(['check', join(tmp, 'nopolice.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain(
      'The score reaches New modern community, but requirements are not met: One police officer per community (required by Safe and civilized community)',
    );
  });

  it('the JSON result names the tier the score reaches and the lower tier’s requirement', () => {
    const r = runCli(['check', join(tmp, 'nopolice.yaml'), '--format', 'json']);
    const res = (JSON.parse(r.stdout) as CheckJson).files[0]!.result;
    expect(res.total).toBe(92);
    expect(res.tier).toBeNull();
    expect(res.heldBack).toEqual({
      tier: 'modern',
      unmet: [{ tier: 'safe-civilized', criteria: ['one-police-per-community'] }],
    });
    expect(res.nextTier?.tier).toBe('safe-civilized');
    expect(res.nextTier?.fixes).toEqual([
      expect.objectContaining({ criterion: 'one-police-per-community', required: true }),
    ]);
  });

  it('its own requirement is said as the tier’s own (花柳塘: 93 points, basic facilities 12 of 15)', () => {
    const r = runCli(['check', 'examples/street/huaniutang.yaml', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('等级：安全文明社区');
    expect(r.stdout).toContain('分数达到新型现代化社区，但未达到该等级的社区基本设施要求');
  });

  it('counts toward neither quota: 2 of 10 modern, 6 of 10 safe-civilized', () => {
    const r = runCli(['rank', join(tmp, 'street'), '--format', 'json']);
    // Quotas short: the run fails (exit 1), with its tables.
    expect(r.code).toBe(1);
    const quotas = (
      JSON.parse(r.stdout) as {
        tables: {
          quotas: {
            quota: string;
            n: number;
            reached: number;
            delta?: number;
            candidates: { id: string; fixes: string[] }[];
          }[];
        }[];
      }
    ).tables[0]!.quotas;
    const modern = quotas.find((q) => q.quota === 'modern-share')!;
    const safe = quotas.find((q) => q.quota === 'safe-civilized-share')!;
    expect([modern.reached, modern.n]).toEqual([2, 10]);
    // 85% of 10 is 8.5: 9 are needed, 3 more than the 6 there are.
    expect([safe.reached, safe.n, safe.delta]).toEqual([6, 10, 3]);
    // As a candidate for 新型现代化社区, the lower tier's 一区一警 is among its fixes.
    const c = modern.candidates.find((x) => x.id === 'nopolice')!;
    expect(c.fixes).toEqual(['one-police-per-community']);
  });

  it('nested-tiers: false judges each tier on its own, and lint says so', () => {
    const r = runCli([
      'check',
      join(tmp, 'nopolice-independent.yaml'),
      '--rubric',
      join(tmp, 'independent.yaml'),
    ]);
    expect(r.stdout).toContain('Tier: New modern community');
    expect(r.stdout).not.toContain('The score reaches');
    const lint = runCli(['rubric', 'lint', join(tmp, 'independent.yaml'), '--lang', 'zh-CN']);
    expect(lint.code).toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(/independent\.yaml:3:1 .*lint\.tiers-independent/);
    expect(lint.stdout + lint.stderr).toContain('较高等级不包含较低等级的要求');
  });
});
