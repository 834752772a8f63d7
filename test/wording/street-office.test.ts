/**
 * Wording a street office would write, in zh-CN, zh-TW and en, through the built binary:
 * amounts with their units and measure words, a ratio read as a sentence, points lost, 未定级,
 * a veto as 一票否决, "共 9 个社区参加排名". Golden files in __golden__/ (update with -u, read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

describe('street-office wording', () => {
  for (const lang of LANGS)
    it(`check and rank in ${lang}`, async () => {
      const check = runCli(['check', 'examples/street/dingzi.yaml', '--lang', lang, ...AS_OF]);
      const rank = runCli(['rank', 'examples/street', '--lang', lang, ...AS_OF]);
      await expect(`${transcript(check)}\n${transcript(rank)}`).toMatchFileSnapshot(
        `__golden__/street-office.${lang}.txt`,
      );
    });

  it('says amounts as a Chinese colleague writes them', () => {
    const check = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'zh-CN', ...AS_OF]).stdout;
    expect(check).toContain('按2100户、每百户30平方米计需630平方米，现有180平方米，差450平方米');
    expect(check).toContain('文化室可同时学习人数40人，不足50人，差10人');
    expect(check).toContain('等级：未定级');
    expect(check).not.toMatch(/每 ?1 ?需|m²/);
    const rank = runCli(['rank', 'examples/street', '--lang', 'zh-CN', ...AS_OF]).stdout;
    expect(rank).toContain('共 9 个社区参加排名');
    expect(rank).toContain('失分最多项');
    // A veto that happened (an event) is never a fix: 桃李 is no candidate (branch quotas), and check says so.
    expect(rank).not.toContain('桃李社区（taoli），89 分');
    const taoli = runCli(['check', 'examples/street/taoli.yaml', '--lang', 'zh-CN', ...AS_OF]).stdout;
    // The veto item not met: '一票否决：无重大火灾或死亡事故' alone read as 'vetoed: no major fire'.
    expect(taoli).toContain('一票否决：“无重大火灾或死亡事故”未达到，无论得分多少均不评等级');
    expect(rank).not.toContain('需整改：无重大火灾或死亡事故');
    expect(rank).not.toMatch(/ — /);
  });
});

describe('zh-TW is a language', () => {
  it('says 檔案 and 無資料, not 文件 and 無數據', () => {
    const r = runCli(['check', 'examples/invalid/missing-metric.yaml', 'nope.yaml', '--lang', 'zh-TW']);
    const text = r.stdout + r.stderr;
    expect(text).toContain('無資料');
    expect(text).toContain('檔案不存在');
    expect(text).not.toMatch(/文件|數據/);
  });
});
