/**
 * What to write for a figure, as the template, the fill-in workbook and explain say it: a count
 * with its own measure word (文化室可同时学习人数: 50、“50人”, never “2400户”, which is households),
 * and the template's line says what to fill in (填写：面积，单位平方米), not 单位：面积，单位平方米.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-count-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The comment lines of init's template above a metric's key. */
function commentOf(text: string, key: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(`${key}:`));
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && lines[i]!.trim().startsWith('#'); i--) out.unshift(lines[i]!.trim());
  return out.join(' ');
}

describe('what to write for a figure', () => {
  it('init: a count by its own measure word, an area as what to fill in', () => {
    const out = join(tmp, 'zh.yaml');
    runCli(['init', '--rubric', 'district-2005-community', '--lang', 'zh-CN', '--out', out]);
    const text = readFileSync(out, 'utf8');
    expect(commentOf(text, 'culture-room-seats')).toContain('填写：整数（50、“50人”）。');
    expect(commentOf(text, 'households')).toContain('填写：整数（2400、“2400户”）。');
    expect(commentOf(text, 'service-area')).toContain(
      '填写：面积，单位平方米（150、“150 m2”、“150平方米”）。',
    );
    expect(text).not.toContain('单位：面积');
    const tw = join(tmp, 'tw.yaml');
    runCli(['init', '--rubric', 'district-2005-community', '--lang', 'zh-TW', '--out', tw]);
    expect(commentOf(readFileSync(tw, 'utf8'), 'culture-room-seats')).toContain(
      '填寫：整數（50、「50人」）。',
    );
  });

  it('explain: the count its metric is', () => {
    const r = runCli(['explain', '文化室可同时学习人数', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('指标：整数（50、“50人”）');
    expect(runCli(['explain', '社区户数', '--lang', 'zh-CN']).stdout).toContain(
      '指标：整数（2400、“2400户”）',
    );
  });
});
