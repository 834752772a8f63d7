/**
 * Every text output a CI log can show (issue 23, point 5), through the built binary: tables, CSV,
 * Markdown, HTML, JSON, JUnit, SARIF and GitHub annotations of every command that prints data,
 * on stdout and on stderr, have no line that starts a runner command, whatever line breaks a
 * name, a street, a key or a file name holds. CSV keeps a line break only inside a quoted cell of
 * a file named with --output; on standard output it is shown as an escape.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { named, type Submission, writeSubmissions } from './generate-output.js';

/** Runner commands a line break inside a value would start, with every kind of line break. */
const FORGED = [
  'x\n::error::FORGED1',
  'x\r\n::add-mask::FORGED2',
  'x\n::stop-commands::FORGED3',
  'x\r::error title=t::FORGED4',
  'x\u2028::warning::FORGED5',
  'x\u0085::notice::FORGED6',
  'x\n  ::error::FORGED7',
];

/**
 * Lines as the runner reads them (split at CR and LF only: U+2028 and NEL end no line there), and
 * those of them that start a runner command from data (our own annotations carry no FORGED).
 */
const forgedLines = (text: string) =>
  text.split(/\r\n|\r|\n/).filter((l) => /^[ \t]*::[a-z-]+( [^:]*)?::FORGED/.test(l));

const subs: Submission[] = named(FORGED).map((s, i) => ({
  ...s,
  street: FORGED[i]!,
  extraMetrics: { [`key${FORGED[i]}`]: '1' },
}));
subs.push({ file: 'name\n::error::FORGEDFILE.yaml', id: 'fname', name: 'ok' });

const dir = writeSubmissions(subs);
mkdirSync(join(dir, 'trend'));
const trendDir = writeSubmissions(
  [...named(FORGED, 'a'), ...named(FORGED, 'a').map((s) => ({ ...s, file: `b-${s.file}` }))].map((s, i) => ({
    ...s,
    street: FORGED[i % FORGED.length]!,
  })),
);

const RUNS: [string, string[], string][] = [];
for (const f of ['table', 'json', 'csv', 'markdown'])
  RUNS.push([`rank ${f}`, ['rank', '.', '--format', f], dir]);
for (const f of ['table', 'json', 'csv', 'markdown'])
  RUNS.push([`rank ${f} by street`, ['rank', '.', '--format', f, '--group', 'street'], dir]);
for (const f of ['text', 'json', 'junit', 'sarif', 'github'])
  RUNS.push([`validate ${f}`, ['validate', '.', '--format', f], dir]);
for (const f of ['table', 'json', 'markdown', 'html'])
  RUNS.push([`check ${f}`, ['check', ...subs.map((s) => s.file), '--format', f], dir]);
for (const f of ['table', 'json', 'csv', 'markdown', 'html'])
  RUNS.push([`trend ${f}`, ['trend', '.', '--format', f, '--group', 'street'], trendDir]);
RUNS.push(['report html', ['report', '.', '--group', 'street'], dir]);

describe('no line of any text output starts a runner command', () => {
  for (const [label, args, cwd] of RUNS)
    it(label, () => {
      for (const lang of ['zh-CN', 'en']) {
        const r = runCli([...args, '--lang', lang], { cwd });
        expect(r.code, r.stderr).toBeLessThan(2);
        expect(forgedLines(r.stdout), 'stdout').toEqual([]);
        expect(forgedLines(r.stderr), 'stderr').toEqual([]);
      }
    });

  it('rank csv on stdout shows line breaks as escapes; --output keeps them inside quoted cells', () => {
    const out = runCli(['rank', '.', '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(out.stdout).toContain('x\\n::error::FORGED1');
    expect(out.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const file = join(dir, 'ranking.csv');
    runCli(['rank', '.', '--format', 'csv', '--lang', 'en', '-o', file], { cwd: dir });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"x\n::error::FORGED1"');
  });
});
