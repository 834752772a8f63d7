/** Issue 12 "Fit the screen": tables fit COLUMNS or --width, wrap without parting a number from its unit. */
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapToWidth } from '../../src/report/text-width.js';
import { runCli } from '../helpers/run-cli.js';

const widest = (s: string) => Math.max(...s.split('\n').map(displayWidth));
/** The lines of the tables: boxed rows, or the ranking's rule and rows up to the next blank line. */
const tableLines = (s: string) => {
  const lines = s.split('\n');
  const rule = lines.findIndex((l) => l.startsWith('──'));
  const grid = rule < 0 ? [] : lines.slice(rule - 1, rule + 1 + lines.slice(rule + 1).indexOf(''));
  return [...lines.filter((l) => /^[┌│├└]/.test(l)), ...grid].join('\n');
};

describe('fit the screen', () => {
  it('wraps at words and CJK characters, never inside "≥ 30 m²"', () => {
    for (const w of [10, 12, 16, 20]) {
      const lines = wrapToWidth('每百户用房面积 ≥ 30 m²，服务站面积 120 m² < 150 m²', w);
      for (const line of lines) {
        expect(displayWidth(line)).toBeLessThanOrEqual(w);
        expect(line).not.toMatch(/^m²|≥$/);
      }
    }
  });

  for (const lang of ['zh-CN', 'zh-TW', 'en']) {
    it(`check, rank and rubric show fit 80 columns from COLUMNS (${lang})`, () => {
      for (const args of [
        ['check', 'examples/street/dingzi.yaml'],
        ['rank', 'examples/street', '--group', 'street'],
        ['rubric', 'show', 'district-2005-community'],
      ]) {
        const r = runCli([...args, '--lang', lang], { env: { COLUMNS: '80' } });
        expect(r.code).toBeLessThan(2);
        expect(widest(tableLines(r.stdout))).toBeLessThanOrEqual(80);
        expect(tableLines(r.stdout)).not.toBe('');
      }
    });
  }

  it('--width overrides COLUMNS; below the narrowest columns rows are stacked as blocks', () => {
    const r = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'zh-CN', '--width', '30'], {
      env: { COLUMNS: '200' },
    });
    expect(r.stdout).toContain('状态：未达标');
    expect(widest(tableLines(r.stdout))).toBeLessThanOrEqual(30);
    expect(
      widest(
        r.stdout
          .split('\n')
          .filter((l) => l.startsWith('状态') || l.startsWith('差距'))
          .join('\n'),
      ),
    ).toBeLessThanOrEqual(30);
  });

  it('piped without COLUMNS, tables are as wide as they need', () => {
    const r = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'en']);
    expect(widest(r.stdout)).toBeGreaterThan(150);
  });

  it('a bad --width is a usage error', () => {
    const r = runCli(['check', 'examples/street/dingzi.yaml', '--width', 'wide']);
    expect(r.code).toBe(2);
  });
});
