/**
 * The workbook's quotas sheet heads its list of nearest candidates with the words the text and
 * HTML reports give the same list: 最有望达标的社区 for a rubric that scores communities (a
 * street's quota over its communities among them), 最有望达标的街道 for one that scores streets,
 * in three languages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-candidates-header-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const AS_OF = ['--as-of', '2005-12-31'];
/** A street with a street-scope quota (50% of its communities gold, test/fixtures/plan/rubric.yaml). */
const streetQuota = join(tmp, 'street-quota');

beforeAll(() => {
  mkdirSync(join(streetQuota, 'files'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/plan/rubric.yaml'), join(streetQuota, 'plan-test.yaml'));
  const flags: [string, string][] = [
    ['a', 'f1: true\n  f2: true\n  f3: true\n  f4: true'],
    ['b', 'f1: true\n  f2: false\n  f3: false\n  f4: false'],
    ['c', 'f1: false\n  f2: true\n  f3: true\n  f4: true'],
    ['d', 'f1: false\n  f2: false\n  f3: true\n  f4: true'],
  ];
  for (const [id, f] of flags)
    writeFileSync(
      join(streetQuota, 'files', `${id}.yaml`),
      `rubric: plan-test\ncommunity: { id: ${id}, name: ${id}社区, street: 五马街道 }\nperiod: 2005\nmetrics:\n  ${f}\n  safe: true\n  fire: false\n`,
    );
});

const args = (input: string) =>
  input === 'street-quota'
    ? [join(streetQuota, 'files'), '--rubrics', streetQuota, '--group', 'street']
    : [join(ROOT, input)];

async function quotaHeaders(input: string, lang: string): Promise<string[]> {
  const out = join(tmp, `${lang}-${input.replace(/\W/g, '')}.xlsx`);
  runCli(['rank', ...args(input), '--lang', lang, '-o', out, ...AS_OF]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.worksheets.find((w) =>
    /^(指标代码|指標代碼|Quota ID)$/.test(String(w.getRow(1).getCell(2).value)),
  );
  return (sheet!.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
}

describe('the quotas sheet names the candidates as the reports do', () => {
  const cases: [string, string, string][] = [
    ['examples/street-level', 'zh-CN', '最有望达标的街道'],
    ['examples/street-level', 'zh-TW', '最有望達標的街道'],
    ['examples/street-level', 'en', 'Nearest candidates'],
    ['street-quota', 'zh-CN', '最有望达标的社区'],
    ['street-quota', 'zh-TW', '最有望達標的社區'],
    ['street-quota', 'en', 'Nearest candidates'],
  ];
  const counts: Record<string, string> = {
    'examples/street-level zh-CN': '街道数',
    'examples/street-level zh-TW': '街道數',
    'examples/street-level en': 'Streets',
    'street-quota zh-CN': '社区数',
    'street-quota zh-TW': '社區數',
    'street-quota en': 'Communities',
  };
  for (const [input, lang, header] of cases)
    it(`${input} in ${lang}: ${header}`, async () => {
      const headers = await quotaHeaders(input, lang);
      expect(headers).toContain(header);
      // The count beside it is of what the rubric scores: 街道数 for streets, not 社区数.
      expect(headers).toContain(counts[`${input} ${lang}`]);
      expect(headers.join('|')).not.toMatch(/整改项|改善項目|their fixes/);
      // The text report heads the same list with the same words.
      const text = runCli(['rank', ...args(input), '--lang', lang, ...AS_OF]).stdout;
      expect(text).toContain(`${header}${lang === 'en' ? ':' : '：'}`);
      if (input === 'street-quota') {
        // And so does the HTML report, where a street's quota lists its candidates.
        const html = join(tmp, `${lang}.html`);
        runCli(['report', ...args(input), '--lang', lang, '-o', html, ...AS_OF]);
        expect(readFileSync(html, 'utf8')).toContain(`<p>${header}</p><ul>`);
      }
    });
});
