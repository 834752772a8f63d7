/**
 * A plan that cannot lift a community because a claim counts as no data for want of its 台账 says
 * so, instead of only that every priced fix leaves it short (which reads as "more money"). The
 * inspection test rubric (area 40, seats 30, patrol 30; model ≥ 90) with its area criterion
 * requiring a survey or a photo: a1 reports everything (160 ㎡) but lists no evidence, so it scores
 * 60, and no fix it could buy brings the area's 40 points back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-evidence-'));
  mkdirSync(join(dir, 'in'));
  const rubric = readFileSync(join(ROOT, 'test/fixtures/inspections/rubric.yaml'), 'utf8').replace(
    '        points: 40\n',
    '        points: 40\n        evidence: [测绘报告, 照片]\n',
  );
  expect(rubric).toContain('evidence: [测绘报告, 照片]');
  writeFileSync(join(dir, 'rubric.yaml'), rubric);
  writeFileSync(
    join(dir, 'in', 'a1.yaml'),
    'rubric: inspection-test\ncommunity: { id: a1, name: 甲一社区, street: 东街道 }\nperiod: 2005\nmetrics:\n  service-area: 160 m2\n  seats: 55\n  patrol: true\n',
  );
  writeFileSync(
    join(dir, 'costs.yaml'),
    'rubric: inspection-test\nmetrics:\n  service-area: { way: build, per-unit: 1000, months: 3, responsible: 区住建局 }\n  seats: { way: build, per-unit: 100, months: 1, responsible: 区文化局 }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plan(lang: string, ...more: string[]) {
  return runCli(['plan', 'in', '--rubric', 'rubric.yaml', '--costs', 'costs.yaml', '--lang', lang, ...more], {
    cwd: dir,
  });
}

describe('plan: a claim without its 台账', () => {
  it('names the criterion that lacks evidence as the cause, in each language (exit 1)', () => {
    const zh = plan('zh-CN');
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(
      '甲一社区：“服务用房150平方米以上”须附完好的台账方能计分，目前没有；整改项不能代替台账，请先补齐',
    );
    expect(plan('zh-TW').stdout).toContain('「服務用房150平方米以上」須附完好的臺帳才能計分，目前沒有');
    expect(plan('en').stdout).toContain(
      '甲一社区: "Service rooms of at least 150 m²" counts only with intact evidence (台账), which it lacks',
    );
  });

  it('gives the blocker in JSON', () => {
    const data = JSON.parse(plan('en', '--format', 'json').stdout);
    expect(data.tables[0].quotas[0].blockers).toContainEqual({
      community: 'a1',
      reason: 'evidence',
      id: 'area-150',
    });
  });
});
