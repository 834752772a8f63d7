/**
 * convert promises not to lose a value: what a file holds that convert does not carry is said, at
 * its key, whatever is written. A criterion's evidence (台账, as `evidence add` lists it) and a key
 * the schema does not have (top level, or in the community's mapping) were left out in silence.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { streetWorkbook } from '../helpers/street-workbook.js';

let tmp: string;
let dir: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-convert-dropped-'));
  dir = join(tmp, 'street');
  cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
  writeFileSync(join(dir, 'photo.jpg'), 'a photo');
  const file = join(dir, 'dingzi.yaml');
  const e = runCli(['evidence', 'add', file, 'photo.jpg', '-c', 'service-area-150', '-k', '照片'], {
    cwd: dir,
  });
  expect(e.code, e.stderr).toBe(0);
  const text = readFileSync(file, 'utf8')
    .replace('period: 2005', 'period: 2005\nreviewer: 张三')
    .replace('type: 老城区 }', 'type: 老城区, phone: 88001234 }');
  writeFileSync(file, text);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(['yaml', 'xlsx', 'csv'])('convert --to %s', (to) => {
  it('says each value it leaves out, at its key, and still converts', () => {
    const out = join(tmp, `out-${to}${to === 'yaml' ? '' : `.${to}`}`);
    const r = runCli(['convert', dir, '--to', to, '-o', out, '--force', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /dingzi\.yaml:\d+:\d+ {2}warning {2}convert\.dropped\.evidence .*"service-area-150"/,
    );
    expect(r.stderr).toMatch(/dingzi\.yaml:6:1 {2}warning {2}convert\.dropped\.unknown-key .*"reviewer"/);
    expect(r.stderr).toMatch(
      /dingzi\.yaml:4:\d+ {2}warning {2}convert\.dropped\.unknown-key .*"community\.phone"/,
    );
    expect(r.stderr).toMatch(/9 communities converted/);
  });
});

it.each(['zh-CN', 'zh-TW'])('says it in %s', (lang) => {
  const r = runCli(['convert', dir, '--to', 'csv', '-o', join(tmp, `lang-${lang}.csv`), '--lang', lang]);
  const line = r.stderr.split('\n').find((l) => l.includes('convert.dropped.evidence'))!;
  expect(line).toMatch(lang === 'zh-CN' ? /台账/ : /台帳/);
  expect(line).not.toMatch(/warning|evidence \(/);
});

it('says a workbook row’s 台账 column left out, at its cell', async () => {
  const book = join(tmp, 'evidence.xlsx');
  const wb = await streetWorkbook(book);
  const ws = wb.worksheets[0]!;
  ws.getCell('AD1').value = '台账：service-area-150';
  ws.getCell('AD3').value = 'photo.jpg';
  await wb.xlsx.writeFile(book);
  const r = runCli(['convert', book, '--to', 'yaml', '-o', join(tmp, 'from-book'), '--lang', 'en']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/evidence\.xlsx:'Self-assessment'!AD3 {2}warning {2}convert\.dropped\.evidence/);
});
