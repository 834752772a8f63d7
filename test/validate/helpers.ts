/** Shared by the validate tests: the built CLI, temporary folders, the fixture rubric. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = 'test/fixtures/validate';
export const RUBRIC = 'test/fixtures/validate-rubric/mini.yaml';
export const RUBRIC_ABS = join(ROOT, RUBRIC);
/** The fixtures name their rubric by path: an office allows its folder, as validate requires. */
export const RUBRIC_DIR = join(ROOT, 'test/fixtures/validate-rubric');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in-process (npm test builds first), colour off, English unless asked. */
export function civscore(args: string[], options: { cwd?: string } = {}): CliRun {
  // validate runs with the fixture rubric's folder allowed (--rubrics), as an office would run it.
  const allow = args.includes('validate') ? ['--rubrics', RUBRIC_DIR] : [];
  const r = runCli([...args, ...allow], {
    cwd: options.cwd ?? ROOT,
    env: { LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-validate-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid self-assessment for the fixture rubric, with the given id. */
export function validYaml(id: string, rubric = RUBRIC_ABS): string {
  return `rubric: ${rubric}
community: { id: ${id}, name: 测试社区${id}, street: 五马街道, district: 鹿城区 }
period: 2005
metrics:
  service-area: 320 m2
  households: 2400
  light-rate: 96%
  drug-free: true
facilities:
  - { kind: 社区警务室, area: 25 m2 }
  - { kind: reading-room, area: 40平方米 }
`;
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
