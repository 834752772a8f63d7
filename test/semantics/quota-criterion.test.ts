/**
 * A quota that counts a criterion (issue #25, point 7): 004's "大多数居委会的办公和服务用房达到300平方米
 * 以上" is a share of the district's committees, not a point of each. The built-in rubric judges it
 * as `share: { criterion: office-service-area-300 }, more-than: 50%` over the district.
 * By hand, examples/street: 桂柑 (320 ㎡), 府前, 花柳塘 and 桃李 have ≥ 300 ㎡; 五马街, 鼓楼, 菱藕,
 * 庆年坊 and 丁字 do not. 4 / 9 = 44.4%, not more than half: 5 / 9 is, so 1 more; 50 − 44.4 = 5.6
 * percentage points.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-quota-criterion-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface QuotaJson {
  quota: string;
  tier: string;
  criterion?: string;
  by: string;
  group: string | null;
  n: number;
  reached: number;
  status: string;
  delta?: number;
  points?: number;
  candidates: unknown[];
  streets?: { street: string | null; n: number; reached: number }[];
}
const quotasOf = (args: string[]) =>
  (
    JSON.parse(runCli(['rank', 'examples/street', '--format', 'json', '--lang', 'en', ...args]).stdout) as {
      tables: { quotas: QuotaJson[]; ranking: { id: string; met?: string[] }[] }[];
    }
  ).tables[0]!;

describe('大多数 ≥ 300 ㎡ is a district share', () => {
  it('is judged over the district, 4 of 9, short by one and 5.6 points', () => {
    const q = quotasOf([]).quotas.find((x) => x.quota === 'large-office-share')!;
    expect(q).toMatchObject({
      criterion: 'office-service-area-300',
      by: 'district',
      group: '鹿城区',
      n: 9,
      reached: 4,
      status: 'short',
      delta: 1,
      points: 5.6,
      candidates: [],
      streets: [{ street: '五马街道', n: 9, reached: 4 }],
    });
  });

  it('counts the same over worker threads as on one', () => {
    const one = quotasOf(['--jobs', '1']);
    const three = quotasOf(['--jobs', '3']);
    expect(three.quotas).toEqual(one.quotas);
    const met = (t: typeof one) =>
      t.ranking
        .filter((r) => r.met?.includes('office-service-area-300'))
        .map((r) => r.id)
        .sort();
    expect(met(one)).toEqual(['fuqian', 'guigan', 'huaniutang', 'taoli']);
    expect(met(three)).toEqual(met(one));
  });

  it('says it in percentage points and communities, in three languages and every format', () => {
    const want = {
      'zh-CN': [
        '大多数居委会办公和服务用房达到300平方米以上（按过半数计）',
        '要求超过50%，已达 44.4%（4 / 9 个），比目标低 5.6 个百分点，还需 1 个社区达标',
      ],
      'zh-TW': [
        '大多數居委會辦公和服務用房達到300平方公尺以上（以過半數計）',
        '要求超過50%，已達 44.4%（4 / 9 個），比目標低 5.6 個百分點，還需 1 個社區達標',
      ],
      en: [
        'Most committees (read as more than half) have office and service rooms of at least 300 m²',
        'more than 50% needed, 44.4% reached (4 of 9): 5.6 percentage points below the target, 1 more community needed',
      ],
    } as const;
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const)
      for (const format of ['table', 'markdown']) {
        const r = runCli(['rank', 'examples/street', '--lang', lang, '--format', format], {
          env: { COLUMNS: '200' },
        });
        for (const line of want[lang]) expect(r.stdout, `${lang} ${format}`).toContain(line);
        expect(r.stderr).toContain(
          lang === 'en' ? '3 quotas not met' : lang === 'zh-CN' ? '3 项配额未达标' : '3 項配額未達標',
        );
      }
    const csv = join(tmp, 'q.csv');
    runCli(['rank', 'examples/street', '--lang', 'zh-CN', '--quotas-output', csv]);
    const row = readFileSync(csv, 'utf8')
      .split('\r\n')
      .find((l) => l.includes(',large-office-share,'))!;
    expect(row).toContain(',区,鹿城区,9,0,0,4,0.444,0.5,超过50%,未达标,,1,5.6,');
  });

  it('explain names the quota that counts the criterion', () => {
    const r = runCli([
      'explain',
      'office-service-area-300',
      '--rubric',
      'district-2005-community',
      '--lang',
      'zh-CN',
    ]);
    expect(r.stdout).toContain(
      '以下配额按本项计数：大多数居委会办公和服务用房达到300平方米以上（按过半数计）（large-office-share）',
    );
    const other = runCli([
      'explain',
      'culture-room-50',
      '--rubric',
      'district-2005-community',
      '--lang',
      'zh-CN',
    ]);
    expect(other.stdout).not.toContain('以下配额');
  });

  it('is not planned for: a plan lifts communities to tiers, and says it left this one out', () => {
    const r = runCli(['plan', 'examples/street', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('50%的社区达到新型现代化社区标准');
    // Planned quotas come before the list of those left out; this one is only in that list.
    const [planned, leftOut] = r.stdout.split('未纳入计划的指标');
    expect(planned).not.toContain('大多数');
    expect(leftOut).toContain('大多数居委会办公和服务用房达到300平方米以上（按过半数计）：此指标统计达到');
  });

  it('plan refuses a --target for it, saying why (exit 2)', () => {
    const r = runCli(['plan', 'examples/street', '--target', 'large-office-share=60%', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target large-office-share：该配额按评分项计数而非按等级');
  });

  it('a quota naming no criterion of the rubric is an error with the nearest', () => {
    const rubric = join(tmp, 'bad.yaml');
    writeFileSync(
      rubric,
      [
        'rubric: bad-share',
        'extends: district-2005-community',
        'quotas:',
        '  - id: typo-share',
        '    group: district',
        '    share: { criterion: office-service-area-30 }',
        '    more-than: 50%',
        '',
      ].join('\n'),
    );
    const r = runCli(['rubric', 'lint', rubric, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/bad\.yaml:6:\d+ +error +rubric\.unknown-criterion/);
    expect(r.stdout + r.stderr).toContain('office-service-area-300');
  });
});
