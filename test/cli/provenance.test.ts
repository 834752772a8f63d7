/**
 * Issue #10, point 12 through the binary: sources by title (the file name only as a reference),
 * and every criterion not in its source document marked, in every language and output.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DINGZI = 'examples/street/dingzi.yaml';
const AS_OF = ['--as-of', '2005-12-31'];
const TITLE = {
  'zh-CN': '在全区社区建设工作会议上的讲话（004_5d52db5c1ade0b7c.txt）',
  'zh-TW': '在全區社區建設工作會議上的講話（004_5d52db5c1ade0b7c.txt）',
  en: 'Speech at the district community-building work meeting (2005-03-16) (004_5d52db5c1ade0b7c.txt)',
} as const;
const MARK = {
  'zh-CN': '非原文，参照通行做法',
  'zh-TW': '非原文，參照通行做法',
  en: 'not in the source document',
};

describe('check shows the source by title and marks criteria not in it', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`table, ${lang}`, () => {
      const r = runCli(['check', DINGZI, '--lang', lang, ...AS_OF]);
      expect(r.stdout).toContain(TITLE[lang]);
      expect(r.stdout).toContain(`※ ${MARK[lang]}`);
      expect(r.stdout).toMatch(
        /(无重大火灾或死亡事故|無重大火災或死亡事故|No major fire or fatal accident) ★ ※/,
      );
      expect(r.stdout).not.toContain('DOMAIN.md');
    });
  }

  it('markdown', () => {
    const r = runCli(['check', DINGZI, '--lang', 'zh-CN', '--format', 'markdown', ...AS_OF]);
    expect(r.stdout).toContain('| 无重大火灾或死亡事故 ★ ※ |');
    // The file name's underscores are escaped for Markdown (branch output).
    expect(r.stdout).toContain('来源：在全区社区建设工作会议上的讲话（004\\_5d52db5c1ade0b7c.txt），2005年');
  });

  it('json', () => {
    const r = runCli(['check', DINGZI, '--lang', 'en', '--format', 'json', ...AS_OF]);
    expect(JSON.parse(r.stdout).files[0].provenance).toEqual({
      source: {
        title: 'Speech at the district community-building work meeting (2005-03-16)',
        file: '004_5d52db5c1ade0b7c.txt',
        year: 2005,
      },
      notFromSource: [
        {
          criterion: 'area-per-100-households',
          label: '※ not in the source document: common scoring practice',
        },
        // The speech reports the 85% as the district's status, not a requirement of each committee.
        { criterion: 'cadre-education', label: '※ not in the source document: common scoring practice' },
        { criterion: 'no-major-incident', label: '※ not in the source document: common scoring practice' },
      ],
      // The rubric's `source.practice: [points, min-score, requires]`: every scored criterion's
      // points, both tiers' thresholds and requirements; no section weights; no conferred title.
      practice: {
        // (the rubric's own ids may change: the two criteria tested here are in every version)
        points: expect.arrayContaining(['service-area-150', 'one-police-per-community', 'no-major-incident']),
        weights: [],
        tierThresholds: ['modern', 'safe-civilized'],
        tierRequirements: ['modern', 'safe-civilized'],
      },
      conferred: [],
    });
  });
});

describe('rubric list, rubric show and explain', () => {
  it('list: every source by title, none as DOMAIN.md', () => {
    const r = runCli(['rubric', 'list', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('住房和城乡建设部等《完整居住社区建设标准（试行）》');
    expect(r.stdout).toContain(TITLE['zh-CN']);
    expect(r.stdout).toContain('在创建全国文明城市动员大会上的讲话');
    expect(r.stdout).not.toContain('DOMAIN.md');
  });

  it('show: the source line and the mark, in the quote column too', () => {
    const r = runCli(['rubric', 'show', 'liuhao-2008', '--lang', 'zh-TW']);
    expect(r.stdout).toContain(
      '在爭創全國社區建設示範區表彰大會上的講話（001_46a0497d4f2b25e9.txt），2008年',
    );
    // The two criteria not in the source (quote column), and the legend under the tables.
    expect(r.stdout.match(/※ 非原文，參照通行做法/g)?.length).toBe(3);
    expect(r.stdout).not.toContain('DOMAIN.md');
  });

  it('explain: the mark, and the quote with its document title', () => {
    const veto = runCli([
      'explain',
      'no-major-incident',
      '--rubric',
      'district-2005-community',
      '--lang',
      'en',
    ]);
    expect(veto.stdout).toContain('※ not in the source document');
    const quoted = runCli([
      'explain',
      'service-area-150',
      '--rubric',
      'district-2005-community',
      '--lang',
      'zh-CN',
    ]);
    expect(quoted.stdout).toContain(
      `出处：“各社区居委会服务站、服务用房面积均达150平方米以上”（${TITLE['zh-CN']}）`,
    );
  });
});

describe('lucheng-wenzhou-2002: "总面积要达到 X–Y" is a minimum', () => {
  it('more facility space than the range is no fault', () => {
    const r = runCli([
      'rubric',
      'show',
      'examples/lucheng/lucheng-wenzhou-2002.yaml',
      '--resolved',
      '--lang',
      'en',
    ]);
    expect(r.stdout).toMatch(/Total facility area ≥ 300 m²/);
  });
});
