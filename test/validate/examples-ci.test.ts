/** examples/ci: the workflow's command runs as written; the pre-commit files are well-formed. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { civscore, tempDir, validYaml } from './helpers.js';

interface Step {
  run?: string;
  uses?: string;
}

describe('examples/ci', () => {
  test('the GitHub workflow runs validate with GitHub annotations, and that command works', () => {
    const wf = parse(readFileSync('examples/ci/.github/workflows/civscore.yml', 'utf8'));
    const steps: Step[] = wf.jobs.validate.steps;
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    const run = steps.find((s) => s.run?.includes('civscore validate'))!.run!;
    expect(run).toContain('civscore validate submissions --format github');
    // Pinned: installed from the committed release tarball, never `npx civscore` from the registry.
    expect(steps.some((s) => /npm install --global \.\/tools\/civscore-[\d.]+\.tgz/.test(s.run ?? ''))).toBe(
      true,
    );
    expect(JSON.stringify(wf)).not.toMatch(/npx/);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@')) as {
      with?: { 'node-version'?: number };
    };
    expect(node.with?.['node-version']).toBeGreaterThanOrEqual(22);
    // Run the same arguments (after `civscore`) against a small submissions tree.
    const args = run
      .replace(/^civscore /, '')
      .match(/'[^']*'|\S+/g)!
      .map((a) => a.replace(/^'|'$/g, ''));
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'submissions/wuma'), { recursive: true });
      writeFileSync(join(dir, 'submissions/wuma/a.yaml'), validYaml('a'));
      writeFileSync(join(dir, 'submissions/b.yaml'), validYaml('b'));
      writeFileSync(join(dir, 'submissions/d.yml'), 'metrics: [\n');
      // A .yml file is checked too (a '*.yaml' glob skipped it).
      const yml = civscore(args, { cwd: dir });
      expect(yml.stdout).toMatch(/^::error file=submissions\/d\.yml,/m);
      writeFileSync(join(dir, 'submissions/d.yml'), validYaml('d'));
      const ok = civscore(args, { cwd: dir });
      expect(ok.status).toBe(0);
      writeFileSync(join(dir, 'submissions/wuma/c.yaml'), 'metrics: [\n');
      const bad = civscore(args, { cwd: dir });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(
        /^::error file=submissions\/wuma\/c\.yaml,line=\d+,col=\d+,title=load\.unclosed-bracket::/m,
      );
    } finally {
      cleanup();
    }
  });

  test('pre-commit: the published hook and the example configuration', () => {
    const hooks = parse(readFileSync('examples/ci/.pre-commit-hooks.yaml', 'utf8'));
    expect(hooks[0]).toMatchObject({ id: 'civscore-validate', entry: 'civscore validate', language: 'node' });
    // Only submissions, never the workflows and configs that are YAML too.
    expect(new RegExp(hooks[0].files).test('.github/workflows/validate.yml')).toBe(false);
    const config = parse(readFileSync('examples/ci/.pre-commit-config.yaml', 'utf8'));
    const hook = config.repos[0].hooks[0];
    expect(hook.entry).toMatch(/civscore validate/);
    expect(new RegExp(hook.files).test('submissions/wuma/a.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('.pre-commit-config.yaml')).toBe(false);
    expect(new RegExp(hooks[0].files).test('submissions/wuma/a.yml')).toBe(true);
  });
});
