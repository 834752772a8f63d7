/**
 * An outside review through the built binary (runCli runs the bundle in this process): what a
 * district official or a community worker met that contradicted the promises. Each test fails on
 * the build before its fix.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const mistakes = join(ROOT, 'test/fixtures/rubric/all-at-once/several-mistakes.yaml');

describe('a rubric author reads a duplicate id in their language', () => {
  it('names what first took the id in words, not as an English key (zh-CN, zh-TW)', () => {
    const cn = runCli(['rubric', 'lint', mistakes, '--lang', 'zh-CN']);
    expect(cn.stdout + cn.stderr).toContain('标识“rooms”已被一个评分项使用');
    const tw = runCli(['rubric', 'lint', mistakes, '--lang', 'zh-TW']);
    // Taiwan calls an id 識別碼 (標識 is a mainland word for it).
    expect(tw.stdout + tw.stderr).toContain('識別碼「rooms」已被一個評分項使用');
    for (const r of [cn, tw]) {
      const line = (r.stdout + r.stderr).split('\n').find((l) => l.includes('rubric.duplicate-id  '));
      expect(line).not.toMatch(/criterion|標識/);
    }
    const en = runCli(['rubric', 'lint', mistakes, '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('id "rooms" is already used by a criterion');
  });
});
