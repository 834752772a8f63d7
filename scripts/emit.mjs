// `npm run build`, first step: every module of src/ as JavaScript in dist/ (one file each, as
// tsc would write them), for the scripts and benchmarks that import them (scripts/bundle.mjs
// precompiles the built-in rubrics with dist/load/rubrics.js). esbuild only strips the types, in
// well under a second where tsc took some 12 s of `npm test`'s time: the types are checked by
// `npm run typecheck` (tsc --noEmit), which CI runs beside the tests (.ci/run).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const sources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join('src', f));
await build({
  entryPoints: sources,
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: false,
  logLevel: 'warning',
});
