/**
 * The report's footer and its 台账核查 (evidence) and 督查 sections agree: the evidence warnings
 * the section lists (and stderr prints) are counted once with the warnings, never again as
 * "more in the ranked files, not listed"; the inspections' warnings, printed too, are counted.
 * Hand count: 府前 lists a missing and a changed file, 鼓楼's folder holds an unlisted one (3);
 * the inspections find two 虚报 and one overdue item (3): 6 warnings, all listed.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-footer-evidence-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const street = join(tmp, 'street');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const INSPECTIONS = ['--inspections', join(ROOT, 'examples/inspections/wuma-2005.yaml')];

beforeAll(() => {
  cpSync(join(ROOT, 'examples/street'), street, { recursive: true });
  const put = (name: string, text: string) => {
    mkdirSync(join(street, name, '..'), { recursive: true });
    writeFileSync(join(street, name), text);
  };
  put('evidence/fuqian/office.jpg', 'office photo');
  put('evidence/fuqian/minutes.pdf', 'minutes, edited');
  put('evidence/gulou/patrol.jpg', 'patrol photo');
  put('evidence/gulou/unlisted.jpg', 'stray');
  const add = (file: string, block: string) =>
    writeFileSync(join(street, file), readFileSync(join(street, file), 'utf8') + block);
  add(
    'fuqian.yaml',
    `evidence:
  office-service-area-300:
    - { path: evidence/fuqian/office.jpg, sha256: ${sha('office photo')}, kind: 照片 }
    - { path: evidence/fuqian/gone.jpg, sha256: ${sha('gone')}, kind: 照片 }
  open-affairs:
    - { path: evidence/fuqian/minutes.pdf, sha256: ${sha('minutes')}, kind: 会议记录 }
`,
  );
  add(
    'gulou.yaml',
    `evidence:
  patrol-team:
    - { path: evidence/gulou/patrol.jpg, sha256: ${sha('patrol photo')}, kind: 照片 }
`,
  );
});

const footer = (html: string) => /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';

describe('the footer counts what the evidence and inspection sections list', () => {
  const want: Record<string, RegExp> = {
    'zh-CN': /<p>9 份自评：9 份参加排名，0 份未评分，警告 6 个<\/p>/,
    'zh-TW': /<p>9 份自評：9 份參加排名，0 份未評分，警告 6 個<\/p>/,
    en: /<p>9 self-assessments: 9 ranked, 0 not scored, 6 warnings<\/p>/,
  };
  for (const [lang, line] of Object.entries(want))
    it(lang, () => {
      const out = join(tmp, `r-${lang}.html`);
      const r = runCli(['report', street, ...INSPECTIONS, '-o', out, '--lang', lang]);
      expect(r.code).toBe(1);
      const html = readFileSync(out, 'utf8');
      expect(footer(html)).toMatch(line);
      expect(footer(html)).not.toMatch(/未逐条列出|未逐條列出|not listed/);
      // The warnings printed on stderr are the ones counted: 3 of evidence, 3 of inspections.
      const printed = r.stderr.split('\n').filter((l) => /\s(警告|warning)\s/.test(l));
      expect(printed.filter((l) => / evidence\./.test(l))).toHaveLength(3);
      expect(printed.filter((l) => / inspection\./.test(l))).toHaveLength(3);
    });

  it('the evidence section names the two communities and the three files', () => {
    const html = readFileSync(join(tmp, 'r-zh-CN.html'), 'utf8');
    expect(html).toContain('9个社区中有2个的台账缺失、被改动或未登记');
    for (const f of [
      'evidence/fuqian/gone.jpg',
      'evidence/fuqian/minutes.pdf',
      'evidence/gulou/unlisted.jpg',
    ])
      expect(html).toContain(f);
  });

  it('rank says the same in its summary line', () => {
    const r = runCli(['rank', street, ...INSPECTIONS, '--lang', 'en']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '9 self-assessments: 9 ranked, 0 not scored, 6 warnings',
    );
    const json = JSON.parse(runCli(['rank', street, ...INSPECTIONS, '--format', 'json']).stdout);
    expect(json.summary).toMatchObject({ warnings: 6, fileWarnings: 0 });
  });
});
