/**
 * Issue 11 point 9, small versions of bench/hostile.js's cases through the binary: each gives its
 * findings and ends normally. Time and memory limits are checked by `npm run bench:hostile`
 * at full size, not here (a timed unit test on a shared machine cannot be trusted).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { aliasBomb, hugeRubric, longUnknownKeys, machineDir } from './generate-machine.js';

const dir = machineDir();
const en = (...args: string[]) => runCli(['--lang', 'en', ...args]);

describe('hostile inputs, small', () => {
  test('many long unknown keys: one warning each', () => {
    const file = longUnknownKeys(join(dir(), 'keys'), 300, 400);
    const r = en('validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain('300 warnings');
  });

  test('aliases of a long string: refused or read, never an internal error', () => {
    const r = en('validate', aliasBomb(join(dir(), 'alias'), 20, 20_000));
    expect(r.stdout + r.stderr).not.toContain('internal error');
    expect([0, 1]).toContain(r.code);
  });

  test('a rubric of many criteria is checked and shown', () => {
    const { rubric, file } = hugeRubric(join(dir(), 'huge'), 300);
    expect(en('check', file).code).toBe(0);
    expect(en('rubric', 'show', rubric).code).toBe(0);
  });
});
