/**
 * Inspections (督查) as a hostile hand would write them: a 复查 by an inspector whose name shows
 * nothing (U+200B, U+2060, a Hangul filler) is a 复查 by nobody. It closes no 整改 item and takes no
 * point back; the record is left out with `inspection.field-missing` at its place, in YAML and CSV.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-insp-forgery-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const STREET = join(ROOT, 'examples/street');

/** 菱藕社区's patrol found missing on 2005-10-01 (整改 by 2005-11-01), then a 复查 by `who`. */
function yamlWith(who: string): string {
  return [
    'inspections: t',
    'period: 2005',
    'records:',
    '  - { community: lingou, metric: patrol-team, value: 否, date: 2005-10-01, inspector: 王, kind: 暗访, deadline: 2005-11-01 }',
    `  - { community: lingou, metric: patrol-team, value: 是, date: 2005-11-20, inspector: ${JSON.stringify(who)}, kind: 复查 }`,
    '',
  ].join('\n');
}

function lingou(file: string) {
  const r = runCli([
    'rank',
    STREET,
    '--inspections',
    file,
    '-f',
    'json',
    '--lang',
    'en',
    '--as-of',
    '2005-12-31',
  ]);
  const c = JSON.parse(r.stdout).tables[0].ranking.find((x: { id: string }) => x.id === 'lingou');
  return { r, c };
}

