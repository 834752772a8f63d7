/**
 * English output lists with ", " and puts asides in ASCII brackets: the plan's fixes and who is
 * responsible, the report's periods, a fill-in workbook's guide, were joined with 、（）；.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];

describe('English lists and asides', () => {
  it("plan's Markdown: fixes, ways and who is responsible", () => {
    const args = [
      'plan',
      'examples/street',
      '--costs',
      'examples/plan/costs-2005.yaml',
      '--format',
      'markdown',
    ];
    const en = runCli([...args, '--lang', 'en', ...AS_OF]).stdout;
    const rows = en.split('\n').filter((line) => line.startsWith('| ') && /¥/.test(line));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row, row).not.toMatch(/[、（）；]/);
    expect(en).toContain('Street office, District education bureau');
    const zh = runCli([...args, '--lang', 'zh-CN', ...AS_OF]).stdout;
    expect(zh).toMatch(/街道办事处、区教育局|（租用）；/);
  });
});
