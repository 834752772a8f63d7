/**
 * Money in a plan as an office writes it: 元 to the 分 below ten thousand (502.5元, never a rounded
 * 503元), 万元 from ten thousand up; English in ¥ grouped in thousands, to the fen as well. And
 * the metrics a cost file leaves unpriced are named by their titles (社区户数), not their ids.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../src/report/plan/view.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-money-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('money in a plan', () => {
  it('keeps the 分 below ten thousand, in every language', () => {
    expect(money('zh-CN', 502.5, false)).toBe('502.5元');
    expect(money('zh-TW', 502.5, false)).toBe('502.5元');
    expect(money('en', 502.5, false)).toBe('¥502.5');
    expect(money('zh-CN', 0.25, false)).toBe('0.25元');
    expect(money('en', 54_502.5, false)).toBe('¥54,502.5');
    expect(money('zh-CN', 30_000, false)).toBe('3万元');
    expect(money('zh-CN', 3, true)).toBe('3项');
  });

  it('a fix priced at 502.5 is shown at 502.5元 by plan', () => {
    const costs = join(dir, 'costs.yaml');
    const text = readFileSync(join(ROOT, 'examples/plan/costs-2005.yaml'), 'utf8').replace(
      'help-station: { way: set-up, fixed: 3万元',
      'help-station: { way: set-up, fixed: 502.5',
    );
    expect(text).toContain('fixed: 502.5');
    writeFileSync(costs, text);
    const r = runCli(['plan', join(ROOT, 'examples/street'), '--costs', costs, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('补建社区求助站（建立；区民政局；1个月；502.5元）');
    expect(r.stdout).not.toContain('503元');
    // The metrics the cost file leaves unpriced, by their titles, as every other message names a metric.
    expect(r.stderr).toContain('以下指标未定价，不会作为整改项提出：社区户数');
    const en = runCli(['plan', join(ROOT, 'examples/street'), '--costs', costs, '--lang', 'en']);
    expect(en.stderr).toContain('not priced, so never proposed as a fix: Households');
  });
});
