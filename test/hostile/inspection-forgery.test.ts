/**
 * Inspections (督查) as a hostile hand would write them: a 复查 by an inspector whose name shows
 * nothing (U+200B, U+2060, a Hangul filler) is a 复查 by nobody. It closes no 整改 item and takes no
 * point back; the record is left out with `inspection.field-missing` at its place, in YAML and CSV.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
