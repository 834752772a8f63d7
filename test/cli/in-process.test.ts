/**
 * The in-process runner (test/helpers/run-cli.ts: `run(args, io)` on a thread) and the real binary
 * agree, on every command: same stdout, stderr and exit code. And `run` leaves the process as it
 * found it: its exit code and folder, whatever the command did.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ROOT, runBinary, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-in-process-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const AS_OF = ['--as-of', '2024-06-30'];

/** Every command once (each in the language and format that shows the most), and the program's own errors. */
const RUNS: { name: string; args: string[]; env?: Record<string, string>; file?: string }[] = [
  { name: 'check', args: ['check', 'examples/street/fuqian.yaml', ...AS_OF], env: { LANG: 'zh_CN.UTF-8' } },
  { name: 'check (broken files, exit 1)', args: ['check', 'examples/invalid', '--lang', 'en', ...AS_OF] },
  { name: 'validate', args: ['validate', 'examples/street', '--format', 'json', ...AS_OF] },
  { name: 'rank', args: ['rank', 'examples/street', '--group', 'street', ...AS_OF], env: { COLUMNS: '80' } },
  {
    name: 'report',
    args: ['report', 'examples/street', '--output', join(tmp, 'r.html'), ...AS_OF],
    file: 'r.html',
  },
  { name: 'trend', args: ['trend', 'examples/trend', '--lang', 'zh-TW'] },
  { name: 'convert', args: ['convert', 'examples/street', '--to', 'csv', ...AS_OF] },
  {
    name: 'init',
    args: ['init', '--rubric', 'liuhao-2008', '--out', join(tmp, 'init.yaml')],
    file: 'init.yaml',
  },
  {
    name: 'plan',
    args: [
      'plan',
      'examples/street',
      '--costs',
      'examples/plan/costs-2005.yaml',
      '--lang',
      'zh-CN',
      ...AS_OF,
    ],
    env: { COLUMNS: '80' },
  },
  { name: 'explain', args: ['explain', 'no-such-criterion', '--rubric', 'liuhao-2008', '--lang', 'en'] },
  { name: 'rubric list', args: ['rubric', 'list', '--lang', 'zh-CN'] },
  { name: 'rubric show', args: ['rubric', 'show', 'liuhao-2008', '--lang', 'en'] },
  { name: 'rubric lint', args: ['rubric', 'lint', 'rubrics', '--lang', 'en'] },
  { name: 'schema', args: ['schema', '--rubric', 'liuhao-2008'] },
  { name: 'help', args: ['--help'], env: { LANG: 'zh_TW.UTF-8' } },
  { name: 'version', args: ['--version'] },
  { name: 'unknown command', args: ['chekc', '--lang', 'en'] },
  { name: 'usage error', args: ['rank', '--jobs', 'x', '--lang', 'zh-CN'] },
  { name: 'could not run', args: ['check', join(tmp, 'no-such.yaml'), '--lang', 'en'] },
];

describe('in-process and the binary', () => {
  for (const r of RUNS)
    it(r.name, () => {
      const options = r.env ? { env: r.env } : {};
      const binary = runBinary(r.args, options);
      const binaryFile = r.file && readFileSync(join(tmp, r.file), 'utf8');
      // What the binary wrote goes, so that the second run writes it again.
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp);
      const here = runCli(r.args, options);
      expect(here).toEqual(binary);
      if (r.file) expect(readFileSync(join(tmp, r.file), 'utf8')).toBe(binaryFile);
      else expect(binary.stdout + binary.stderr).not.toBe('');
    });
});

describe('run(args, io)', () => {
  const io = (env: Record<string, string>, cwd?: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s) },
        env,
        ...(cwd ? { cwd } : {}),
      },
    };
  };

  it('returns the exit code and leaves process.exitCode and the folder as they were', async () => {
    const before = { exitCode: process.exitCode, cwd: process.cwd() };
    const a = io({ NO_COLOR: '1' }, ROOT);
    expect(await run(['check', 'examples/invalid', '--lang', 'en', ...AS_OF], a.io)).toBe(1);
    expect(a.out.join('')).toContain('examples/invalid');
    const b = io({ NO_COLOR: '1' }, tmp);
    // A path relative to io.cwd: tmp has no examples folder, so the file is missing (exit 2).
    expect(await run(['check', 'examples/street/fuqian.yaml', '--lang', 'en'], b.io)).toBe(2);
    expect(process.exitCode).toBe(before.exitCode);
    expect(process.cwd()).toBe(before.cwd);
  });

  it('speaks the language of io.env, never of this process', async () => {
    const zh = io({ LANG: 'zh_CN.UTF-8', NO_COLOR: '1' }, ROOT);
    const en = io({ LANG: 'en_US.UTF-8', NO_COLOR: '1' }, ROOT);
    expect(await run(['check', 'nothing.yaml'], zh.io)).toBe(2);
    expect(await run(['check', 'nothing.yaml'], en.io)).toBe(2);
    const said = (r: { out: string[]; err: string[] }) => r.out.join('') + r.err.join('');
    expect(said(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(said(en)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(said(en)).toContain('nothing.yaml');
  });
});
