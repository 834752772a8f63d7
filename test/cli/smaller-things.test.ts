/** Smaller things a user trips on (issue 28, item 8), each through the binary. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('the fill-in workbook has the 备注 column its instructions name', () => {
  it('in zh-CN and en', () => {
    const zh = runCli(['init', '--rubric', 'district-2005-community', '--format', 'csv', '--lang', 'zh-CN']);
    expect(zh.stdout.split('\n')[0]).toContain('备注');
    expect(zh.stdout.split('\n')[1]).toContain('notes');
    const en = runCli(['init', '--rubric', 'district-2005-community', '--format', 'csv', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toContain('Notes');
  });
});

describe('check on a district file says what kind of file it is and what to run instead', () => {
  it('a roster (zh-CN, en): exit 2, never 文件无效 or “no rubric”', () => {
    const zh = runCli(['check', 'examples/rosters/wuma-street.yaml', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('这是名册文件');
    expect(zh.stdout).toContain('--roster');
    expect(zh.stdout).not.toContain('文件无效');
    expect(zh.stdout).not.toContain('rubric.none');
    const en = runCli(['check', 'examples/rosters/wuma-street.yaml', '--lang', 'en']);
    expect(en.stdout).toContain('this is a roster file');
  });
  it('a rubric and a waivers file: exit 2, no “has errors” line', () => {
    const rubric = runCli(['check', 'rubrics/district-2005-community.yaml', '--lang', 'en']);
    expect(rubric.code).toBe(2);
    expect(rubric.stdout).toContain('civscore rubric lint');
    expect(rubric.stdout).not.toContain('has errors');
    const waivers = runCli(['check', 'examples/waivers/district-2005.yaml', '--lang', 'zh-CN']);
    expect(waivers.code).toBe(2);
    expect(waivers.stdout).toContain('这是免评名单文件');
  });
});
