/**
 * One folder of YAML files and a workbook (or a CSV file) of the same street: every command says
 * the same things at the same places. A community claimed in a YAML file and in a spreadsheet row
 * is validate.duplicate-id at the YAML key and at the row's id cell (`street.xlsx:Sheet!A3`, a CSV
 * file's line:column), never at a made-up `A3:1:1`; an unscored file's warnings (the typo that is
 * why a metric is missing) are listed by trend as by rank, report and check.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-mixed-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder holding the whole street as one spreadsheet of `kind`, and dingzi.yaml under each of `names`. */
function streetWith(folder: string, kind: 'xlsx' | 'csv', names: readonly string[]): string {
  const dir = join(tmp, folder);
  if (existsSync(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  const c = runCli([
    'convert',
    join(ROOT, 'examples/street'),
    '--to',
    kind,
    '-o',
    join(dir, `street.${kind}`),
  ]);
  expect(c.code, c.stderr).toBe(0);
  for (const name of names) cpSync(join(ROOT, 'examples/street/dingzi.yaml'), join(dir, name));
  return dir;
}

/** A folder holding dingzi.yaml and the whole street as one spreadsheet of `kind`. */
const mixedFolder = (kind: 'xlsx' | 'csv') => streetWith(`mixed-${kind}`, kind, ['dingzi.yaml']);

const COMMANDS = ['check', 'validate', 'rank', 'trend', 'plan', 'report'] as const;
const args = (command: string, dir: string) =>
  command === 'validate' ? [command, dir, '--lang', 'en'] : [command, dir, ...AS_OF, '--lang', 'en'];

describe.each([
  ['xlsx', /street\.xlsx:'Self-assessment'!A3 {2}error {2}validate\.duplicate-id/],
  ['csv', /street\.csv:3:1 {2}error {2}validate\.duplicate-id/],
] as const)('one id in a YAML file and a %s row', (kind, rowPlace) => {
  it.each(COMMANDS)('%s marks both, the row at its id cell, and fails the run', (command) => {
    const dir = mixedFolder(kind);
    const r = runCli(args(command, dir));
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/dingzi\.yaml:4:14 {2}error {2}validate\.duplicate-id/);
    expect(said).toMatch(rowPlace);
    // A sheet cell is never given a line and column besides.
    expect(said).not.toMatch(/![A-Z]+\d+:\d+:\d+/);
    expect(r.code).toBe(1);
  });
});

describe('an unscored file with a typo', () => {
  /** examples/street with dingzi's `households` misspelt: the metric is missing, the typo is why. */
  function typoStreet(): string {
    const dir = join(tmp, 'typo', 'street');
    cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
    const file = join(dir, 'dingzi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  households: 2100', '  househlds: 2100'));
    return dir;
  }

  it.each(['check', 'rank', 'trend', 'plan', 'report'])(
    '%s lists the unknown metric beside the missing one, and counts it',
    (command) => {
      const r = runCli(args(command, typoStreet()));
      const said = r.stdout + r.stderr;
      expect(said).toMatch(/error {2}assessment\.metric-missing/);
      expect(said).toMatch(/dingzi\.yaml:\d+:\d+ {2}warning {2}assessment\.unknown-metric/);
      if (command !== 'check') expect(said).not.toMatch(/ 0 warnings/);
      expect(r.code).toBe(1);
    },
  );
});

describe('one id in three submissions', () => {
  /** dingzi claimed by its YAML file, a copy of it, and the workbook's row. */
  const thrice = () => streetWith('thrice', 'xlsx', ['a.yaml', 'b.yaml']);

  it.each([
    ['zh-CN', /也出现在 \S+b\.yaml、\S+street\.xlsx:'Self-assessment'!A3 中/],
    ['zh-TW', /也出現在 \S+b\.yaml、\S+street\.xlsx:'Self-assessment'!A3 中/],
    ['en', /also used in \S+b\.yaml and \S+street\.xlsx:'Self-assessment'!A3;/],
  ])('names the other two as a list in %s, in every command and format', (lang, list) => {
    const dir = thrice();
    for (const command of COMMANDS) {
      const r = runCli([...args(command, dir).slice(0, -2), '--lang', lang]);
      const said = (r.stdout + r.stderr).split('\n').filter((l) => l.includes('validate.duplicate-id'));
      expect(said.join('\n'), command).toMatch(list);
      expect(said.join('\n'), command).not.toMatch(lang === 'en' ? /、/ : /\.yaml, /);
    }
    for (const format of ['github', 'junit', 'sarif']) {
      const r = runCli(['validate', dir, '-f', format, '--lang', lang]);
      expect(r.stdout, format).not.toMatch(lang === 'en' ? /、/ : /\.yaml, /);
    }
    const json = JSON.parse(runCli(['validate', dir, '-f', 'json', '--lang', lang]).stdout);
    const params = JSON.stringify(json).match(/"others":(\[[^\]]*\])/);
    expect(params?.[1]).toMatch(/^\["/);
  });
});
