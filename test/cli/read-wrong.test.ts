/** Issue #10, point 7 through the binary: values once read wrong without a word now get a finding at their line. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/engine/misread/read-wrong.yaml';

describe('values read wrong get a finding at their line', () => {
  const r = runCli(['check', FILE, '--lang', 'en', '--as-of', '2005-12-31', '--format', 'json']);
  const file = JSON.parse(r.stdout).files[0];
  const findings = file.findings.map((f: { code: string; line: number; severity: string }) => [
    f.code,
    f.line,
    f.severity,
  ]);

  it('households: 2400人 is people, not households', () => {
    expect(findings).toContainEqual(['assessment.count-noun', 8, 'error']);
  });

  it('a rate of 1 is as ambiguous as 85', () => {
    expect(findings).toContainEqual(['value.rate-ambiguous', 14, 'error']);
  });

  it('a facility of area 0 is not present', () => {
    expect(findings).toContainEqual(['assessment.facility-area-zero', 18, 'warning']);
    const basic = file.result.sections[0].criteria.find((c: { id: string }) => c.id === 'basic-facilities');
    expect(basic.shortfalls).toContainEqual({
      code: 'shortfall.facility-missing',
      params: { facility: 'culture-room' },
    });
  });

  it('says so in each language, at file:line:column', () => {
    const zh = runCli(['check', FILE, '--lang', 'zh-CN', '--as-of', '2005-12-31']);
    expect(zh.stdout + zh.stderr).toContain(
      `${FILE}:8:3  错误  assessment.count-noun  社区户数：“2400人”是人数`,
    );
    expect(zh.stdout + zh.stderr).toContain('面积为 0 即没有该设施');
    const tw = runCli(['check', FILE, '--lang', 'zh-TW', '--as-of', '2005-12-31']);
    expect(tw.stdout + tw.stderr).toContain('「2400人」是人數，而這一項要填的是戶數');
    expect(zh.code).toBe(1);
  });
});
