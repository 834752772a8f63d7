/** rubric lint: one broken rubric per check, each with its code and file:line:column. */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/commands/rubric.js';
import { runCli } from '../helpers/run-cli.js';
import { expectations, FIXTURES, fixture, ROOT, yamlFiles } from './helpers.js';

beforeAll(() => {
  process.chdir(ROOT);
});

describe('rubric lint: one broken rubric per check', () => {
  const files = yamlFiles(`${FIXTURES}/lint`);
  it('has a fixture for every check', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
  for (const file of files) {
    const expected = expectations(file);
    it(`${file}: ${expected.map((e) => e.code).join(', ')}`, () => {
      expect(expected.length).toBeGreaterThan(0);
      const found = lintFile(file);
      for (const e of expected) {
        const hit = found.filter((f) => f.code === e.code);
        expect(
          hit.map((f) => `${f.file}:${f.line}:${f.column}`),
          e.code,
        ).toContain(`${file}:${e.line}:${e.column}`);
      }
    });
  }

  it('warns of a deduction band an earlier one always takes, not of bands that overlap in order', () => {
    const found = lintFile(fixture('lint', 'band-shadowed.yaml')).filter(
      (f) => f.code === 'lint.band-shadowed',
    );
    expect(found.map((f) => f.params)).toEqual([{ first: 1, second: 2 }]);
  });

  it('a good rubric has no errors and no warnings', () => {
    const found = lintFile(fixture('good.yaml'));
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('every built-in rubric lints without errors', async () => {
    const { builtinIds, builtinPath } = await import('../../src/load/rubrics.js');
    for (const id of builtinIds()) {
      const errors = lintFile(builtinPath(id)!).filter((f) => f.severity === 'error');
      expect(errors, id).toEqual([]);
    }
  });
});

describe('civscore rubric lint (binary)', () => {
  it('prints file:line:column, code and message, and exits 1 on errors', () => {
    const file = fixture('lint', 'duplicate-id.yaml');
    const r = runCli(['rubric', 'lint', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    const [e] = expectations(file);
    expect(r.stdout).toContain(
      `${file}:${e!.line}:${e!.column}  error  rubric.duplicate-id  id "area" is already used`,
    );
    expect(r.stdout).toMatch(/1 rubric file: 1 error,/);
  });

  it('exits 0 on warnings only, 1 over --max-warnings', () => {
    const file = fixture('lint', 'unused-metric.yaml');
    expect(runCli(['rubric', 'lint', file]).code).toBe(0);
    expect(runCli(['rubric', 'lint', file, '--max-warnings', '0']).code).toBe(1);
  });

  it('exits 2 when a file does not exist', () => {
    expect(runCli(['rubric', 'lint', fixture('no-such.yaml')]).code).toBe(2);
  });

  it('gives findings as JSON with positions', () => {
    const r = runCli(['rubric', 'lint', fixture('lint', 'tier-order.yaml'), '-f', 'json']);
    const out = JSON.parse(r.stdout) as { errors: number; findings: { code: string; line: number }[] };
    expect(out.errors).toBe(1);
    expect(out.findings.map((f) => f.code)).toContain('rubric.tier-order');
  });

  it('names an extends cycle with its chain', () => {
    const r = runCli(['rubric', 'lint', fixture('extends', 'cycle-a.yaml'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('extends.cycle');
    expect(r.stdout).toMatch(/cycle-a\.yaml → .*cycle-b\.yaml → .*cycle-a\.yaml/);
  });
});
