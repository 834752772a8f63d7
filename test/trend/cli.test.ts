/** civscore trend through the built binary: the example street over three periods, every format, the cycle. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const CYCLE = [
  'trend',
  'examples/trend',
  '--rubric',
  'examples/cycle/district-2005-cycle.yaml',
  '--group',
  'street',
  '--as-of',
  '2006-12-31',
];

describe('civscore trend', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'])
    it(`shows each period, the changes, the shares and the cycle composite (${lang}, golden)`, async () => {
      const r = runCli([...CYCLE, '--lang', lang]);
      expect(r.code).toBe(1); // gulou's 2006 file has a masked figure
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/trend-cycle.${lang}.txt`);
    });

  for (const format of ['json', 'csv', 'markdown', 'html'])
    it(`writes ${format} (golden)`, async () => {
      const r = runCli([...CYCLE, '--lang', 'zh-CN', '--format', format]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/trend-cycle.zh-CN.${format}.txt`);
    });

  it('says which year is missing and which was not scored, and makes no composite for them', () => {
    const r = runCli([...CYCLE, '--lang', 'en', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    const c = (id: string) => j.tables[0].communities.find((x: { id: string }) => x.id === id);
    expect(c('qingnianfang').composite).toBeUndefined();
    expect(c('qingnianfang').compositeMissing).toEqual({ missing: ['2004'], unscored: [] });
    expect(c('gulou').compositeMissing).toEqual({ missing: [], unscored: ['2006'] });
    expect(c('gulou').points[2]).toMatchObject({ period: '2006', scored: false, total: null });
    expect(j.notes.map((n: { code: string }) => n.code).sort()).toEqual([
      'trend.year-missing',
      'trend.year-unscored',
    ]);
    expect(j.tables[0].cycle.weights).toEqual([0.15, 0.25, 0.6]);
    expect(j.tables[0].cycle.weightsFrom).toBe('rubric');
    // fuqian and taoli tie at 93.5: they share a rank.
    const ranks = Object.fromEntries(
      j.tables[0].cycle.ranking.map((r: { id: string; rank: number }) => [r.id, r.rank]),
    );
    expect(ranks.fuqian).toBe(2);
    expect(ranks.taoli).toBe(2);
    expect(ranks.huaniutang).toBe(4);
  });

  it('takes weights from --weights over the rubric (and without a cycle in the rubric)', () => {
    const r = runCli([
      'trend',
      'examples/trend',
      '--weights',
      '20,30,50',
      '--as-of',
      '2006-12-31',
      '--lang',
      'en',
      '--format',
      'json',
    ]);
    const j = JSON.parse(r.stdout);
    expect(j.tables[0].cycle.weightsFrom).toBe('flag');
    expect(j.tables[0].cycle.weights).toEqual([0.2, 0.3, 0.5]);
    const guigan = j.tables[0].communities.find((x: { id: string }) => x.id === 'guigan');
    expect(guigan.composite.value).toBe(100);
    const table = runCli([
      'trend',
      'examples/trend',
      '--weights',
      '20,30,50',
      '--as-of',
      '2006-12-31',
      '--lang',
      'zh-CN',
    ]);
    expect(table.stdout).toContain('权重由 --weights 指定');
  });

  it('refuses weights that do not add up to 100, or are not numbers (exit 2, one line)', () => {
    for (const w of ['15,25,50', 'a,b', '', '15,,85']) {
      const r = runCli(['trend', 'examples/trend', '--weights', w, '--lang', 'zh-CN']);
      expect(r.code, w).toBe(2);
      expect(r.stderr).toContain('合计为100');
      expect(r.stderr).not.toMatch(/内部错误|\n\s+at /);
    }
  });

  it('lints a cycle whose weights do not add up to 100%, or are one short', () => {
    const r = runCli([
      'rubric',
      'lint',
      'test/trend/fixtures/weights-sum.yaml',
      'test/trend/fixtures/weights-count.yaml',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('weights-sum.yaml:6:3  error  lint.cycle-weights-sum');
    expect(r.stdout).toContain('add up to 90%');
    expect(r.stdout).toContain('weights-count.yaml:6:3  error  rubric.cycle-weights-count');
    const ok = runCli(['rubric', 'lint', 'examples/cycle/district-2005-cycle.yaml']);
    expect(ok.code).toBe(0);
  });

  it('needs files (exit 2)', () => {
    const r = runCli(['trend', 'no/such/folder', '--lang', 'en']);
    expect(r.code).toBe(2);
  });
});

describe('trend says the scored files’ own findings as rank does', () => {
  it('prints a scored file’s evidence warning, counts it, and counts the warnings it leaves to validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civscore-trend-own-'));
    try {
      cpSync('examples/trend', dir, { recursive: true });
      // 鼓楼社区's 2005 file: an unknown key (left to validate) and evidence that is not there.
      appendFileSync(
        join(dir, '2005', 'gulou.yaml'),
        `foo_unknown: 1\nevidence:\n  service-area-150:\n    - { path: evidence/gulou/none.jpg, sha256: ${'ab'.repeat(32)}, kind: 照片 }\n`,
      );
      const line = `${join(dir, '2005', 'gulou.yaml')}:25:9  warning  evidence.missing  evidence "evidence/gulou/none.jpg" of Service rooms of at least 150 m² is not there`;
      const rank = runCli(['rank', join(dir, '2005'), '--as-of', '2005-12-31', '--lang', 'en']);
      expect(rank.stderr).toContain(line);
      expect(rank.stdout).toContain(
        '1 warning; 1 more in the ranked files, not listed (validate lists them)',
      );
      const t = runCli(['trend', dir, '--as-of', '2006-12-31', '--lang', 'en']);
      expect(t.stderr).toContain(line);
      expect(t.stdout).toContain(
        '26 self-assessments: 9 communities over 3 periods; 1 not scored, 1 warning; 1 more in the scored files, not listed (validate lists them)',
      );
      const zh = runCli(['trend', dir, '--as-of', '2006-12-31', '--lang', 'zh-CN']);
      expect(zh.stdout).toContain(
        '1 个未能评分，警告 1 个；已评分的自评文件中另有 1 个警告未逐条列出（可用 validate 查看）',
      );
      const tw = runCli(['trend', dir, '--as-of', '2006-12-31', '--lang', 'zh-TW']);
      expect(tw.stdout).toContain(
        '1 個未能評分，警告 1 個；已評分的自評檔案中另有 1 個警告未逐條列出（可用 validate 查看）',
      );
      const j = JSON.parse(runCli(['trend', dir, '--as-of', '2006-12-31', '-f', 'json']).stdout);
      expect(j.summary).toMatchObject({ warnings: 1, fileWarnings: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
