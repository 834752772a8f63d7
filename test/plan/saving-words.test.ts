/**
 * What 5 points less of a quota's target would save, in the plan's own measure: with no cost
 * file the plan counts fixes, so a cut that saves nothing "不能减少整改项", never "不能节省费用"
 * (there is no money in such a plan).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];

describe("a lower target's saving, in the plan's measure", () => {
  it('without a cost file: fixes, in each language', () => {
    const zh = runCli(['plan', 'examples/street', '--group', 'street', ...AS_OF, '--lang', 'zh-CN']).stdout;
    expect(zh).toContain('目标由50%降至45%不能减少整改项');
    expect(zh).not.toContain('费用');
    const tw = runCli(['plan', 'examples/street', '--group', 'street', ...AS_OF, '--lang', 'zh-TW']).stdout;
    expect(tw).toContain('目標由50%降至45%無法減少改善項目');
    const en = runCli(['plan', 'examples/street', '--group', 'street', ...AS_OF, '--lang', 'en']).stdout;
    expect(en).toContain('50% → 45% would not take away a fix');
  });
});
