/**
 * Help and usage errors in the user's language, through the built binary: the help of every
 * command with the global options, one translated line for a usage error with a pointer to the
 * command's help (never the whole help), and "did you mean" for a misspelt command, option or
 * choice. Golden files in __golden__/ (update with `npx vitest run test/wording -u`, read the diff).
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers/run-cli.js';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const HELP = [[], ['check'], ['validate'], ['rank'], ['rubric'], ['rubric', 'lint'], ['init'], ['explain']];
const USAGE_ERRORS = [
  ['chekc', 'x.yaml'],
  ['check'],
  ['check', 'x.yaml', '--fromat', 'json'],
  ['check', 'x.yaml', '-f', 'jsn'],
  ['check', 'x.yaml', '--rubric'],
  ['init'],
  ['explain', 'a', 'b'],
  ['rubric', 'lnt'],
  ['rank', 'x', '--fail-on', 'sometimes'],
  ['check', 'x.yaml', '--as-of', '2005'],
  ['rank', 'x', '--width', '5'],
  ['rank', 'x', '--max-size', '0'],
  ['rank', 'x', '--fail-on', ','],
];

describe('--help', () => {
  for (const lang of LANGS)
    it(`of every command in ${lang}, with the global options`, async () => {
      const text = HELP.map((args) => {
        const r = runCli([...args, '--help', '--lang', lang], { env: { COLUMNS: '80' } });
        expect(r.code).toBe(0);
        return `$ civscore ${args.join(' ')} --help\n${r.stdout}`;
      }).join('\n');
      expect(text).toContain('--lang');
      await expect(text).toMatchFileSnapshot(`__golden__/help.${lang}.txt`);
    });

  it('follows the locale when --lang is not given, and takes zh-HK as traditional', () => {
    expect(runCli(['check', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('用法：');
    expect(runCli(['--help'], { env: { LANG: 'zh_HK.UTF-8' } }).stdout).toContain('選項：');
    expect(runCli(['--help', '--lang', 'zh-HK']).stdout).toContain('選項：');
  });
});

describe('a usage error', () => {
  for (const lang of LANGS)
    it(`is one line and where to find help, in ${lang}`, async () => {
      const text = USAGE_ERRORS.map((args) => {
        const r = runCli([...args, '--lang', lang]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(2);
        return `$ civscore ${args.join(' ')}\n${transcript(r)}`;
      }).join('\n');
      await expect(text).toMatchFileSnapshot(`__golden__/usage-errors.${lang}.txt`);
    });

  it('says its words in the language asked, every option value included', () => {
    for (const args of USAGE_ERRORS.slice(-3)) {
      const zh = runCli([...args, '--lang', 'zh-CN']).stderr;
      expect(zh.split('\n')[0], args.join(' ')).not.toMatch(/\b(use|whole|number|size|names)\b/);
    }
  });

  it('suggests the command meant', () => {
    expect(runCli(['chekc', '--lang', 'zh-CN']).stderr).toContain('是否应为 check？');
    expect(runCli(['rubric', 'shwo', '--lang', 'en']).stderr).toContain('did you mean show?');
  });
});
