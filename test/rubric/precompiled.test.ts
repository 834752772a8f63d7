/**
 * Built-in rubrics precompiled by the build (dist/rubrics/<id>.json): every one is, and loading
 * it gives exactly what reading its YAML gives, findings (masked figures) and positions included.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinIds, type LoadedRubric, loadRubric, precompileBuiltin } from '../../src/load/rubrics.js';
import { ROOT } from './helpers.js';

describe('precompiled built-in rubrics', () => {
  it('precompiles every built-in rubric', () => {
    for (const id of builtinIds()) {
      expect(precompileBuiltin(id), id).toBeTypeOf('string');
      expect(existsSync(join(ROOT, 'dist', 'rubrics', `${id}.json`)), id).toBe(true);
    }
  });

  it('loads from dist/rubrics exactly what the YAML gives', async () => {
    const built = join(ROOT, 'dist', 'load', 'rubrics.js');
    const dist = (await import(pathToFileURL(built).href)) as { loadRubric(ref: string): LoadedRubric };
    for (const id of builtinIds()) expect(dist.loadRubric(id), id).toEqual(loadRubric(id));
    expect(loadRubric('lucheng-model-2002').findings.map((f) => f.code)).toContain('rubric.figure-masked');
  });
});
