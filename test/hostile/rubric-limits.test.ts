/**
 * Issue 11 point 9, the limits themselves, through the binary: aliases that would add more than
 * 1,000,000 characters, a rubric of more than 2,000 criteria, an `extends` chain of more than 8
 * files, and rubric files of more than 2,000,000 bytes together are each a finding at their
 * place, in the user's language, not minutes of work. Time and memory at full size are for
 * `npm run bench:hostile`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { aliasBomb, bulkyChain, extendsChain, hugeRubric, machineDir } from './generate-machine.js';

const dir = machineDir();
const run = (lang: string, ...args: string[]) => runCli(['--lang', lang, ...args]);

describe('alias expansion', () => {
  test('aliases adding more than 1,000,000 characters: refused at the alias that goes over', () => {
    // 20 aliases of 60,000 characters: the 17th takes the sum past 1,000,000.
    const file = aliasBomb(join(dir(), 'alias-over'), 20, 60_000);
    const r = run('en', 'validate', file);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('load.alias-expansion'));
    expect(line).toBeDefined();
    expect(line).toMatch(/alias-bomb\.yaml:\d+:5 +error +load\.alias-expansion/);
    // 20 strings of 60,000 characters and their quotes, as written.
    expect(line).toContain('would add 1200040 characters');
    expect(line).toContain('limit of 1000000');
    expect(r.stderr).not.toContain('internal error');
  });

  test('aliases adding less are read as before', () => {
    const r = run('en', 'validate', aliasBomb(join(dir(), 'alias-under'), 10, 50_000));
    expect(r.stdout + r.stderr).not.toContain('alias-expansion');
    expect(r.stdout + r.stderr).not.toContain('alias-limit');
  });

  test('nested aliases count what they expand to', () => {
    // 4 aliases of a 20,000-character string, 4 of those, 3 of those: 68 copies in all, added by
    // 87 aliases resolved (few enough not to be a bomb by count).
    const lines = [
      `a0: &a0 "${'x'.repeat(20_000)}"`,
      'a1: &a1 [*a0, *a0, *a0, *a0]',
      'a2: &a2 [*a1, *a1, *a1, *a1]',
      'a3: [*a2, *a2, *a2]',
    ];
    const file = join(dir(), 'nested.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = run('zh-CN', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nested\.yaml:4:\d+ +错误 +load\.alias-expansion/);
    expect(r.stdout).toContain('增加 1360136 个字符，超过上限 1000000');
  });

  test('many nested aliases of short text stay an alias bomb by count', () => {
    const lines = [`a0: &a0 "${'x'.repeat(2000)}"`];
    for (let i = 1; i <= 10; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    const file = join(dir(), 'laughs.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = run('en', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('load.alias-limit');
  });
});

describe('rubric size', () => {
  test('more than 2,000 criteria: a finding at sections, nothing scored', () => {
    const { rubric, file } = hugeRubric(join(dir(), 'over'), 2001);
    const r = run('en', 'check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${rubric}:5:1  error  rubric.too-many-criteria`);
    expect(r.stderr).toContain('2001 criteria');
    const tw = run('zh-TW', 'rubric', 'lint', rubric);
    expect(tw.stdout + tw.stderr).toContain('共有 2001 個評分項，超過上限 2000');
  });

  test('criteria counted with those extended: a child over the limit together', () => {
    // Two rubrics of 1,200 criteria each, the child adding its own: 2,400 in all.
    const { rubric } = extendsChain(join(dir(), 'together'), 1, 1200);
    const child = join(dir(), 'together', 'child.yaml');
    const lines = ['rubric: child', 'extends: ./chain0.yaml', 'sections:', '  - id: t', '    criteria:'];
    for (let i = 0; i < 1200; i++) lines.push(`      - { id: d${i}, kind: flag, metric: m, points: 1 }`);
    writeFileSync(child, `${lines.join('\n')}\n`);
    expect(rubric).toContain('chain0.yaml');
    const r = run('en', 'rubric', 'lint', child);
    expect(r.stdout + r.stderr).toContain('rubric.too-many-criteria');
    expect(r.stdout + r.stderr).toContain('2400 criteria');
  });

  test('an extends chain of more than 8 files: a finding at the extends that goes over', () => {
    const { file } = extendsChain(join(dir(), 'chain9'), 9, 3);
    const r = run('en', 'check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /chain1\.yaml:2:1 +error +extends\.too-long +extends goes more than 8 rubrics deep/,
    );
  });

  test('an extends chain of 8 files is read', () => {
    const { file } = extendsChain(join(dir(), 'chain8'), 8, 3);
    const r = run('en', 'check', file);
    expect(r.stderr).not.toContain('too-long');
    expect(r.code).toBe(0);
  });

  test('rubric files over 2,000,000 bytes together: a finding at the extends, the parent not read', () => {
    const { file } = bulkyChain(join(dir(), 'bulky'), 3, 800_000);
    const r = run('zh-CN', 'check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /bulky1\.yaml:2:1 +错误 +rubric\.too-large +评分细则及其继承的细则共 2400304 字节/,
    );
    expect(r.stderr).toContain('超过上限 2000000');
  });

  test('one rubric file over 2,000,000 bytes: refused before it is parsed', () => {
    const { rubric } = hugeRubric(join(dir(), 'huge'), 48_000);
    const r = run('en', 'rubric', 'show', rubric);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/huge\.yaml:1:1 +error +rubric\.too-large/);
  });
});

describe('metrics and keys (issue 23)', () => {
  test('a rubric of 6,000 metrics is refused at `metrics`, in every command that reads it', async () => {
    const { manyMetrics } = await import('../../bench/hostile-cases.js');
    const { rubric, file } = manyMetrics(join(dir(), 'metrics'), 6000);
    for (const args of [
      ['check', file],
      ['rubric', 'lint', rubric],
      ['rubric', 'show', rubric],
    ]) {
      const r = run('en', ...args);
      const all = r.stdout + r.stderr;
      expect(all, args.join(' ')).toMatch(/metrics\.yaml:3:1 +error +rubric\.too-many-metrics/);
      expect(all).toContain('defines 6000 metrics (with those it extends), over the limit of 5000');
    }
    expect(run('zh-CN', 'check', file).stdout + run('zh-CN', 'check', file).stderr).toContain(
      '定义了 6000 个指标，超过上限 5000',
    );
  });

  test('a rubric of more than 50,000 keys in all is refused', async () => {
    const { unknownRubricKeys } = await import('../../bench/hostile-cases.js');
    const { rubric } = unknownRubricKeys(join(dir(), 'keys'), 50_100, 8);
    const r = run('en', 'rubric', 'lint', rubric);
    expect(r.stdout + r.stderr).toContain('rubric.too-many-keys');
  });

  test('a mapping of 40,000 keys is read in linear time: duplicate keys still found', () => {
    const lines = ['rubric: k', 'metrics:'];
    for (let i = 0; i < 4000; i++) lines.push(`  m${i}: { type: flag }`);
    lines.push('  m17: { type: flag }');
    const file = join(dir(), 'dup.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = run('en', 'rubric', 'lint', file);
    expect(r.stdout + r.stderr).toMatch(/dup\.yaml:4003:3 +error +load\.duplicate-key/);
  });
});
