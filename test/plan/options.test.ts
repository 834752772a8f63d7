/**
 * The plan's options that cli.test.ts leaves out, through the CLI in zh-CN and en: --roster (a
 * listed community with no file counts and blocks), --waivers, --rubric, --rubrics, --group,
 * --jobs, --max-size, --time-limit; plan status in English; and report --costs (the plan page in
 * the HTML report, in its contents, in both languages; a cost file with errors stops it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const STREET = join(ROOT, 'examples/street');
const COSTS = join(ROOT, 'examples/plan/costs-2005.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-options-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (args: string[], lang: string) =>
  runCli(['plan', STREET, '--costs', COSTS, '--lang', lang, ...args], { env: { COLUMNS: '80' } });

describe('plan: the intake options', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`--roster (${lang}): a listed community with no file counts in each quota's n`, () => {
      const roster = join(dir, `roster-${lang}.csv`);
      writeFileSync(
        roster,
        `${readFileSync(join(ROOT, 'examples/rosters/wuma-street.csv'), 'utf8').trimEnd()}\n五马街道,xinjie,新街社区,鹿城区\n`,
      );
      const r = plan(['--roster', roster, '--format', 'json'], lang);
      const j = JSON.parse(r.stdout);
      expect(j.tables[0].quotas.map((q: { n: number }) => q.n)).toEqual([10, 10]);
      const text = plan(['--roster', roster], lang);
      expect(text.stdout).toMatch(lang === 'en' ? /10 after the plan|of 10/ : /\/10个/);
    });

    it(`--waivers, --rubric, --rubrics, --group, --jobs, --max-size, --time-limit (${lang})`, () => {
      const base = JSON.parse(plan(['--format', 'json'], lang).stdout);
      // 花柳塘's patrol item is waived: the plan may not cost more than without the waiver.
      const waived = plan(
        [
          '--waivers',
          join(ROOT, 'examples/waivers/district-2005.yaml'),
          '--as-of',
          '2005-06-30',
          '--format',
          'json',
        ],
        lang,
      );
      expect(waived.code).toBe(0);
      expect(JSON.parse(waived.stdout).cost).toBeLessThanOrEqual(base.cost);
      for (const extra of [
        ['--rubric', 'district-2005-community'],
        ['--rubrics', join(ROOT, 'rubrics')],
        ['--group', 'street'],
        ['--jobs', '1'],
        ['--max-size', '1MB'],
        ['--time-limit', '5'],
      ]) {
        const r = plan([...extra, '--format', 'json'], lang);
        expect(r.code, `${extra.join(' ')}: ${r.stderr}`).toBe(0);
        expect(JSON.parse(r.stdout).cost, extra.join(' ')).toBe(base.cost);
      }
      // A file larger than --max-size is not read: the community counts, unscored.
      const small = plan(['--max-size', '100', '--format', 'json'], lang);
      expect(small.stderr).toContain('load.too-large');
      expect(plan(['--time-limit', '0'], lang).code).toBe(2);
    });
  }
});

describe('plan status in English', () => {
  it('the table fits 80 columns and says what is overdue', () => {
    const saved = join(dir, 'plan.json');
    expect(runCli(['plan', STREET, '--costs', COSTS, '--as-of', '2005-03-01', '-o', saved]).code).toBe(0);
    const r = runCli(['plan', 'status', saved, STREET, '--as-of', '2005-12-31', '--lang', 'en'], {
      env: { COLUMNS: '80' },
    });
    expect(r.code).toBe(1);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('overdue: build a community help station');
    expect(r.stdout).toContain('0 of 7 fixes done (0 closed), 7 overdue');
    expect(r.stdout).toContain('Not every quota is met yet');
  });
});

describe('report --costs: the plan page', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`HTML (${lang}): the plan section, in the contents, one row per fix`, () => {
      const out = join(dir, `report-${lang}.html`);
      const r = runCli([
        'report',
        STREET,
        '--costs',
        COSTS,
        '--as-of',
        '2005-03-01',
        '--lang',
        lang,
        '--pages',
        'none',
        '-o',
        out,
      ]);
      expect(r.code).toBe(1); // the quotas are short today: report's own exit code
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<section class="plan-section" id="plan">');
      expect(html).toContain('href="#plan"');
      expect(html).toContain(lang === 'en' ? 'Improvement plan' : '整改计划');
      expect(html).toContain('2005-04-01'); // the help station, due a month after the plan's day
      // Seven fixes: seven rows in the plan's table.
      const table = html.slice(
        html.indexOf('<table class="plan"'),
        html.indexOf('</table>', html.indexOf('<table class="plan"')),
      );
      expect(table.match(/<tr[ >]/g)?.length).toBe(1 + 7);
      expect(html).toContain(lang === 'en' ? 'District total: ¥389,000' : '全区合计：38.9万元');
    });
  }

  it('without --costs there is no plan page; a cost file with errors stops the report (exit 2)', () => {
    const out = join(dir, 'plain.html');
    runCli(['report', STREET, '--pages', 'none', '-o', out]);
    expect(readFileSync(out, 'utf8')).not.toContain('<section class="plan-section"');
    const bad = join(dir, 'bad-costs.yaml');
    writeFileSync(
      bad,
      'rubric: district-2005-community\nmetrics:\n  major-incident: { way: build, fixed: 1 }\n',
    );
    const r = runCli(['report', STREET, '--costs', bad, '-o', join(dir, 'x.html'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.costs-invalid');
  });
});
