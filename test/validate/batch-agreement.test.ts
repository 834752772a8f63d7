/**
 * validate through the batch (js-yaml fast parse, worker threads) must say exactly what the
 * one-file-at-a-time `yaml` path says: the same files, codes, params, positions and order, in
 * every format, for any number of jobs. Over the examples, the validate fixtures and generated
 * files, duplicates among clean files included (their ids are placed only when needed).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { runValidate, type ValidateOptions } from '../../src/cli/commands/validate.js';
import type { CliContext } from '../../src/cli/context.js';
import { civscore, FIXTURES, RUBRIC, RUBRIC_DIR } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-validate-batch-'));
  generate(join(dir, 'gen'), 600, 11);
  // The same communities again in another folder: duplicate ids among files the fast path answers.
  const gen = (readdirSync(join(dir, 'gen'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  mkdirSync(join(dir, 'again'));
  for (const f of gen.slice(0, 40))
    copyFileSync(join(dir, 'gen', f), join(dir, 'again', f.replace(/\//g, '_')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(inputs: string[], opts: Partial<ValidateOptions>): Promise<{ code: number; out: string }> {
  let out = '';
  const ctx: CliContext = {
    lang: 'en',
    color: false,
    verbose: false,
    stdout: (s) => {
      out += s;
    },
    stderr: () => {},
    today: '2005-12-31',
    stderrIsTTY: false,
  };
  const code = await runValidate(inputs, { format: 'json', jobs: 1, rubrics: [RUBRIC_DIR], ...opts }, ctx);
  return { code, out };
}

const inputSets = (): Array<[string, string[], Partial<ValidateOptions>]> => [
  ['examples', ['examples'], {}],
  ['validate fixtures', [FIXTURES], {}],
  ['validate fixtures, --rubric', [FIXTURES], { rubric: RUBRIC }],
  ['generated files and duplicates', [dir], {}],
];

describe('validate: fast path = yaml path', () => {
  it('gives the same JSON, text and SARIF with the fast path on and off', async () => {
    for (const [, inputs, opts] of inputSets()) {
      for (const format of ['json', 'text', 'sarif'] as const) {
        const slow = await run(inputs, { ...opts, format, fast: false });
        const fast = await run(inputs, { ...opts, format });
        expect(fast.code).toBe(slow.code);
        expect(fast.out).toBe(slow.out);
      }
    }
  }, 120_000);

  it('finds the duplicates among clean generated files, placed at their ids', async () => {
    const r = JSON.parse((await run([dir], {})).out) as {
      files: { file: string; findings: { code: string; line: number; column: number }[] }[];
    };
    const dups = r.files.flatMap((f) => f.findings.filter((x) => x.code === 'validate.duplicate-id'));
    expect(dups.length).toBeGreaterThanOrEqual(80);
    expect(dups.every((d) => d.line > 1)).toBe(true);
  }, 60_000);

  it('gives the same output for --jobs 1 and --jobs 2 (the built CLI, worker threads)', () => {
    for (const [, inputs, opts] of inputSets()) {
      const extra = opts.rubric ? ['--rubric', opts.rubric] : [];
      const one = civscore(['validate', ...inputs, ...extra, '--format', 'json', '--jobs', '1']);
      const two = civscore(['validate', ...inputs, ...extra, '--format', 'json', '--jobs', '2']);
      expect(two.status).toBe(one.status);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
  }, 120_000);
});
