/**
 * `report` says what check and rank say of evidence (台账), through the CLI: a section per rubric
 * table with each community whose evidence is missing, changed or unlisted and the criteria
 * counted as 无数据 for want of it, and on its page each finding at the line that lists it; the
 * same findings on stderr (the text). In three languages; in the PDF too, where a browser exists.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { browserPath } from '../helpers/street-report.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** three-services needs a photo or minutes; drug-free any evidence (as test/evidence/evidence.test.ts). */
const RUBRIC = `rubric: ev-test
extends: lucheng-model-2002
sections:
  - id: services
    criteria:
      - { id: three-services, evidence: [照片, 会议记录] }
  - id: environment
    criteria:
      - { id: drug-free, evidence: required }
`;

/** guigan.yaml (the Lucheng example) with the evidence block given, and the files in its folder. */
function setup(evidence: string, files: Record<string, string>, rubric = RUBRIC) {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-evidence-report-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'rubrics'));
  writeFileSync(join(dir, 'rubrics', 'rubric.yaml'), rubric);
  const base = readFileSync(join(ROOT, 'examples/lucheng/guigan.yaml'), 'utf8').replace(
    'rubric: lucheng-model-2002',
    'rubric: rubrics/rubric.yaml',
  );
  writeFileSync(join(dir, 'guigan.yaml'), base + evidence);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    const t = new Date(Date.now() - 3600_000);
    utimesSync(join(dir, name), t, t);
  }
  return dir;
}

const BROKEN = `evidence:
  three-services:
    - { path: evidence/guigan/hotline.jpg, sha256: ${sha('hotline photo')}, kind: 照片 }
    - path: evidence/guigan/gone.jpg
      sha256: ${sha('gone')}
  drug-free:
    - { path: evidence/guigan/minutes.pdf, sha256: ${sha('an older text')}, kind: 会议记录 }
`;
const FILES = {
  'evidence/guigan/hotline.jpg': 'hotline photo',
  'evidence/guigan/minutes.pdf': 'minutes of the residents congress',
  'evidence/guigan/stray.jpg': 'nobody lists me',
};

function report(dir: string, lang: string, extra: string[] = []) {
  const out = join(dir, `report-${lang}.html`);
  const r = runCli(['report', '--rubrics', 'rubrics', 'guigan.yaml', '-o', out, '--lang', lang, ...extra], {
    cwd: dir,
    env: { CIVSCORE_CACHE_DIR: join(dir, '.cache') },
  });
  return { ...r, html: readFileSync(out, 'utf8') };
}

