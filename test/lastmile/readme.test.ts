/**
 * The README matches the program (issue 28, item 8): its command outputs, option lists, built-in
 * rubrics, criterion kinds and runtime dependencies are made by scripts/readme-examples.mjs from
 * the built program; this fails when any of them has drifted (run the script to bring it along).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');

describe('README.md', () => {
  it('is what scripts/readme-examples.mjs makes from the program today', () => {
    const r = spawnSync(process.execPath, ['scripts/readme-examples.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);

  it('says how many quotas the set-up example falls short of, as rank counts them', () => {
    const r = runCli(['rank', 'examples/street', '--group', 'street', '--lang', 'en']);
    expect(r.code).toBe(1);
    const short = Number(/(\d+) quotas? not met/.exec(r.stderr)?.[1]);
    const words = ['', 'its one', 'both of its', 'all three of its', 'all four of its'];
    expect(readme.replace(/\s+/g, ' ')).toContain(`falls short of ${words[short]} quotas`);
  });

  it('lists every built-in rubric, and each command option list is generated', () => {
    for (const f of readdirSync(`${ROOT}/rubrics`))
      expect(readme).toContain(`| \`${f.replace(/\.yaml$/, '')}\` |`);
    for (const cmd of ['check', 'rank', 'report', 'trend', 'validate', 'convert', 'init', 'plan'])
      expect(readme).toContain(`<!-- options: ${cmd} -->`);
    // Each option list once: no hand-written "Options: `--rubric …`" beside a generated one.
    expect(readme).not.toMatch(/^Options: `--/m);
  });
});
