/** The report's page model on the example street: what a reader sees, in words and numbers. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessBatchItem } from '../../src/batch/assess-batch-item.js';
import type { CommunityResult } from '../../src/engine/result.js';
import { assessFile } from '../../src/pipeline/assess-file.js';
import { buildRankReport } from '../../src/pipeline/rank-report.js';
import { type PagesChoice, reportView } from '../../src/report/html/model.js';
import { ROOT } from '../helpers/run-cli.js';

const AS_OF = '2005-12-31';
const street = join(ROOT, 'examples/street');
const files = readdirSync(street)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(street, f));

function view(pages: PagesChoice, extra: string[] = []) {
  const all = [...files, ...extra];
  const items = all.map((f) => assessBatchItem(f, { asOf: AS_OF }));
  const { report } = buildRankReport(items, [], { group: 'street' });
  const results = new Map<string, CommunityResult>();
  for (const f of all) {
    const r = assessFile(f, { asOf: AS_OF });
    if (r.result) results.set(f, r.result);
  }
  return reportView({ report, results, lang: 'zh-CN', asOf: AS_OF, version: '9.9.9', pages });
}

describe('report page model', () => {
  const v = view('all');
  const t = v.tables[0]!;

  it('names the rubric, period and counts, and the tiers in order with "no tier" last', () => {
    expect(v.tables).toHaveLength(1);
    expect(v.title).toBe('2005年社区建设目标（社区）评分报告');
    expect(t.rubricId).toBe('district-2005-community');
    expect(t.periods).toBe('2005');
    expect(t.counts.ranked).toBe(9);
    // Both tiers' lines and requirements are common practice (the rubric's source.practice): ※.
    expect(t.tierTitles).toEqual(['新型现代化社区 ※', '安全文明社区 ※', '未定级']);
    expect(t.overall.tierCounts).toEqual([2, 4, 3]);
    expect(t.tierMarks).toEqual([
      { value: 90, label: '新型现代化社区 ※' },
      { value: 70, label: '安全文明社区 ※' },
    ]);
  });

  it('gives each quota its share, target line and sentence, and its candidates in the group', () => {
    expect(t.quotas.map((q) => [q.status, Number(q.share.toFixed(3)), q.targets])).toEqual([
      ['short', 0.222, [0.5]],
      ['short', 0.667, [0.85]],
      // 大多数 ≥ 300 m²: 4 of 9, more than half wanted.
      ['short', 0.444, [0.5]],
    ]);
    expect(t.quotas[0]!.sentence).toContain('还需 3 个社区达标');
    expect(t.quotas[2]!.sentence).toContain('比目标低 5.6 个百分点，还需 1 个社区达标');
    const g = t.groups[0]!;
    expect(g.name).toBe('五马街道');
    // 004's targets are the district's: listed with the table's quotas, not under a street.
    expect(t.quotas[0]!.group).toBe('鹿城区');
    expect(t.quotas[0]!.candidates[0]).toContain('花柳塘社区（huaniutang）');
    expect(g.quotas).toEqual([]);
    expect(g.scores).toEqual([100, 95, 93, 89, 85, 82, 77, 61, 49]);
    expect(g.rows.map((r) => r.rank)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it("has a page per community, each criterion with its status, points, shortfall and the source's words", () => {
    expect(t.communities.map((c) => c.title)).toEqual(t.groups[0]!.rows.map((r) => r.community));
    const dingzi = t.communities.find((c) => c.title.startsWith('丁字社区'))!;
    expect(dingzi.total).toBe(49);
    expect(dingzi.tier).toBe('未定级');
    expect(dingzi.sections.map((s) => s.label)).toEqual(['9 / 60', '14 / 14', '26 / 26']);
    const area = dingzi.criteria.find((c) => c.criterion.startsWith('服务站、服务用房达150平方米以上'))!;
    expect(area.status).toBe('unmet');
    expect(area.points).toBe('0 / 20');
    expect(area.shortfall).toContain('120');
    expect(area.quote).not.toBe('');
    expect(dingzi.fixes.length).toBeGreaterThan(0);
    expect(dingzi.criteria.some((c) => c.veto)).toBe(true);
  });

  it('limits the community pages on request and says so', () => {
    const below = view('below-tier').tables[0]!;
    expect(below.communities).toHaveLength(7);
    expect(below.communities.some((c) => c.tier === '新型现代化社区')).toBe(false);
    expect(below.pagesNote).toContain('7');
    const none = view('none').tables[0]!;
    expect(none.communities).toHaveLength(0);
    expect(none.pagesNote).toBeDefined();
    expect(t.pagesNote).toBeUndefined();
  });

  it('lists a file that could not be scored with its findings at file:line:column', () => {
    const withBroken = view('all', [join(ROOT, 'examples/invalid/masked-value.yaml')]);
    expect(withBroken.invalid).toHaveLength(1);
    expect(withBroken.invalid[0]!.findings[0]!.where).toMatch(/masked-value\.yaml:7:3$/);
    expect(withBroken.invalid[0]!.findings[0]!.code).toBe('value.masked');
  });
});
