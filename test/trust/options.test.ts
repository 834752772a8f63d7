/** Issue 10, point 8: --min-tier names a tier the rubric has (id or title, any language); --fail-on both. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const FILE = 'examples/street/fuqian.yaml';

describe('check --min-tier', () => {
  it('refuses a typo as a usage error (exit 2) with a suggestion, without judging any file', () => {
    const r = runCli(['check', FILE, '--min-tier', 'modren', '--lang', 'en', ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('did you mean "New modern community"?');
    expect(r.stderr).not.toMatch(/below the required tier/);
  });

  it('refuses a tier the rubric does not have, also with --rubric', () => {
    const r = runCli(['check', FILE, '--rubric', 'district-2005-community', '--min-tier', 'gold', ...AS_OF]);
    expect(r.code).toBe(2);
    // The tiers are listed by title, with their ids.
    expect(r.stderr).toMatch(/\(modern\).*\(safe-civilized\)/);
  });

  for (const title of ['新型现代化社区', '新型現代化社區', 'New modern community', 'MODERN'])
    it(`accepts the tier's title ${title} as the tier`, () => {
      const r = runCli(['check', FILE, '--min-tier', title, '--lang', 'en', ...AS_OF]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    });

  it('judges a title like the id: a community below it still fails (exit 1)', () => {
    const low = runCli(['check', 'examples/street/guigan.yaml', '--min-tier', 'modern', ...AS_OF]);
    const titled = runCli(['check', 'examples/street/guigan.yaml', '--min-tier', '新型现代化社区', ...AS_OF]);
    expect(titled.code).toBe(low.code);
    expect(titled.stdout).toBe(low.stdout);
  });
});

describe('rank --fail-on', () => {
  it('accepts both, as the help offers, meaning invalid,quota', () => {
    const both = runCli(['rank', 'examples/street', '--fail-on', 'both', ...AS_OF]);
    const list = runCli(['rank', 'examples/street', '--fail-on', 'invalid,quota', ...AS_OF]);
    expect(both.stderr).not.toMatch(/usage/);
    expect(both.code).toBe(list.code);
    expect(both.stdout).toBe(list.stdout);
  });
});
