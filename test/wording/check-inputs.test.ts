/** `check` takes folders and globs like `rank` (cmd.exe does not expand `*.yaml`), and sums up several files. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];

describe('check on folders and globs', () => {
  it('scores every file of a folder and of a glob left unexpanded, and ends with a summary', () => {
    const folder = runCli(['check', 'examples/street', '--lang', 'zh-CN', ...AS_OF]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toContain('丁字社区（dingzi）');
    expect(folder.stdout.trimEnd().split('\n').at(-1)).toBe('共 9 份自评：9 份已评分，0 份有错误');
    const glob = runCli(['check', 'examples/street/*.yaml', '--lang', 'en', ...AS_OF]);
    expect(glob.stdout.trimEnd().split('\n').at(-1)).toBe('9 self-assessments: 9 scored, 0 with errors');
  });

  it('keeps the order of files named, and a file that does not exist is still its own error', () => {
    const r = runCli(['check', 'nope.yaml', 'examples/street/dingzi.yaml', '--lang', 'en', ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout.indexOf('nope.yaml')).toBeLessThan(r.stdout.indexOf('dingzi'));
    expect(r.stdout).toContain('2 self-assessments: 1 scored, 1 with errors');
  });

  it('says nothing more for one file', () => {
    const r = runCli(['check', 'examples/street/dingzi.yaml', '--lang', 'en', ...AS_OF]);
    expect(r.stdout).not.toContain('files:');
  });
});
