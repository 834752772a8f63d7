/** What a finding quotes of a value it could not read: never a parser's word, never "undefined". */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const F = 'test/fixtures/wording';

describe('values a finding quotes', () => {
  it('a list or a mapping where one value belongs is shown by its shape', () => {
    for (const lang of ['zh-CN', 'en']) {
      const r = runCli(['check', `${F}/value-shapes.yaml`, '--lang', lang]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/value-shapes\.yaml:6:3 +(error|错误) +value\.not-a-number .*\{…\}/);
      expect(r.stdout).toMatch(/value-shapes\.yaml:8:3 +(error|错误) +value\.not-a-number .*\[…\]/);
      expect(r.stdout).toMatch(/value-shapes\.yaml:12:3 +(error|错误) +value\.not-a-flag .*\{…\}/);
      expect(r.stdout).not.toMatch(/mapping|"list"|“list”/);
    }
  });

  it('a file with no period is missing its period, not holding "undefined"', () => {
    const r = runCli(['check', `${F}/no-period.yaml`, '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/schema\.required +缺少必填项评估期间（period）/);
    expect(r.stdout).not.toMatch(/undefined/);
  });
});