describe('a 复查 by nobody', () => {
  it('a named inspector closes the item (the control case)', () => {
    const f = join(tmp, 'named.yaml');
    writeFileSync(f, yamlWith('王'));
    expect(lingou(f).c.inspection.metrics[0].item.status).toBe('closed');
  });

  for (const [what, who] of [
    ['a zero-width space', '\u200b'],
    ['a word joiner and a Hangul filler', '\u2060\u3164'],
    ['an ideographic space', '\u3000'],
  ] as const)
    it(`an inspector of ${what} closes nothing, and is said at the record (YAML)`, () => {
      const f = join(tmp, `nobody-${who.codePointAt(0)}.yaml`);
      writeFileSync(f, yamlWith(who));
      const { r, c } = lingou(f);
      expect(c.inspection.metrics[0].item.status).toBe('overdue');
      expect(r.stderr).toMatch(/nobody-\d+\.yaml:5:5 +error +inspection\.field-missing .*inspector/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

  it('in a CSV file alike', () => {
    const f = join(tmp, 'nobody.csv');
    writeFileSync(
      f,
      '社区编号,指标,实测值,日期,督查人,督查方式,整改时限\n' +
        'lingou,patrol-team,否,2005-10-01,王,暗访,2005-11-01\n' +
        'lingou,patrol-team,是,2005-11-20,\u200b\u200d,复查,\n',
    );
    const { r, c } = lingou(f);
    expect(c.inspection.metrics[0].item.status).toBe('overdue');
    expect(r.stderr).toMatch(/nobody\.csv:3:\d+ +error +inspection\.field-missing/);
  });
});

/**
 * One inspection listed twice (the inspections file copied into the folder as `a (1).yaml`, a row
 * pasted twice into the CSV) took its deduction twice: 菱藕社区 77 − 2 − 2 = 73. It counts once,
 * under every command that takes --inspections. Two records of one inspection that disagree are
 * an error and neither applies, whichever file comes first.
 */
describe('one inspection counted once', () => {
  const WUMA = join(ROOT, 'examples/inspections/wuma-2005.yaml');
  const folder = join(tmp, 'copied');
  mkdirSync(folder);
  copyFileSync(WUMA, join(folder, 'wuma-2005.yaml'));
  copyFileSync(WUMA, join(folder, 'wuma-2005 (1).yaml'));
  const csv = join(tmp, 'pasted.csv');
  writeFileSync(
    csv,
    '社区编号,指标,实测值,日期,督查人,督查方式,扣分,整改时限\n' +
      'lingou,patrol-team,否,2005-10-20,李敏,暗访,2,2005-11-20\n' +
      'lingou,patrol-team,否,2005-10-20,李敏,暗访,2,2005-11-20\n',
  );
  const AS_OF = ['--as-of', '2005-12-31', '--lang', 'en'];
  /** 菱藕社区's verified total as each command shows it. */
  const COMMANDS: Record<string, (inspections: string) => { total: number; stderr: string }> = {
    rank: (i) => {
      const r = runCli(['rank', STREET, '--inspections', i, '-f', 'json', ...AS_OF]);
      const c = JSON.parse(r.stdout).tables[0].ranking.find((x: { id: string }) => x.id === 'lingou');
      return { total: c.total, stderr: r.stderr };
    },
    check: (i) => {
      const r = runCli(['check', join(STREET, 'lingou.yaml'), '--inspections', i, '-f', 'json', ...AS_OF]);
      return { total: JSON.parse(r.stdout).files[0].result.total, stderr: r.stderr };
    },
    trend: (i) => {
      const r = runCli(['trend', STREET, '--inspections', i, '-f', 'json', ...AS_OF]);
      const c = JSON.parse(r.stdout).tables[0].communities.find((x: { id: string }) => x.id === 'lingou');
      return { total: c.points[0].total, stderr: r.stderr };
    },
  };
  for (const [command, run] of Object.entries(COMMANDS)) {
    it(`${command}: a copied inspections file deducts once (YAML folder)`, () => {
      const r = run(folder);
      expect(r.total, r.stderr).toBe(75);
      expect(r.stderr).toMatch(
        /wuma-2005( \(1\))?\.yaml:37:5 +warning +inspection\.duplicate .*already listed at .*wuma-2005( \(1\))?\.yaml:37:5/,
      );
    });
    it(`${command}: a row pasted twice deducts once (CSV)`, () => {
      const r = run(csv);
      expect(r.total, r.stderr).toBe(75);
      expect(r.stderr).toMatch(/pasted\.csv:3:\d+ +warning +inspection\.duplicate .*pasted\.csv:2:\d+/);
    });
  }

  it('two records of one inspection that disagree: an error, and neither applies, in either order', () => {
    const rec = (value: string) =>
      `  - { community: guigan, metric: service-area, value: ${value}, date: 2005-11-01, inspector: 王, kind: 明查 }`;
    for (const [name, order] of [
      ['low-first', ['10 m2', '400 m2']],
      ['high-first', ['400 m2', '10 m2']],
    ] as const) {
      const f = join(tmp, `${name}.yaml`);
      writeFileSync(
        f,
        ['inspections: t', 'period: 2005', 'records:', rec(order[0]), rec(order[1]), ''].join('\n'),
      );
      const r = runCli(['rank', STREET, '--inspections', f, '-f', 'json', ...AS_OF]);
      expect(r.code).toBe(1);
      const c = JSON.parse(r.stdout).tables[0].ranking.find((x: { id: string }) => x.id === 'guigan');
      expect(c.total).toBe(100);
      expect(r.stderr).toMatch(
        new RegExp(`${name}\\.yaml:5:5 +error +inspection\\.conflict .*${name}\\.yaml:4:5`),
      );
    }
  });
});

describe('an inspections CSV past a bound', () => {
  it('says the bound it is past, and no header missing that is there', () => {
    const f = join(tmp, 'many.csv');
    const row = 'guigan,service-area,320 m2,2005-11-01,王,明查\n';
    writeFileSync(f, `社区编号,指标,实测值,日期,督查人,督查方式\n${row.repeat(6000)}`);
    const r = runCli(['rank', STREET, '--inspections', f, '--as-of', '2005-12-31', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/many\.csv:1:1 +error +sheet\.too-many-rows/);
    expect(r.stderr).not.toContain('inspection.header');
  });
});

/**
 * Without --as-of, 整改 items are judged by the latest inspection day. One record dated 2099 (of
 * any community, even one that matches no submission) moved that day for every community:
 * 府前社区's item, due 2005-12-15, went from open to overdue. A record dated more than a year after
 * the period it checks is an error and not applied; a record of another year moves only that
 * year's day.
 */
describe('a forged inspection day', () => {
  const WUMA = join(ROOT, 'examples/inspections/wuma-2005.yaml');
  const fuqian = (extra: string) => {
    const f = join(tmp, `day-${extra.length}.yaml`);
    writeFileSync(f, `${readFileSync(WUMA, 'utf8')}${extra}\n`);
    const r = runCli(['rank', STREET, '--inspections', f, '-f', 'json', '--lang', 'en']);
    const c = JSON.parse(r.stdout).tables[0].ranking.find((x: { id: string }) => x.id === 'fuqian');
    return { r, status: c.inspection.metrics[0].item.status, asOf: JSON.parse(r.stdout).inspections.asOf };
  };
  it('the control: fuqian open as of the last inspection, 2005-12-02', () => {
    expect(fuqian('')).toMatchObject({ status: 'open', asOf: '2005-12-02' });
  });
  it('a record of 2005 dated 2099: an error at its date, not applied; fuqian still open', () => {
    const { r, ...got } = fuqian(
      '  - { community: taoli, metric: households, value: 2100, date: 2099-01-01, inspector: 王, kind: 明查 }',
    );
    expect(got).toEqual({ status: 'open', asOf: '2005-12-02' });
    expect(r.stderr).toMatch(/day-\d+\.yaml:46:\d+ +error +inspection\.date-after-period/);
  });
  it('a record of 2099 for nobody: not applied, and moves no 2005 item', () => {
    const { r, ...got } = fuqian(
      '  - { community: nobody, metric: households, value: 1, date: 2099-01-01, inspector: 王, kind: 明查, period: 2099 }',
    );
    expect(got).toEqual({ status: 'open', asOf: '2005-12-02' });
    expect(r.stderr).toContain('inspection.unknown-community');
  });
});
