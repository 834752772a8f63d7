/**
 * plan does not yet plan on inspected values: with --inspections it stops before any work with a
 * usage error (exit 2) that says what to do, rather than plan lifts for communities as they
 * described themselves while the ranking judges them as inspected. report's plan page alike.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ARGS = [
  'examples/street',
  '--costs',
  'examples/plan/costs-2005.yaml',
  '--inspections',
  'examples/inspections/wuma-2005.yaml',
];

describe('plan --inspections', () => {
  it('is refused in every language, before any work', () => {
    const zh = runCli(['plan', ...ARGS, '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('整改计划暂不能按督查核实的数值编制');
    expect(zh.stdout).toBe('');
    expect(runCli(['plan', ...ARGS, '--lang', 'zh-TW']).stderr).toContain(
      '整改計畫暫時無法依督查核實的數值編製',
    );
    expect(runCli(['plan', ...ARGS, '--lang', 'en']).stderr).toContain(
      'cannot yet be made on inspected values',
    );
  });

  it('is refused for report’s plan page, while report alone takes --inspections', () => {
    expect(runCli(['report', ...ARGS, '-o', '/dev/null', '--lang', 'en']).code).toBe(2);
    const alone = runCli([
      'report',
      'examples/street',
      '--inspections',
      'examples/inspections/wuma-2005.yaml',
      '--format',
      'html',
      '-o',
      '/dev/null',
    ]);
    expect(alone.code, alone.stderr).not.toBe(2);
  });
});
