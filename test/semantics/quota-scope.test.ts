/**
 * Quotas at their own scope (issue 25, point 2), through the built binary. 004's "50%的社区达到新型
 * 现代化社区标准，85%以上的社区达到安全文明社区创建标准" is a district target: judged over the district's
 * communities whatever --group shows, with each street's part as information, never a verdict.
 * By hand, examples/street with 桂柑 (新型现代化), 花柳塘 (安全文明) and 丁字 (none) moved to 南门街道:
 * 鹿城区 2 / 9 modern (22.2%), 6 / 9 safe-civilized (66.7%); 南门街道 1 / 3 (33.3%) and 2 / 3
 * (66.7%); 五马街道 1 / 6 (16.7%) and 4 / 6 (66.7%).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-scope-'));
  cpSync('examples/street', tmp, { recursive: true });
  for (const f of ['guigan.yaml', 'huaniutang.yaml', 'dingzi.yaml']) {
    const p = join(tmp, f);
    writeFileSync(p, readFileSync(p, 'utf8').replace('street: 五马街道', 'street: 南门街道'));
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface QuotaJson {
  quota: string;
  by: string;
  group: string | null;
  n: number;
  reached: number;
  status: string;
  streets?: { street: string | null; n: number; reached: number }[];
}
const quotasOf = (args: string[]) =>
  (
    JSON.parse(runCli(['rank', tmp, '--format', 'json', ...args]).stdout) as {
      tables: { quotas: QuotaJson[] }[];
    }
  ).tables[0]!.quotas;

describe('a district quota is judged over the district', () => {
  it('one verdict for 鹿城区, whatever --group shows', () => {
    for (const group of [[], ['--group', 'street'], ['--group', 'district']]) {
      const qs = quotasOf(group);
      expect(qs.map((q) => [q.quota, q.by, q.group, q.reached, q.n, q.status])).toEqual([
        ['modern-share', 'district', '鹿城区', 2, 9, 'short'],
        ['safe-civilized-share', 'district', '鹿城区', 6, 9, 'short'],
        // 大多数 ≥ 300 m²: 桂柑, 府前, 花柳塘 and 桃李 have it, 4 / 9 is not more than half.
        ['large-office-share', 'district', '鹿城区', 4, 9, 'short'],
      ]);
    }
  });

  it('each street’s part is information, not a verdict', () => {
    const [modern, safe] = quotasOf([]);
    expect(modern!.streets).toEqual([
      { street: '五马街道', n: 6, reached: 1, share: 1 / 6 },
      { street: '南门街道', n: 3, reached: 1, share: 1 / 3 },
    ]);
    expect(safe!.streets!.map((s) => [s.street, s.reached, s.n])).toEqual([
      ['五马街道', 4, 6],
      ['南门街道', 2, 3],
    ]);
    const zh = runCli(['rank', tmp, '--lang', 'zh-CN', '--group', 'street']).stdout;
    expect(zh).toContain(
      '鹿城区：要求50%以上，已达 22.2%（2 / 9 个），比目标低 27.8 个百分点，还需 3 个社区达标',
    );
    expect(zh).toContain('各街道情况（仅供参考，不作为对街道的判定）：');
    expect(zh).toContain('五马街道：16.7%（1 / 6 个）');
    expect(zh).toContain('南门街道：33.3%（1 / 3 个）');
    // No street gets a verdict of its own.
    expect(zh).not.toMatch(/(五马|南门)街道：要求/);
    const en = runCli(['rank', tmp, '--lang', 'en']).stdout;
    expect(en).toContain('By street (information for each street, not a verdict):');
    expect(en).toContain('南门街道: 66.7% (2 of 3)');
  });
});

describe('000: district shares of compounds, and a masked count per street', () => {
  it('the shares are 南开区’s; the count is each street’s, and stays masked', () => {
    const r = runCli(['rank', 'examples/compounds/ningfuli', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('南开区：已达 16.7%（1 / 6 个，其中 1 个未评分）；指标未公布（原文为“**%”）');
    expect(r.stdout).toContain(
      '八里台街道：已有 1 个（共 6 个，其中 1 个未评分）；指标未公布（原文为“*-*”），无法判定是否完成',
    );
  });
});
