/**
 * The V8 code caches of the bundles (scripts/bundle.mjs makes them, bin/run-bundle.js uses them):
 * one per set of V8 flags, since V8 refuses a cache made under other flags. Before there was one
 * per flavour, a large batch (relaunched with its own flags) compiled the 2 MB bundle from source
 * on its main thread and in its worker.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const { GC_FLAGS, RESULTS_FLAGS, SHEET_FLAGS, cacheFlavour, cacheFile } = createRequire(import.meta.url)(
  join(ROOT, 'bin', 'run-bundle.js'),
) as {
  GC_FLAGS: string[];
  SHEET_FLAGS: string[];
  RESULTS_FLAGS: string[];
  cacheFlavour(execArgv: string[]): string;
  cacheFile(file: string, flavour: string): string;
};

/** Compiles `bundle` with its cache of `flavour` under `flags`, as run-bundle does; whether V8 took it. */
function accepted(bundle: string, flavour: string, flags: string[]): boolean {
  const script = `
    const { readFileSync } = require('node:fs');
    const vm = require('node:vm');
    const file = ${JSON.stringify(bundle)};
    const source = readFileSync(file, 'utf8');
    const head = /^\\/\\/ civscore-build (\\w+)\\n/.exec(source)[1] + '\\n';
    const bytes = readFileSync(${JSON.stringify(cacheFile(bundle, flavour))});
    if (bytes.subarray(0, head.length).toString('latin1') !== head) throw new Error('cache of another build');
    const s = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', {
      filename: file,
      cachedData: bytes.subarray(head.length),
    });
    process.stdout.write(String(!s.cachedDataRejected));
  `;
  const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout === 'true';
}

const MAIN = join(ROOT, 'dist', 'cli', 'main.cjs');
const WORKER = join(ROOT, 'dist', 'batch', 'worker.cjs');

describe('code caches', () => {
  it('are chosen by the V8 flags the process runs with', () => {
    expect(cacheFlavour([])).toBe('');
    expect(cacheFlavour(['--cpu-prof'])).toBe('');
    expect(cacheFlavour([GC_FLAGS[0]!])).toBe('');
    expect(cacheFlavour([...GC_FLAGS])).toBe('batch');
    expect(cacheFlavour(['--cpu-prof', ...GC_FLAGS, ...SHEET_FLAGS])).toBe('sheet');
    expect(cacheFlavour([...GC_FLAGS, ...SHEET_FLAGS, ...RESULTS_FLAGS])).toBe('results');
    expect(cacheFile(MAIN, '')).toBe(`${MAIN}.v8cache`);
    expect(cacheFile(MAIN, 'batch')).toBe(`${MAIN}.batch.v8cache`);
  });

  it('are made for this build and taken by V8 under the flags of their flavour', () => {
    expect(accepted(MAIN, '', [])).toBe(true);
    expect(accepted(MAIN, 'batch', GC_FLAGS)).toBe(true);
    expect(accepted(MAIN, 'sheet', [...GC_FLAGS, ...SHEET_FLAGS])).toBe(true);
    expect(accepted(MAIN, 'results', [...GC_FLAGS, ...SHEET_FLAGS, ...RESULTS_FLAGS])).toBe(true);
    expect(accepted(WORKER, 'batch', GC_FLAGS)).toBe(true);
    // What made one cache per flavour necessary: V8 refuses the plain cache in a large batch.
    expect(accepted(MAIN, '', GC_FLAGS)).toBe(false);
  });
});
