/** What `npm pack` ships: the bundles and what a user reads, no tsc output, no per-Node cache. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the package', () => {
  it('ships the bundles, the rubrics, the docs, LICENSE and CHANGELOG, and nothing else from dist', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    for (const f of ['LICENSE', 'CHANGELOG.md', 'docs/formats.md', 'README.md', 'bin/civscore.js'])
      expect(files).toContain(f);
    const dist = files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/rubrics/'));
    // exceljs bundled on its own, loaded only for a spreadsheet (scripts/bundle.mjs).
    expect(dist.sort()).toEqual([
      'dist/batch/results-worker.js',
      'dist/batch/worker.cjs',
      'dist/batch/worker.js',
      'dist/cli/main.cjs',
      'dist/cli/main.js',
      'dist/vendor/exceljs.cjs',
      'dist/vendor/hyparquet-writer.cjs',
    ]);
    expect(files.some((f) => f.endsWith('.v8cache'))).toBe(false);
  });

  it('installs no runtime dependency the bundles already hold, and runs no script on install', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    // playwright-core is not bundled: `report --format pdf` loads it to drive the system browser;
    // highs (HiGHS as WebAssembly) neither: `plan` loads it only for a coupled problem.
    expect(Object.keys(pkg.dependencies)).toEqual(['highs', 'opencc-js', 'playwright-core']);
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[s]).toBeUndefined();
    expect(readFileSync('README.md', 'utf8')).toContain('docs/formats.md');
  });
});
