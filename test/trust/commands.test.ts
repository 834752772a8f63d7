/**
 * Issue 23: rank's trust holds on every command that reads submissions. A community's file that
 * names its own rubric (beside it, elsewhere, or nowhere at all) is refused alike by rank,
 * report, trend, plan, validate and convert, from a YAML file or a spreadsheet row: the same code,
 * whether the path exists or not, and its community is never scored under that rubric. (`check`
 * of one YAML file named on its own is a community's own work and follows its file's rubric:
 * rubric-policy.ts; check-formats.test.ts. `check` of a folder is held to the policy, here.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const LENIENT = `rubric: district-2005-community
extends: district-2005-community
tiers:
  - id: modern
    title: { zh-CN: 宽松等级, zh-TW: 寬鬆等級, en: Lenient tier }
    min-score: 10
    requires: []
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-trust-commands-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** examples/street with dingzi naming `named`; a lenient rubric beside it and one folder up. */
function street(name: string, named: string): string {
  const dir = join(tmp, name, 'street');
  cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
  writeFileSync(join(dir, 'lenient.yaml'), LENIENT);
  writeFileSync(join(dir, 'lenient.txt'), LENIENT);
  writeFileSync(join(dir, '..', 'lenient.yaml'), LENIENT);
  const file = join(dir, 'dingzi.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^rubric: .*$/m, `rubric: ${named}`));
  return dir;
}

/** The plan of examples/street, saved as `plan status` reads it. */
function savedPlan(): string {
  const file = join(tmp, 'plan.json');
  if (!existsSync(file)) {
    const r = runCli(['plan', join(ROOT, 'examples/street'), ...AS_OF, '-f', 'json', '-o', file]);
    expect(r.code, r.stderr).toBeLessThan(2);
  }
  return file;
}

/** Each command over a folder: its exit code and what it says, and whether dingzi was judged leniently. */
const COMMANDS: Record<string, (dir: string) => { code: number | null; said: string; lenient: boolean }> = {
  rank: (dir) => {
    const r = runCli(['rank', dir, ...AS_OF, '-f', 'json', '--lang', 'en']);
    const ranked = JSON.parse(r.stdout).tables.flatMap((t: { ranking: { id: string }[] }) => t.ranking);
    return { code: r.code, said: r.stderr, lenient: ranked.some((x: { id: string }) => x.id === 'dingzi') };
  },
  report: (dir) => {
    const r = runCli(['report', dir, ...AS_OF, '--lang', 'en']);
    return { code: r.code, said: r.stderr, lenient: r.stdout.includes('Lenient tier') };
  },
  trend: (dir) => {
    const r = runCli(['trend', dir, ...AS_OF, '-f', 'json', '--lang', 'en']);
    const t = JSON.parse(r.stdout).tables[0];
    const dingzi = t.communities.find((c: { id: string }) => c.id === 'dingzi');
    return {
      code: r.code,
      said: r.stderr,
      lenient: dingzi?.points.some((p: { scored: boolean }) => p.scored),
    };
  },
  // check of a folder holds every file to the office's policy, and the lenient rubric beside the
  // files (a rubric, not a submission) is skipped with a warning: it never makes the run exit 2.
  check: (dir) => {
    const r = runCli(['check', dir, ...AS_OF, '--lang', 'en']);
    return { code: r.code, said: r.stdout, lenient: r.stdout.includes('Lenient tier') };
  },
  validate: (dir) => {
    const r = runCli(['validate', dir, '--lang', 'en']);
    return { code: r.code, said: r.stdout, lenient: false };
  },
  plan: (dir) => {
    const r = runCli(['plan', dir, ...AS_OF, '--lang', 'en']);
    // plan's exit code says whether a plan meets the quotas (0 or 1), not whether a file was refused.
    return { code: r.code === 0 ? 1 : r.code, said: r.stderr, lenient: r.stdout.includes('Lenient tier') };
  },
  'plan status': (dir) => {
    const r = runCli(['plan', 'status', savedPlan(), dir, ...AS_OF, '--lang', 'en']);
    // Its exit code says whether the quotas are met now (0 or 1), as plan's.
    return { code: r.code === 0 ? 1 : r.code, said: r.stderr, lenient: r.stdout.includes('Lenient tier') };
  },
  convert: (dir) => {
    const out = join(dir, '..', `out-${Math.random().toString(36).slice(2)}`);
    const r = runCli(['convert', dir, '--to', 'yaml', '-o', out, '--lang', 'en']);
    return { code: r.code, said: r.stderr, lenient: existsSync(join(out, 'dingzi.yaml')) };
  },
};

const NAMED = [
  './lenient.yaml',
  '../lenient.yaml',
  'lenient.txt',
  '/etc/passwd',
  './missing.yaml',
  '/nowhere/x.yaml',
];

describe('a file naming its own rubric, under every command', () => {
  for (const [command, run] of Object.entries(COMMANDS))
    it(`${command}: refused alike whether the rubric exists or not`, () => {
      const answers = new Set<string>();
      for (const [k, named] of NAMED.entries()) {
        const dir = street(`${command}-${k}`, named);
        const r = run(dir);
        expect(r.code, `${command} ${named}: ${r.said}`).toBe(1);
        expect(r.lenient, `${command} ${named}`).toBe(false);
        const line = r.said.split('\n').find((l) => l.includes('dingzi.yaml') && l.includes('error'));
        expect(line, `${command} ${named}: ${r.said}`).toMatch(/trust\.rubric-not-allowed/);
        // The same answer for a path that exists and one that does not (no oracle).
        answers.add(line!.replace(dir, '<dir>').replace(named, '<named>'));
      }
      expect([...answers]).toHaveLength(1);
    });
});

describe('a spreadsheet row naming a rubric outside the allowed folders', () => {
  it.each(['csv', 'xlsx'])(
    '.%s: is refused without the rubric being read: none of its titles reach any output',
    async (ext) => {
      const outside = join(tmp, 'outside');
      mkdirSync(outside, { recursive: true });
      writeFileSync(
        join(outside, 'secret.yaml'),
        readFileSync(join(ROOT, 'rubrics/district-2005-community.yaml'), 'utf8')
          .replace(/^rubric: .*$/m, 'rubric: secret-rubric')
          .replaceAll('社区服务站和服务用房面积', '机密面积甲乙丙'),
      );
      const csv = join(tmp, `row-${ext}.csv`);
      expect(runCli(['convert', 'examples/street/dingzi.yaml', '--to', 'csv', '-o', csv]).code).toBe(0);
      const text = readFileSync(csv, 'utf8').replace(
        /district-2005-community/g,
        join(outside, 'secret.yaml'),
      );
      writeFileSync(csv, text.replace('社区服务站和服务用房面积', '机密面积甲乙'));
      const sheet = ext === 'csv' ? csv : join(tmp, 'row.xlsx');
      if (ext === 'xlsx') {
        // The same row in a workbook: convert's own, its rubric cell rewritten.
        expect(runCli(['convert', 'examples/street/dingzi.yaml', '--to', 'xlsx', '-o', sheet]).code).toBe(0);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(sheet);
        const ws = wb.worksheets[0]!;
        const col = (ws.getRow(2).values as unknown[]).indexOf('rubric');
        expect(col).toBeGreaterThan(0);
        ws.getRow(3).getCell(col).value = join(outside, 'secret.yaml');
        await wb.xlsx.writeFile(sheet);
      }
      const converted = join(tmp, `converted-${ext}`);
      for (const args of [
        ['rank', sheet, ...AS_OF],
        ['validate', sheet],
        ['trend', sheet, ...AS_OF],
        ['report', sheet, ...AS_OF],
        ['plan', sheet, ...AS_OF],
        ['convert', sheet, '--to', 'yaml', '-o', converted],
      ]) {
        const r = runCli([...args, '--lang', 'zh-CN']);
        expect(r.stdout + r.stderr).toContain('trust.rubric-not-allowed');
        expect(r.stdout + r.stderr).not.toContain('机密面积甲乙丙');
        expect(r.stdout + r.stderr).not.toContain('secret-rubric');
      }
      // convert wrote no file for the refused row.
      expect(existsSync(join(converted, 'dingzi.yaml'))).toBe(false);
    },
  );
});

describe('a rubric allowed by --rubrics under a built-in id', () => {
  for (const command of ['rank', 'report', 'trend', 'validate'])
    it(`${command}: is never merged into the built-in table: the file is marked, exit 1`, () => {
      const dir = street(`conflict-${command}`, './lenient.yaml');
      const args = command === 'validate' ? [] : AS_OF;
      const r = runCli([command, dir, '--rubrics', dir, ...args, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/dingzi\.yaml:\d+:\d+ +error +trust\.rubric-conflict/);
      expect(r.stdout).not.toContain('Lenient tier');
    });
});

/**
 * A second file for 桂柑社区 under a new id (guigan2, the same name and street, its figures
 * lowered): a look-alike claim, said by every command that reads a batch. check of a folder said
 * nothing of it (only of one id in two files).
 */
describe('one name under two ids, under every command', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'same-name', 'street');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'guigan.yaml'), 'utf8');
    writeFileSync(join(dir, 'zz-copy.yaml'), text.replace('id: guigan', 'id: guigan2'));
  });
  const RUNS: [string, (d: string) => string[]][] = [
    ['check', (d) => ['check', d, ...AS_OF]],
    ['validate', (d) => ['validate', d]],
    ['rank', (d) => ['rank', d, ...AS_OF]],
    ['trend', (d) => ['trend', d, ...AS_OF]],
    ['plan', (d) => ['plan', d, ...AS_OF]],
    ['report', (d) => ['report', d, ...AS_OF, '-o', join(d, '..', 'r.html')]],
  ];
  // The name is what is the same: every command puts the warning at the name (3:26), never at
  // the id (3:14); a spreadsheet row's, at its name's cell (B), not its id's (A).
  it.each(RUNS)("%s: claim.same-name at guigan.yaml's name, naming guigan2", (_label, args) => {
    const r = runCli([...args(dir), '--lang', 'en']);
    const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.includes('claim.same-name'));
    expect(line, r.stdout + r.stderr).toMatch(/guigan\.yaml:3:26 +warning +claim\.same-name .*guigan2/);
  });
  it.each(RUNS)("%s: claim.same-name at a row's name cell, in a workbook and a CSV file", (_label, args) => {
    const x = join(dir, '..', 'rows.xlsx');
    const csv = join(dir, '..', 'rows.csv');
    for (const [to, out] of [
      ['xlsx', x],
      ['csv', csv],
    ] as const)
      if (!existsSync(out)) expect(runCli(['convert', dir, '--to', to, '-o', out]).code).toBe(0);
    for (const [input, place] of [
      [x, /rows\.xlsx:'?[^!]+'?!B\d+ +warning +claim\.same-name/],
      [csv, /rows\.csv:\d+:2 +warning +claim\.same-name/],
    ] as const) {
      const r = runCli([...args(input), '--lang', 'en']);
      const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.includes('claim.same-name'));
      expect(line, r.stdout + r.stderr).toMatch(place);
    }
  });
});
