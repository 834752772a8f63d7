/**
 * SECURITY.md's promise on which rubric a submission may name, kept by `check`: one YAML file
 * named on its own (a community checking its own work) follows the rubric path it names; several
 * files, a folder, a glob or a workbook or CSV file are held to the operator's policy as rank holds
 * them, with one answer for a refused path whether it exists or not, the refused rubric never read
 * (its titles reach no output), and `--rubrics <dir>` allows a folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-check-policy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sub = join(tmp, 'sub');
const outside = join(tmp, 'outside');
/** A title only the rubric outside has: seen in an output only if that rubric was read. */
const SECRET = '外部评分细则标题';

beforeAll(() => {
  mkdirSync(sub);
  mkdirSync(outside);
  writeFileSync(
    join(outside, 'lenient.yaml'),
    readFileSync(join(ROOT, 'rubrics/district-2005-community.yaml'), 'utf8').replace(
      /^title:\n {2}zh-CN: [^\n]*/m,
      `title:\n  zh-CN: ${SECRET}`,
    ),
  );
  for (const id of ['fuqian', 'taoli'])
    writeFileSync(
      join(sub, `${id}.yaml`),
      readFileSync(join(ROOT, `examples/street/${id}.yaml`), 'utf8').replace(
        /^rubric: .*$/m,
        'rubric: ../outside/lenient.yaml',
      ),
    );
  // A file naming a rubric path that does not exist: the same answer as one that does.
  writeFileSync(
    join(sub, 'gulou.yaml'),
    readFileSync(join(ROOT, 'examples/street/gulou.yaml'), 'utf8').replace(
      /^rubric: .*$/m,
      'rubric: ../outside/missing.yaml',
    ),
  );
  // The same communities as CSV rows, whose rubric cell names the path outside.
  const csv = join(tmp, 'street.csv');
  expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', csv]).code).toBe(0);
  writeFileSync(
    join(sub, 'rows.csv'),
    readFileSync(csv, 'utf8').replaceAll(',district-2005-community,', ',../outside/lenient.yaml,'),
  );
  cpSync(join(sub, 'rows.csv'), join(tmp, 'rows.csv'));
});

const notAllowed = /trust\.rubric-not-allowed/;

describe('check keeps the rubric promise', () => {
  it('one YAML file named on its own follows the rubric path it names', () => {
    const r = runCli(['check', join(sub, 'fuqian.yaml'), '--lang', 'zh-CN']);
    expect(r.stdout).toContain(SECRET);
    expect(r.stderr + r.stdout).not.toMatch(notAllowed);
  });

  const batches: [string, string[]][] = [
    ['two files', [join(sub, 'fuqian.yaml'), join(sub, 'taoli.yaml')]],
    ['a folder', [sub]],
    ['a glob', [join(sub, 'f*.yaml')]],
    ['a CSV file', [join(tmp, 'rows.csv')]],
  ];
  for (const [what, inputs] of batches)
    it(`${what}: the policy decides, the rubric outside is never read`, () => {
      const r = runCli(['check', ...inputs, '--lang', 'zh-CN', '--format', 'json']);
      expect(r.code).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all).toMatch(notAllowed);
      expect(all).not.toContain(SECRET);
      const files = JSON.parse(r.stdout).files as { findings: { code: string }[] }[];
      // Every submission naming the path outside is refused (the CSV's nine rows, each).
      const refused = files.filter((f) => f.findings.some((x) => x.code === 'trust.rubric-not-allowed'));
      expect(refused.length).toBe(what === 'a CSV file' ? 9 : what === 'a folder' ? 12 : inputs.length);
    });

  it('a path that exists and one that does not get the same answer', () => {
    const r = runCli(['check', join(sub, 'fuqian.yaml'), join(sub, 'gulou.yaml'), '--format', 'json']);
    const [a, b] = JSON.parse(r.stdout).files as { findings: { code: string; message: string }[] }[];
    const refusal = (f: { findings: { code: string; message: string }[] }) =>
      f.findings.find((x) => x.code === 'trust.rubric-not-allowed')!.message.replace(/\S+\.yaml/, 'X');
    expect(refusal(a!)).toBe(refusal(b!));
  });

  it('--rubrics allows the folder, for a batch and for one file', () => {
    const r = runCli([
      'check',
      join(sub, 'fuqian.yaml'),
      join(sub, 'taoli.yaml'),
      '--rubrics',
      outside,
      '--lang',
      'zh-CN',
    ]);
    expect(r.stdout).toContain(SECRET);
    expect(r.stdout + r.stderr).not.toMatch(notAllowed);
    // Given --rubrics, a single file is held to it too: a path elsewhere is refused.
    const elsewhere = mkdtempSync(join(tmp, 'elsewhere-'));
    const one = runCli(['check', join(sub, 'fuqian.yaml'), '--rubrics', elsewhere]);
    expect(one.code).toBe(1);
    expect(one.stdout + one.stderr).toMatch(notAllowed);
    // A built-in rubric is always allowed.
    expect(runCli(['check', join(ROOT, 'examples/street')]).stderr).not.toMatch(notAllowed);
  });
});
