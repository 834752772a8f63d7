/**
 * Words a reader meets in a finding, through the binary (issue 28, item 8): the severity in the
 * reader's language in every human-readable format (the machine formats keep their keywords),
 * JUnit's count worded, a self-assessment's key and a missing argument said in words, a cell that
 * still holds the fill-in hint said as that, and zh-TW areas in 平方公尺.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EMPTY = 'examples/invalid/empty-file.yaml';
const TWO_ERRORS = 'examples/invalid/masked-value.yaml';
const dir = mkdtempSync(join(tmpdir(), 'civscore-reader-words-'));

describe('the severity of a finding', () => {
  it('is a word of the reader language in text, Markdown and HTML, with the file:line:column layout kept', () => {
    const words = { 'zh-CN': '错误', 'zh-TW': '錯誤', en: 'error' } as const;
    for (const [lang, word] of Object.entries(words)) {
      const line = `${EMPTY}:1:1  ${word}  load.empty  `;
      expect(runCli(['check', EMPTY, '--lang', lang]).stdout, lang).toContain(line);
      expect(runCli(['validate', EMPTY, '--lang', lang]).stdout, lang).toContain(line);
      expect(runCli(['rank', EMPTY, '--lang', lang]).stderr, lang).toContain(line);
      expect(runCli(['check', EMPTY, '--lang', lang, '--format', 'markdown']).stdout).toContain(
        `**${word}**`,
      );
      expect(runCli(['check', EMPTY, '--lang', lang, '--format', 'html']).stdout).toContain(
        ` ${word} <code>`,
      );
    }
  });

  it('keeps the English keyword in the machine formats', () => {
    const json = JSON.parse(runCli(['validate', EMPTY, '--lang', 'zh-CN', '--format', 'json']).stdout);
    expect(json.files[0].findings[0].severity).toBe('error');
    const sarif = JSON.parse(runCli(['validate', EMPTY, '--lang', 'zh-CN', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results[0].level).toBe('error');
    expect(runCli(['validate', EMPTY, '--lang', 'zh-CN', '--format', 'github']).stdout).toMatch(/^::error /m);
  });
});

describe('JUnit', () => {
  const failureMessage = (file: string, lang: string) =>
    /<failure [^>]*message="([^"]*)"/.exec(
      runCli(['validate', file, '--lang', lang, '--format', 'junit']).stdout,
    )?.[1];

  it('counts errors in words: 1 error, 2 errors, 1 个错误', () => {
    const two = join(dir, 'two.yaml');
    writeFileSync(two, readFileSync(TWO_ERRORS, 'utf8').replace('households: 2300', "households: '**'"));
    expect(failureMessage(EMPTY, 'en')).toMatch(/^1 error: /);
    expect(failureMessage(two, 'en')).toMatch(/^2 errors: /);
    expect(failureMessage(EMPTY, 'zh-CN')).toMatch(/^1 个错误：/);
    expect(failureMessage(two, 'zh-TW')).toMatch(/^2 個錯誤：/);
    for (const lang of ['en', 'zh-CN']) expect(failureMessage(two, lang)).not.toContain('(s)');
  });
});

describe('a key or an argument', () => {
  it('a self-assessment key left as ~ is said by what it means', () => {
    const file = join(dir, 'unfilled.yaml');
    writeFileSync(file, readFileSync(TWO_ERRORS, 'utf8').replace('id: masked-value', 'id: ~'));
    expect(runCli(['check', file, '--lang', 'zh-CN']).stdout).toContain('社区编号（id）未填写');
    expect(runCli(['check', file, '--lang', 'zh-TW']).stdout).toContain('社區編號（id）未填寫');
    expect(runCli(['check', file, '--lang', 'en']).stdout).toContain('"id" is not filled in');
  });

  it('a missing argument is named in Chinese, with what it holds', () => {
    const zh = runCli(['rank', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('civscore rank: 缺少参数“输入文件”：自评文件');
    expect(zh.stderr).not.toMatch(/\binputs\b/);
    expect(runCli(['rank', '--lang', 'en']).stderr).toContain('civscore rank: missing inputs (');
  });
});

describe('a cell that still holds the fill-in hint', () => {
  it('is said to hold the hint, in a sheet and in YAML, never "“是/否”不是“是/否”"', () => {
    const csv = join(dir, 'hint.csv');
    expect(
      runCli(['convert', 'examples/street/dingzi.yaml', '--to', 'csv', '-o', csv, '--lang', 'zh-CN']).code,
    ).toBe(0);
    const rows = readFileSync(csv, 'utf8').split('\n');
    rows[2] = rows[2]!.replace(',是,85%,', ',是/否,85%,');
    writeFileSync(csv, rows.join('\n'));
    const zh = runCli(['validate', csv, '--lang', 'zh-CN']);
    expect(zh.stdout).toMatch(/hint\.csv:\S+ {2}错误 {2}value\.hint {2}.*仍是填写提示“是\/否”/);
    expect(zh.stdout).not.toContain('不是“是/否”');
    const en = runCli(['validate', csv, '--lang', 'en']);
    expect(en.stdout).toContain('"是/否" is still the fill-in hint, not a value; please fill it in');

    const yaml = join(dir, 'hint.yaml');
    writeFileSync(
      yaml,
      readFileSync(TWO_ERRORS, 'utf8').replace('office-service-area: 320 m2', 'office-service-area: 平方米'),
    );
    expect(runCli(['check', yaml, '--lang', 'zh-CN']).stdout).toContain('仍是填写提示“平方米”');
  });
});

describe('zh-TW areas', () => {
  it('say 平方公尺 in shortfalls, as in the Taiwan titles, and read 平方公尺 as written', () => {
    const tw = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'zh-TW', '--as-of', '2005-12-31']);
    expect(tw.stdout).toContain('差30平方公尺');
    expect(tw.stdout).not.toMatch(/(差|面積)\d+平方米/);
    const file = join(dir, 'tw-unit.yaml');
    writeFileSync(
      file,
      readFileSync('examples/street/dingzi.yaml', 'utf8').replace(
        /^ {2}service-area: [^\n]*/m,
        '  service-area: 120平方公尺',
      ),
    );
    expect(runCli(['check', file, '--lang', 'zh-TW', '--as-of', '2005-12-31']).stdout).toContain(
      '差30平方公尺',
    );
  });
});
