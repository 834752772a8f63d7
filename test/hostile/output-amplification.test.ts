/** Issue 11.5: one enormous name neither pads every row of a table nor passes without a word. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { amplification, writeSubmissions } from './generate-output.js';

describe('amplification', () => {
  const dir = writeSubmissions(amplification(1_000_000, 100));

  it('rank: cells are cut with an ellipsis, so the table stays small', () => {
    const r = runCli(['rank', '.', '--lang', 'zh-CN'], { cwd: dir });
    expect(r.code).toBeLessThan(2);
    // 101 rows of at most a few hundred bytes each (1.0 GB per 1,001 rows before).
    expect(r.stdout.length).toBeLessThan(100_000);
    expect(r.stdout).toContain('…');
  });

  it('check: the name is flagged at its place, and the table is not widened by it', () => {
    const r = runCli(['check', 'huge.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(
      /huge\.yaml:2:\d+ {2}warning {2}assessment\.text-too-long {2}The name is 1000000 characters long/,
    );
    const table = r.stdout.split('\n').filter((l) => l.startsWith('│'));
    for (const l of table) expect(l.length).toBeLessThan(400);
  });

  it('a huge value from a file is cut in its finding, not echoed whole onto stderr or into a CI log', () => {
    const d = mkdtempSync(join(tmpdir(), 'civscore-huge-value-'));
    const base = readFileSync(join('examples', 'street', 'guigan.yaml'), 'utf8');
    const huge = 'x'.repeat(200_000);
    // Said twice by load.unquoted-star; once by value.not-a-number.
    writeFileSync(join(d, 'star.yaml'), base.replace(/^( {2}households): .*$/m, `$1: ** ${huge}`));
    writeFileSync(
      join(d, 'plain.yaml'),
      base.replace(/^( {2}households): .*$/m, `$1: ${huge}`).replace('id: guigan', 'id: plain'),
    );
    for (const lang of ['zh-CN', 'en']) {
      const runs = [
        runCli(['rank', '.', '--lang', lang], { cwd: d }).stderr,
        runCli(['check', 'plain.yaml', '--lang', lang], { cwd: d }).stdout,
        runCli(['validate', '.', '--format', 'github', '--lang', lang], { cwd: d }).stdout,
      ];
      for (const out of runs) {
        expect(out).toContain('xxx…');
        for (const line of out.split('\n')) expect(line.length, lang).toBeLessThan(2_000);
      }
    }
  });
});
