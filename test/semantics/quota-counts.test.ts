/**
 * Count targets and percentage points in quotas (issue 25, point 3 and 8), through the built
 * binary, by hand on examples/street (9 communities of 五马街道, 2 at 新型现代化社区, 6 at
 * 安全文明社区 or above):
 * - 50% wanted, 2 / 9 = 22.2% reached: 27.8 percentage points below, 3 more (5 / 9 = 55.6%);
 * - 85% wanted, 6 / 9 = 66.7%: 18.3 points below, 2 more (8 / 9 = 88.9%);
 * - at least 3 (a count): 1 short; 1-2 (`between: [1, 2]`, 1-2个试点): met; at most 1: 1 too many;
 * - `**个` stays masked: never guessed, neither met nor short.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
const RUBRIC = `rubric: counts-2005
extends: district-2005-community
quotas:
  - id: modern-three
    title: { zh-CN: 每街至少3个, zh-TW: 每街至少3個, en: At least 3 per street }
    group: street
    share: { tier: modern }
    at-least-count: 3
  - id: modern-pilots
    title: { zh-CN: 每街1-2个试点, zh-TW: 每街1-2個試點, en: 1-2 pilots per street }
    group: street
    share: { tier: modern }
    between: [1, 2]
  - id: modern-masked
    title: { zh-CN: 再创建**个以上, zh-TW: 再創建**個以上, en: '** more' }
    group: street
    share: { tier: modern }
    at-least-count: '**'
  - id: modern-at-most
    title: { zh-CN: 至多1个, zh-TW: 至多1個, en: At most 1 }
    group: street
    share: { tier: modern }
    at-most-count: 1
`;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-counts-'));
  writeFileSync(join(tmp, 'counts.yaml'), RUBRIC);
  for (const f of readdirSync('examples/street'))
    writeFileSync(
      join(tmp, f),
      readFileSync(join('examples/street', f), 'utf8').replace(
        'rubric: district-2005-community',
        'rubric: counts-2005',
      ),
    );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rank = (lang: string, ...more: string[]) =>
  runCli(['rank', tmp, '--rubric', join(tmp, 'counts.yaml'), '--lang', lang, ...more]);

describe('a share short is said in percentage points beside the communities', () => {
  it('zh-CN, zh-TW and en', () => {
    expect(rank('zh-CN').stdout).toContain(
      '要求50%以上，已达 22.2%（2 / 9 个），比目标低 27.8 个百分点，还需 3 个社区达标',
    );
    expect(rank('zh-CN').stdout).toContain(
      '已达 66.7%（6 / 9 个），比目标低 18.3 个百分点，还需 2 个社区达标',
    );
    expect(rank('zh-TW').stdout).toContain(
      '要求50%以上，已達 22.2%（2 / 9 個），比目標低 27.8 個百分點，還需 3 個社區達標',
    );
    expect(rank('en').stdout).toContain(
      'at least 50% needed, 22.2% reached (2 of 9): 27.8 percentage points below the target, 3 more communities needed',
    );
  });

  it('the quotas table carries the points as a number', () => {
    const out = join(tmp, 'quotas.csv');
    rank('en', '--quotas-output', out);
    const lines = readFileSync(out, 'utf8').split(/\r?\n/);
    expect(lines[0]).toContain('Off target (pct points)');
    const modern = lines.find((x) => x.includes('modern-share'))!;
    expect(modern).toContain(',27.8,');
  });
});

describe('count targets', () => {
  it('are judged as counts, in the quota’s own terms', () => {
    const out = rank('zh-CN').stdout;
    expect(out).toContain('要求至少3个，已有 2 个（共 9 个）：还差 1 个');
    expect(out).toContain('要求1至2个，已有 2 个（共 9 个）：已完成');
    expect(out).toContain('要求至多1个，已有 2 个（共 9 个）：多出 1 个');
    expect(rank('en').stdout).toContain('at least 3 needed, 2 reached (of 9): 1 short');
  });

  it('a masked count stays masked: neither met nor short', () => {
    expect(rank('zh-CN').stdout).toContain(
      '已有 2 个（共 9 个）；指标未公布（原文为“**”），无法判定是否完成',
    );
    expect(rank('zh-TW').stdout).toContain('指標未公布（原文為「**」）');
    const json = JSON.parse(rank('en', '--format', 'json').stdout) as {
      tables: {
        quotas: { quota: string; measure: string; status: string; delta?: number; points?: number }[];
      }[];
    };
    const byId = Object.fromEntries(json.tables[0]!.quotas.map((q) => [q.quota, q]));
    expect(byId['modern-masked']).toMatchObject({ measure: 'count', status: 'masked' });
    expect(byId['modern-masked']!.delta).toBeUndefined();
    expect(byId['modern-three']).toMatchObject({ measure: 'count', status: 'short', delta: 1 });
    expect(byId['modern-three']!.points).toBeUndefined();
    expect(byId['modern-pilots']).toMatchObject({ measure: 'count', status: 'met' });
    expect(byId['modern-at-most']).toMatchObject({ measure: 'count', status: 'over', delta: 1 });
    expect(byId['modern-share']).toMatchObject({ measure: 'share', status: 'short', delta: 3, points: 27.8 });
  });

  it('lint names the count override for a masked count, and refuses half a community', () => {
    const lint = runCli(['rubric', 'lint', join(tmp, 'counts.yaml')]);
    expect(lint.stdout).toContain('quotas: [{ id: modern-masked, at-least-count: <number> }]');
    writeFileSync(
      join(tmp, 'half.yaml'),
      RUBRIC.replace('at-least-count: 3', 'at-least-count: 1.5').replace(
        'rubric: counts-2005',
        'rubric: half',
      ),
    );
    const half = runCli(['rubric', 'lint', join(tmp, 'half.yaml')]);
    expect(half.code).toBe(1);
    expect(half.stdout).toMatch(/half\.yaml:8:\d+ +error +rubric\.figure-invalid/);
    writeFileSync(
      join(tmp, 'two.yaml'),
      RUBRIC.replace('at-least-count: 3', 'at-least-count: 3\n    at-least: 50%').replace(
        'rubric: counts-2005',
        'rubric: two',
      ),
    );
    expect(runCli(['rubric', 'lint', join(tmp, 'two.yaml')]).stdout).toContain('rubric.bound-multiple');
  });
});
