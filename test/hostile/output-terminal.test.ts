/** Issue 11.2 and 11.4: no control or bidi character and no line break from data reaches a text output. */
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/report/escape/terminal.js';
import { runCli } from '../helpers/run-cli.js';
import { ESCAPES, named, type Submission, WORKFLOW, writeSubmissions } from './generate-output.js';

const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal escapes', () => {
  it('shows controls visibly: \\x1b, \\n, \\u202e', () => {
    expect(terminalText('a\u001b[2Jb\nc\u202ed')).toBe('a\\x1b[2Jb\\nc\\u202ed');
    expect(terminalText('丁字社区')).toBe('丁字社区');
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

  it('SARIF has no lone surrogate; JUnit attributes keep line breaks as &#10;', () => {
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
    expect(junit.stdout).toContain('name="line&#10;break.yaml"');
  });
});
