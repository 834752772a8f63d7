/**
 * A rubric's shape said in words: a key left out (a metric without its `type`, a quota without
 * its `group`) is a missing key, never a value "undefined"; a list or a mapping where one word
 * belongs is said as such (列表, a mapping), never as the English "list". Before, rubric lint said
 * “type”不能是“undefined” and “type”不能是“list”.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let file: string;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-shape-words-'));
  file = join(dir, 'rubric.yaml');
  writeFileSync(
    file,
    [
      'rubric: shape-words',
      'title: 测试细则',
      'level: community',
      'year: 2005',
      'metrics:',
      '  area: { unit: m2 }',
      '  rooms: { type: [count] }',
      'quotas:',
      '  - { id: q1, tier: good, share: 50% }',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rubric lint: missing keys and values of the wrong shape', () => {
  it.each([
    ['zh-CN', '缺少必填项“type”', '“type”不能是列表，应为', '缺少必填项“group”'],
    ['zh-TW', '缺少必填項「type」', '「type」不能是清單，應為', '缺少必填項「group」'],
    ['en', '"type" is required', '"type" cannot be a list; expected', '"group" is required'],
  ])('in %s', (lang, noType, listType, noGroup) => {
    const r = runCli(['rubric', 'lint', file, '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`rubric\\.yaml:6:3 .*schema\\.required .*${noType.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(r.stdout).toContain(listType);
    expect(r.stdout).toContain(noGroup);
    expect(r.stdout).not.toMatch(/undefined|"list"|“list”|「list」/);
  });
});
