/** Issue 11.2 and 11.4: no control or bidi character and no line break from data reaches a text output. */
import { describe, expect, it } from 'vitest';
import { needsTerminalEscape, terminalText, UNSAFE_PATTERN } from '../../src/report/escape/terminal.js';
import { runCli } from '../helpers/run-cli.js';
import { ESCAPES, named, type Submission, WORKFLOW, writeSubmissions } from './generate-output.js';

const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal escapes', () => {
  it('shows controls visibly: \\x1b, \\n, \\u202e', () => {
    expect(terminalText('a\u001b[2Jb\nc\u202ed')).toBe('a\\x1b[2Jb\\nc\\u202ed');
    expect(terminalText('丁字社区')).toBe('丁字社区');
  });

  it('decides what to escape exactly as the pattern does, code unit by code unit and in random strings', () => {
    // Every code unit alone and beside a letter, then surrogates paired, lone and reversed.
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}社`])
        if (needsTerminalEscape(s) !== UNSAFE_PATTERN.test(s)) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
    for (const s of ['😀', 'a😀b', '\ud83d', '\ude00', '\ude00\ud83d', 'x\ud83d\ud83d\ude00'])
      expect(needsTerminalEscape(s), JSON.stringify(s)).toBe(UNSAFE_PATTERN.test(s));
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const pool = [0x41, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0x61c, 0x200b, 0x2028, 0x202f, 0x2060, 0x2070];
    pool.push(0x4e00, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xfeff, 0xfff9, 0xfffc, 0x0a, 0x1b);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let n = next() % 8; n > 0; n--) s += String.fromCharCode(pool[next() % pool.length]!);
      expect(needsTerminalEscape(s), JSON.stringify(s)).toBe(UNSAFE_PATTERN.test(s));
    }
  });

  const hostile = [...ESCAPES, ...WORKFLOW];
  const subs: Submission[] = named(hostile).map((s, i) => ({
    ...s,
    extraMetrics: { [`key${hostile[i]}`]: '1', households: `12${hostile[i]}` },
  }));
  subs.push({ file: 'evil\u001b[2J\n::error::file.yaml', id: 'evilfile', name: 'ok' });
  const dir = writeSubmissions(subs);

  const runs: [string, string[]][] = [
    ['rank table', ['rank', '.', '--lang', 'zh-CN']],
    ['validate text', ['validate', '.', '--lang', 'en']],
    ['check table', ['check', ...subs.map((s) => s.file), '--lang', 'zh-CN']],
    ['rank markdown', ['rank', '.', '--format', 'markdown']],
    ['validate junit', ['validate', '.', '--format', 'junit']],
  ];
  for (const [label, args] of runs) {
    it(`${label}: no raw control character, and no line from data starts a workflow command`, () => {
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBeLessThan(2);
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(RAW);
      expect(all).not.toMatch(/^::/m);
      expect(all).toContain('\\x1b');
    });
  }

  it('GitHub annotations: one line per finding, every data line break encoded', () => {
    const r = runCli(['validate', '.', '--format', 'github'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    expect(r.stdout).not.toMatch(RAW);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^::(error|warning|notice) file=/);
    expect(r.stdout).not.toMatch(/^::(add-mask|stop-commands)::/m);
  });

  it('SARIF has no lone surrogate; JUnit shows a name’s line break escaped and keeps the file’s as &#10;', () => {
    const d = writeSubmissions([
      { file: 'lone.yaml', id: 'lone', name: 'x', extraMetrics: { 'bad\ud800key': '1' } },
      { file: 'line\nbreak.yaml', id: 'lb', name: 'y', extraMetrics: { households: 'many' } },
    ]);
    const sarif = runCli(['validate', '.', '--format', 'sarif'], { cwd: d });
    expect(sarif.code).toBeLessThan(2);
    expect(sarif.stdout).not.toMatch(/\\ud[89ab]/i);
    expect(JSON.stringify(JSON.parse(sarif.stdout))).not.toMatch(/\p{Cs}/u);
    expect(sarif.stdout).toContain('\uFFFD');
    const junit = runCli(['validate', '.', '--format', 'junit'], { cwd: d });
    expect(junit.stdout).toContain('name="line\\nbreak.yaml" file="line&#10;break.yaml"');
  });
});
