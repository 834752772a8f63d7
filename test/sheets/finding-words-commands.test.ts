/**
 * A workbook row's finding is worded alike by every command that reads it: a facility or a metric
 * by its title in the reader's language (社区服务站), never by its id (service-station), which
 * convert printed, having no rubric to word it with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { streetWorkbook } from '../helpers/street-workbook.js';

let tmp: string;
let book: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-finding-words-'));
  book = join(tmp, 'street.xlsx');
  const wb = await streetWorkbook(book);
  // dingzi's service station: a word that is neither an area nor yes/no.
  wb.worksheets[0]!.getCell('R3').value = 'two';
  await wb.xlsx.writeFile(book);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RUNS: Record<string, (lang: string) => string[]> = {
  check: (lang) => ['check', book, '--lang', lang],
  validate: (lang) => ['validate', book, '--lang', lang],
  rank: (lang) => ['rank', book, '--lang', lang],
  convert: (lang) => [
    'convert',
    book,
    '--to',
    'csv',
    '-o',
    join(tmp, `out-${lang}.csv`),
    '--force',
    '--lang',
    lang,
  ],
};

describe.each([
  ['zh-CN', '社区服务站'],
  ['zh-TW', '社區服務站'],
])('in %s', (lang, title) => {
  it.each(Object.keys(RUNS))('%s names the facility by its title', (command) => {
    const r = runCli(RUNS[command]!(lang));
    const line = (r.stdout + r.stderr).split('\n').find((l) => l.includes('sheet.facility-value'));
    expect(line, r.stderr).toMatch(/street\.xlsx:'Self-assessment'!R3 /);
    expect(line).toContain(title);
    expect(line).not.toContain('service-station');
    expect(r.code).toBe(1);
  });
});
