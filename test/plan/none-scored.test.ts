/**
 * plan over inputs none of which could be scored (every file broken, a binary file) says so, as
 * rank does (the files not scored, their problems with them) and fails as rank fails (exit 1),
 * never "the rubric sets no quotas", which sends the reader to the wrong file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-none-scored-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const broken = join(tmp, 'broken');
mkdirSync(broken);
writeFileSync(join(broken, 'a.yaml'), 'rubric: [\n');
writeFileSync(join(broken, 'b.yaml'), Buffer.from([0, 1, 2, 3, 0x62, 0x69, 0x6e]));
const binary = join(tmp, 'one.xlsx');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]));

const WORDS = {
  en: /No self-assessment could be scored, so there is nothing to plan: \d+ files? not scored/,
  'zh-CN': /没有一份自评能够评分，无法制定整改计划/,
  'zh-TW': /沒有任何一份自評能夠評分，無法擬定改善計畫/,
};

describe('plan with nothing scored', () => {
  it.each([
    ['every file broken', broken, join(broken, 'b.yaml')],
    ['a binary file', binary, binary],
  ])('%s: plan.none-scored, naming the files, exit 1 as rank', (_label, input, named) => {
    const rank = runCli(['rank', input, '--as-of', '2005-12-31', '--lang', 'en']);
    for (const [lang, words] of Object.entries(WORDS)) {
      const r = runCli(['plan', input, '--as-of', '2005-12-31', '--lang', lang]);
      const out = r.stdout + r.stderr;
      expect(out).not.toContain('plan.no-quotas');
      expect(out).toContain('plan.none-scored');
      expect(out).toMatch(words);
      expect(out).toContain(named);
      expect(r.code).toBe(rank.code);
      expect(r.code).toBe(1);
    }
  });
});
