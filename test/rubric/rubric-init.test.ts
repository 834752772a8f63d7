/**
 * `civscore rubric init` (issue 12): a rubric skeleton in the reader's language that passes
 * `rubric lint` with only warnings saying what to fill in; `--extends` for a district's variant;
 * never over an existing file without --force.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture, ROOT } from './helpers.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const tmp = () => mkdtempSync(join(tmpdir(), 'civscore-rubric-init-'));
const lintJson = (file: string, lang = 'en') => {
  const r = runCli(['rubric', 'lint', file, '--format', 'json', '--lang', lang]);
  return { code: r.code, ...(JSON.parse(r.stdout) as { errors: number; findings: { code: string }[] }) };
};
/** The skeleton's year is this year's: the goldens say YYYY. */
const anyYear = (s: string) => s.replace(/year: \d{4}/g, 'year: YYYY');

describe('civscore rubric init', () => {
  for (const lang of LANGS) {
    it(`writes a commented skeleton that lints without errors, in ${lang}`, async () => {
      const r = runCli(['rubric', 'init', '--lang', lang]);
      expect(r.code).toBe(0);
      await expect(anyYear(r.stdout)).toMatchFileSnapshot(`__golden__/rubric-init.${lang}.yaml`);
      const dir = tmp();
      const file = join(dir, 'my-rubric.yaml');
      writeFileSync(file, r.stdout);
      const lint = lintJson(file, lang);
      expect(lint.code).toBe(0);
      expect(lint.errors).toBe(0);
      // Only what is left to fill in: the placeholders.
      expect(new Set(lint.findings.map((f) => f.code))).toEqual(new Set(['lint.placeholder']));
    });
  }

  it('has one example of each metric type and each criterion kind', () => {
    const text = runCli(['rubric', 'init']).stdout;
    for (const type of ['area', 'count', 'rate', 'flag', 'grade', 'number'])
      expect(text, type).toContain(`type: ${type}`);
    for (const kind of ['checklist', 'threshold', 'ratio', 'count', 'graded', 'deduction', 'flag'])
      expect(text, kind).toContain(`kind: ${kind}`);
    expect(text).toMatch(/^tiers:/m);
    expect(text).toMatch(/^quotas:/m);
  });

  it('once filled in, lints clean and scores a community', () => {
    const dir = tmp();
    const rubric = join(dir, 'r.yaml');
    const filled = runCli(['rubric', 'init', '--lang', 'en'])
      .stdout.replace(/"TODO: [^"]*"/g, 'Filled')
      .replace(/待填：[^\s,}]*/g, '已填');
    writeFileSync(rubric, filled);
    expect(lintJson(rubric).findings).toEqual([]);
    const template = runCli(['init', '--rubric', rubric, '--out', join(dir, 'c.yaml')]);
    expect(template.code).toBe(0);
  });

  it('writes to --out, and never over an existing file without --force', () => {
    const dir = tmp();
    const file = join(dir, 'r.yaml');
    const first = runCli(['rubric', 'init', '--out', file, '--lang', 'zh-CN']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`已写入 ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('civscore rubric lint');
    writeFileSync(file, 'mine\n');
    const again = runCli(['rubric', 'init', '--out', file, '--lang', 'zh-CN']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(runCli(['rubric', 'init', '--out', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('rubric: my-rubric');
  });

  for (const lang of LANGS) {
    it(`--extends writes a district's variant of a built-in rubric that lints, in ${lang}`, async () => {
      const dir = tmp();
      const file = join(dir, 'variant.yaml');
      const r = runCli([
        'rubric',
        'init',
        '--extends',
        'district-2005-community',
        '--out',
        file,
        '--lang',
        lang,
      ]);
      expect(r.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      const shown = runCli(['rubric', 'init', '--extends', 'district-2005-community', '--lang', lang]).stdout;
      await expect(shown).toMatchFileSnapshot(`__golden__/rubric-init-extends.${lang}.yaml`);
      expect(text).toContain('extends: district-2005-community');
      expect(text).toContain('drop: []');
      const lint = lintJson(file, lang);
      expect(lint.errors).toBe(0);
      expect(runCli(['rubric', 'show', file, '--resolved', '--lang', lang]).code).toBe(0);
    });
  }

  it("--extends a rubric by path names it from the new file's folder", () => {
    const dir = tmp();
    copyFileSync(join(ROOT, fixture('good.yaml')), join(dir, 'good.yaml'));
    const file = join(dir, 'variant.yaml');
    expect(runCli(['rubric', 'init', '--extends', join(dir, 'good.yaml'), '--out', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('extends: ./good.yaml');
    expect(lintJson(file).errors).toBe(0);
  });

  it('refuses an unknown parent with exit 2', () => {
    const r = runCli(['rubric', 'init', '--extends', 'no-such-rubric', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it("has help in the reader's language", () => {
    const r = runCli(['rubric', 'init', '--help', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('生成待填写的评分细则骨架');
    expect(r.stdout).toContain('--extends');
  });
});
