/**
 * The 整改台账 workbook's drop-downs, as the file says them and as LibreOffice reads them. Without
 * LibreOffice: the sheet's own XML has one list validation on the 状态 column (from row 2 down),
 * its values inline and within Excel's 255 characters. With LibreOffice (`soffice`, not installed
 * in CI: the test skips there): the workbook converted headless to flat ODS keeps the list as a
 * content validation on the status cells, in zh-CN and en, and the alternatives sheet comes along.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/plan/rubric.yaml');
const COSTS = join(ROOT, 'test/fixtures/plan/costs.yaml');
let dir: string;

function soffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice'])
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return bin;
    } catch {}
  return undefined;
}
const OFFICE = soffice();

/** The parts of a zip, by name (stored or deflated), from its central directory. */
function unzip(bytes: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    out.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

function ledger(lang: string): string {
  const out = join(dir, `ledger-${lang}.xlsx`);
  const w = runCli(
    [
      'plan',
      join(dir, 'jia'),
      '--rubric',
      RUBRIC,
      '--costs',
      COSTS,
      '--within',
      '500%',
      '--lang',
      lang,
      '--output',
      out,
    ],
    { env: { COLUMNS: '80' } },
  );
  expect(w.code).toBe(0);
  return out;
}

const STATUS = {
  'zh-CN': ['未开始', '整改中', '已完成', '已销号', '已逾期'],
  en: ['not started', 'in progress', 'done', 'closed', 'overdue'],
} as const;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-ledger-'));
  const community = (id: string, flags: Record<string, boolean>) => {
    const all = { f1: false, f2: false, f3: false, f4: false, safe: true, fire: false, ...flags };
    mkdirSync(join(dir, 'jia'), { recursive: true });
    writeFileSync(
      join(dir, 'jia', `${id}.yaml`),
      `rubric: plan-test\ncommunity: { id: ${id}, name: ${id}社区, street: 甲街道 }\nperiod: 2005\nmetrics:\n${Object.entries(
        all,
      )
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
  };
  community('a', { f1: true, f2: true, f3: true, f4: true });
  community('b', { f1: true, f2: true });
  community('c', { f2: true, f3: true, f4: true });
  community('d', { f3: true, f4: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the 整改台账 drop-downs', () => {
  for (const lang of ['zh-CN', 'en'] as const)
    it(`are in the sheet's XML: one list on 状态 from row 2 down (${lang})`, () => {
      const parts = unzip(readFileSync(ledger(lang)));
      const sheet = parts.get('xl/worksheets/sheet1.xml')!;
      const validations = [...sheet.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map(
        (m) => m[0],
      );
      expect(validations).toHaveLength(1);
      const v = validations[0]!;
      expect(v).toContain('type="list"');
      expect(v).toMatch(/sqref="I2(:I\d+)?"/);
      const list = /<formula1>&quot;(.*)&quot;<\/formula1>/.exec(v)![1]!;
      expect(list.split(',')).toEqual([...STATUS[lang]]);
      // Excel (and LibreOffice's import) take an inline list of at most 255 characters.
      expect(list.length).toBeLessThanOrEqual(255);
      // The alternatives sheet is the second sheet, with no drop-down of its own.
      expect(parts.get('xl/workbook.xml')).toMatch(/<sheet [^>]*name="(备选方案|Alternative plans)"/);
      expect(parts.get('xl/worksheets/sheet2.xml')).not.toContain('<dataValidation');
    });

  it.skipIf(!OFFICE)(
    'survive LibreOffice: converted headless to flat ODS, the status cells keep the list',
    () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const xlsx = ledger(lang);
        const out = join(dir, `ods-${lang}`);
        execFileSync(
          OFFICE!,
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--convert-to',
            'fods',
            '--outdir',
            out,
            xlsx,
          ],
          { stdio: 'ignore', timeout: 180_000 },
        );
        const fods = readFileSync(join(out, `ledger-${lang}.fods`), 'utf8');
        const def = /<table:content-validation table:name="([^"]+)" table:condition="([^"]+)"/.exec(fods);
        expect(def).not.toBeNull();
        const values = [...def![2]!.replaceAll('&quot;', '"').matchAll(/"([^"]*)"/g)].map((m) => m[1]);
        expect(def![2]).toMatch(/^of:cell-content-is-in-list\(/);
        expect(values).toEqual([...STATUS[lang]]);
        // The status cells carry it: the first data row's 9th cell says the first status.
        expect(fods).toMatch(
          new RegExp(
            `table:content-validation-name="${def![1]}"[^>]*>\\s*<text:p>${STATUS[lang][0]}</text:p>`,
          ),
        );
        expect(fods).toMatch(lang === 'en' ? /table:name="Alternative plans"/ : /table:name="备选方案"/);
      }
    },
    400_000,
  );
});
