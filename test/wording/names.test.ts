/** Names typed in Chinese: titles accepted where a user types them, and "did you mean" by characters shared. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('names typed in Chinese', () => {
  it('accepts a metric given by its title (社区户数) in check, validate and rank alike', () => {
    const file = 'test/fixtures/wording/metric-titles.yaml';
    for (const cmd of ['check', 'validate', 'rank']) {
      const r = runCli([cmd, file, '--lang', 'zh-CN']);
      expect(r.stdout + r.stderr, cmd).not.toContain('社区户数”');
      expect(r.stdout + r.stderr, cmd).not.toContain('unknown-metric');
    }
  });

  it('suggests the police office for 警务站 and for a label with something added', () => {
    const r = runCli(['check', 'test/fixtures/wording/names.yaml', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('设施“警务站”不在评分细则的设施目录中；是否应为“社区警务室”？');
    expect(r.stdout).toContain(
      '设施“社区警务室（含调解室）”不在评分细则的设施目录中；是否应为“社区警务室”？',
    );
  });

  it('shows the kind written and the kind meant', () => {
    const r = runCli(['rubric', 'lint', 'test/fixtures/wording/rubric-kind-typo.yaml', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('“kind”不能是“treshold”');
    expect(r.stdout).toContain('是否应为“threshold”？');
  });
});