/** The evidence section's table rows, as cell texts. */
function evidenceRows(html: string): string[][] {
  const table = /<table class="evidence">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .map((m) =>
      [...m[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
    )
    .slice(1);
}
const lineOf = (dir: string, needle: string) =>
  readFileSync(join(dir, 'guigan.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('report: evidence (台账)', () => {
  it('a section names the community: 1 missing, 1 changed, 1 unlisted, 无毒社区 as 无数据 (zh-CN)', () => {
    const dir = setup(BROKEN, FILES);
    const r = report(dir, 'zh-CN');
    expect(r.code).not.toBe(2);
    expect(r.html).toContain('<h2 id="t1-evidence">台账核查</h2>');
    expect(r.html).toContain(
      '1个社区中有1个的台账缺失、被改动或未登记；必备台账不完好的评分项共1项，按无数据计',
    );
    expect(evidenceRows(r.html)).toEqual([['桂柑社区（guigan）', '1', '1', '1', '0', '无毒社区']]);
    // The contents link to it, and the row to the community's page.
    expect(r.html).toContain('href="#t1-evidence"');
    expect(r.html).toMatch(/<a href="#t1-c1">桂柑社区<span class="aside">（guigan）<\/span><\/a>/);
    // On the page: each finding at the line that lists it, in the file's order.
    const page = /<ul class="evidence-findings">([\s\S]*?)<\/ul>/.exec(r.html)?.[1] ?? '';
    const places = [...page.matchAll(/<code>guigan\.yaml:(\d+):\d+<\/code>/g)].map((m) => Number(m[1]));
    expect(places).toEqual([lineOf(dir, 'evidence:'), lineOf(dir, 'gone.jpg'), lineOf(dir, 'minutes.pdf')]);
    expect(page).toContain('无毒社区的台账“evidence/guigan/minutes.pdf”已被改动');
    expect(page).toContain('“evidence/guigan/stray.jpg”未登记在任何评分项下');
    // The criterion whose required evidence changed: 无数据, and why.
    expect(r.html).toContain(
      '<tr><td>无毒社区</td><td class="status-no-data">无数据</td><td class="num">0 / 8</td><td>缺少完好的台账，按无数据计</td>',
    );
    // The text: the same findings on stderr, as rank gives them.
    for (const code of ['evidence.missing', 'evidence.changed', 'evidence.unreferenced'])
      expect(r.stderr).toMatch(new RegExp(`guigan\\.yaml:\\d+:\\d+  警告  ${code.replace('.', '\\.')}`));
  });

  it('in English and zh-TW', () => {
    const dir = setup(BROKEN, FILES);
    const en = report(dir, 'en');
    expect(en.html).toContain('Evidence (台账)');
    expect(en.html).toContain('<th scope="col">No data for want of evidence</th>');
    expect(evidenceRows(en.html)[0]![0]).toBe('桂柑社区 (guigan)');
    expect(en.stderr).toMatch(/guigan\.yaml:\d+:\d+ +warning +evidence\.missing/);
    const tw = report(dir, 'zh-TW');
    expect(tw.html).toContain('佐證資料核查');
    expect(tw.html).toContain('以無資料計');
    expect(tw.html).toContain('無毒社區的佐證資料「evidence/guigan/minutes.pdf」已被改動');
  });

  it('all intact: the section says so, and no page lists a finding', () => {
    const dir = setup(
      `evidence:\n  three-services:\n    - { path: evidence/guigan/hotline.jpg, sha256: ${sha('hotline photo')}, kind: 照片 }\n  drug-free:\n    - { path: evidence/guigan/minutes.pdf, sha256: ${sha('minutes')}, kind: 会议记录 }\n`,
      { 'evidence/guigan/hotline.jpg': 'hotline photo', 'evidence/guigan/minutes.pdf': 'minutes' },
    );
    const r = report(dir, 'zh-CN');
    expect(r.html).toContain('1个社区的台账齐全、未被改动，且均已登记');
    expect(r.html).not.toContain('<table class="evidence">');
    expect(r.html).not.toContain('<ul class="evidence-findings">');
  });

  it('required evidence never listed: 无数据 in the section, though no file is wrong', () => {
    const dir = setup('', {});
    const r = report(dir, 'zh-CN');
    expect(evidenceRows(r.html)).toEqual([
      ['桂柑社区（guigan）', '0', '0', '0', '0', '无毒社区；一线通、一卡通、一点通'],
    ]);
  });

  it('a rubric that asks for no evidence, and none listed: no section', () => {
    const dir = setup('', {}, 'rubric: ev-test\nextends: lucheng-model-2002\n');
    expect(report(dir, 'zh-CN').html).not.toContain('台账核查');
  });

  it('--pages none: the section still counts the findings (无数据 unknown without the pages)', () => {
    const dir = setup(BROKEN, FILES);
    const r = report(dir, 'zh-CN', ['--pages', 'none']);
    expect(evidenceRows(r.html)).toEqual([['桂柑社区（guigan）', '1', '1', '1', '0', '—']]);
    expect(r.html).toContain(
      '1个社区中有1个的台账缺失、被改动或未登记（本报告未列入社区评分页，因缺台账按无数据计的评分项未在此统计',
    );
  });

  const executable = browserPath();
  it.skipIf(!executable)('in the PDF: pdftotext reads the section and the page’s findings', () => {
    const dir = setup(BROKEN, FILES);
    const out = join(dir, 'report.pdf');
    const r = runCli(
      ['report', '--rubrics', 'rubrics', 'guigan.yaml', '-f', 'pdf', '-o', out, '--lang', 'zh-CN'],
      { cwd: dir, env: { CHROME_PATH: executable!, CIVSCORE_CACHE_DIR: join(dir, '.cache') } },
    );
    expect(r.code).not.toBe(2);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('台账核查');
    expect(text).toContain('缺台账按无数据计');
    expect(text).toContain(`guigan.yaml:${lineOf(dir, 'gone.jpg')}:`);
  });
});
