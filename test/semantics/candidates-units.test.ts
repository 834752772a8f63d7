/**
 * "最有望达标的社区" (issue #25, wording) names what the quota counts: a street rubric's quota
 * (70%的街道创成省级社区建设示范街道) lists 最有望达标的街道.
 * By hand, examples/street-level: 2 of 4 streets model, 70% wanted: 3 needed, 1 short; 广化 (85) and
 * 滨江 (65) the nearest.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('the nearest candidates are named as what the quota counts', () => {
  it('streets for a street rubric, communities for a community rubric', () => {
    for (const [lang, streets, communities] of [
      ['zh-CN', '最有望达标的街道：', '最有望达标的社区：'],
      ['zh-TW', '最有望達標的街道：', '最有望達標的社區：'],
    ] as const) {
      const s = runCli(['rank', 'examples/street-level', '--lang', lang]).stdout;
      expect(s, lang).toContain(streets);
      expect(s).not.toContain(communities);
      expect(runCli(['rank', 'examples/street', '--lang', lang]).stdout).toContain(communities);
    }
    const s = runCli(['rank', 'examples/street-level', '--lang', 'zh-CN']).stdout;
    expect(s).toContain('还需 1 个街道达标');
    expect(s).toMatch(/最有望达标的街道：\n\s+广化街道（guanghua），85 分，还差 5 分/);
  });
});
