/**
 * `rubric lint` reports every problem one pass can find (issue 12): a schema error in one part
 * of a rubric no longer hides the names, ids, tiers, quotas and lint findings of the rest, and
 * what a refused part would cause elsewhere (a tier requiring it) is not reported twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/commands/rubric.js';
import { runCli, transcript } from '../helpers/run-cli.js';
import { expectations, fixture, ROOT } from './helpers.js';

const FILE = fixture('all-at-once', 'several-mistakes.yaml');

beforeAll(() => {
  process.chdir(ROOT);
});

describe('rubric lint: every problem at once', () => {
  it('finds each marked mistake at its line and column, schema errors and the rest together', () => {
    const found = lintFile(FILE);
    for (const e of expectations(FILE)) {
      const at = found.filter((f) => f.code === e.code).map((f) => `${f.line}:${f.column}`);
      expect(at, e.code).toContain(`${e.line}:${e.column}`);
    }
  });

  it('does not echo a refused part: no unknown metric, criterion or tier for what the schema refused', () => {
    const found = lintFile(FILE);
    const echoes = found.filter(
      (f) =>
        (f.code === 'rubric.unknown-metric' && f.params.metric === 'service-area') ||
        (f.code === 'rubric.unknown-criterion' && f.params.criterion === 'lights') ||
        (f.code === 'rubric.unknown-tier' && f.params.tier === 'pass') ||
        f.code === 'rubric.tier-unreachable' ||
        f.code === 'lint.total-points',
    );
    expect(echoes).toEqual([]);
    expect(
      found
        .filter((f) => f.severity === 'error')
        .map((f) => f.code)
        .sort(),
    ).toEqual([
      'lint.name-clash',
      'rubric.duplicate-id',
      'rubric.tier-order',
      'rubric.unknown-criterion',
      'rubric.unknown-facility',
      'rubric.unknown-tier',
      'schema.invalid-value',
      'schema.invalid-value',
      'schema.invalid-value',
      'schema.unknown-key',
    ]);
  });

  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`prints them all in one run, in ${lang}`, async () => {
      const r = runCli(['rubric', 'lint', FILE, '--lang', lang]);
      expect(r.code).toBe(1);
      await expect(transcript(r)).toMatchFileSnapshot(`__golden__/lint-all-at-once.${lang}.txt`);
    });
  }

  it('still refuses the rubric everywhere it would be used', () => {
    const r = runCli(['rubric', 'show', FILE, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('schema.invalid-value');
  });
});
