/**
 * A count target (再创建**个以上, 6月底建成**个) is told per street in communities, as its verdict
 * is: 五马街道：已有 1 个（共 2 个）. Each street's part read 50%（1 / 2 个）, a share of a target
 * that is no share. A share target is still told as a share.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const LUCHENG = join(ROOT, 'examples/lucheng');

/** The lines under each quota's title, by title. */
function blocks(text: string, titles: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of titles) {
    const at = text.indexOf(`\n${t}\n`);
    expect(at, t).toBeGreaterThan(0);
    const next = text.slice(at + t.length + 2).search(/\n\S/);
    out[t] = text.slice(at, at + t.length + 2 + next);
  }
  return out;
}

describe('a count quota by street', () => {
  for (const [lang, count, share, titles] of [
    [
      'zh-CN',
      '五马街道：已有 1 个（共 2 个）',
      '五马街道：50%（1 / 2 个）',
      ['再创建**个以上的市级文明社区', '社区创成文明社区的比例'],
    ],
    [
      'zh-TW',
      '五马街道：已有 1 個（共 2 個）',
      '五马街道：50%（1 / 2 個）',
      ['再創建**個以上的市級文明社區', '社區創成文明社區的比例'],
    ],
    ['en', '五马街道: 1 reached (of 2)', '五马街道: 50% (1 of 2)', ['**', '']],
  ] as const)
    it(`is told in communities, a share quota as a share (${lang})`, () => {
      const r = runCli(['rank', LUCHENG, '--lang', lang]);
      if (lang === 'en') {
        expect(r.stdout).toContain(count);
        expect(r.stdout).toContain(share);
        return;
      }
      const b = blocks(r.stdout, [...titles]);
      expect(b[titles[0]]).toContain(count);
      expect(b[titles[0]]).not.toContain(share);
      expect(b[titles[1]]).toContain(share);
    });
});
