/**
 * Every figure not in the source is marked ※ where a user sees it, and a conferred title is never
 * said to be held (issue #25, point 5), through the built binary, on a small rubric worked by hand:
 *
 * - 活动室达100平方米以上 (room, 50 points): its points quoted (`practice: []`), so unmarked;
 * - 建有志愿者队伍 (volunteers, 30) and 一区一警 (police, 20): points from practice (the rubric's
 *   default `source.practice: [points, min-score, requires]`), marked;
 * - 市级文明社区 (≥ 80, requires 一区一警, `conferred: true`): threshold and requirement from
 *   practice, marked; 达标社区 (≥ 50): its threshold quoted (`practice: []`), unmarked.
 *
 * full: 120 m², team, 1 officer → 50 + 30 + 20 = 100, meets 市级文明社区: "可申报".
 * nopolice: 120 m², team, no officer → 80: enough for 市级文明社区 by points, held back by its own
 *   一区一警 requirement → 达标社区.
 * novol: 120 m², no team, 1 officer → 70 → 达标社区, 10 short of 市级文明社区.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { browserPath } from '../helpers/street-report.js';

const RUBRIC = `rubric: marks-demo
title: { zh-CN: 标记示例, zh-TW: 標記示例, en: Marks demo }
year: 2024
source:
  title: { zh-CN: 示例讲话, zh-TW: 示例講話, en: Demo speech }
  file: demo.txt
  practice: [points, min-score, requires]
metrics:
  room-area: { type: area, title: { zh-CN: 活动室面积, zh-TW: 活動室面積, en: Activity room area } }
  volunteer-team: { type: flag, title: { zh-CN: 建有志愿者队伍, zh-TW: 建有志願者隊伍, en: Volunteer team } }
  police-officers: { type: count, title: { zh-CN: 社区民警人数, zh-TW: 社區民警人數, en: Community police officers } }
sections:
  - id: facilities
    title: { zh-CN: 设施, zh-TW: 設施, en: Facilities }
    criteria:
      - id: room
        title: { zh-CN: 活动室达100平方米以上, zh-TW: 活動室達100平方公尺以上, en: Activity room of 100 m² }
        kind: threshold
        metric: room-area
        at-least: 100 m2
        points: 50
        source: { file: demo.txt, quote: 活动室面积达100平方米以上，计50分, practice: [] }
      - id: volunteers
        title: { zh-CN: 志愿者队伍, zh-TW: 志願者隊伍, en: Volunteer team }
        kind: flag
        metric: volunteer-team
        points: 30
        source:
          file: demo.txt
          quote: 建立“志愿者”队伍
          note: Scored as common practice does (an English note).
      - id: police
        title: { zh-CN: 一区一警, zh-TW: 一區一警, en: One officer per community }
        kind: threshold
        metric: police-officers
        at-least: 1
        points: 20
        source: { file: demo.txt, quote: 一区一警 }
tiers:
  - id: city
    title: { zh-CN: 市级文明社区, zh-TW: 市級文明社區, en: City civilized community }
    min-score: 80
    conferred: true
    requires: [police]
  - id: pass
    title: { zh-CN: 达标社区, zh-TW: 達標社區, en: Passing community }
    min-score: 50
    source: { file: demo.txt, quote: 五十分以上为达标, practice: [] }
`;

const community = (id: string, name: string, team: boolean, officers: number) =>
  `rubric: marks-demo
community: { id: ${id}, name: ${name}, street: 示例街道, district: 示例区 }
period: 2024
metrics:
  room-area: 120 m2
  volunteer-team: ${team}
  police-officers: ${officers}
`;

let tmp: string;
let rubric: string;
let dir: string;
const file = (id: string) => join(dir, `${id}.yaml`);
const check = (id: string, lang: string, ...more: string[]) =>
  runCli(['check', file(id), '--rubric', rubric, '--lang', lang, ...more]);
const LEGEND = '※ 非原文，参照通行做法：来源文件中没有这一项或这一数值';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-marks-'));
  rubric = join(tmp, 'marks-demo.yaml');
  writeFileSync(rubric, RUBRIC);
  dir = join(tmp, 'street');
  mkdirSync(dir);
  writeFileSync(file('full'), community('full', '满分社区', true, 1));
  writeFileSync(file('nopolice'), community('nopolice', '无警社区', true, 0));
  writeFileSync(file('novol'), community('novol', '无队社区', false, 1));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('check marks what is not in the source, and never says a conferred title is held', () => {
  it('full: 100 points meets 市级文明社区, said as the standard to apply, marked', () => {
    const r = check('full', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('总分：100 / 100');
    expect(r.stdout).toContain('达到市级文明社区申报标准，可申报市级文明社区 ※');
    expect(r.stdout).not.toContain('等级：市级文明社区');
    // Mixed origins: each practice row's points are marked, the quoted one not, the head not.
    expect(r.stdout).toMatch(/活动室达100平方米以上 +│ 达标 +│ +50 \/ 50 │/);
    expect(r.stdout).toMatch(/志愿者队伍 +│ 达标 +│ 30 \/ 30 ※ │/);
    expect(r.stdout).toMatch(/一区一警 +│ 达标 +│ 20 \/ 20 ※ │/);
    expect(r.stdout).not.toContain('得分 ※');
    expect(r.stdout).toContain(LEGEND);
    const tw = check('full', 'zh-TW');
    expect(tw.stdout).toContain('達到市級文明社區申報標準，可申報市級文明社區 ※');
    expect(tw.stdout).toContain('※ 非原文，參照通行做法：原始出處中沒有這一項或這個數值');
    const en = check('full', 'en');
    expect(en.stdout).toContain('Meets the standard to apply for City civilized community');
    expect(en.stdout).not.toContain('Tier: City civilized community');
  });

  it('nopolice: 80 points, held back by its own requirement; the pass tier is quoted, so unmarked', () => {
    const r = check('nopolice', 'zh-CN');
    expect(r.stdout).toContain('总分：80 / 100');
    expect(r.stdout).toMatch(/^等级：达标社区$/m);
    expect(r.stdout).toContain('分数达到市级文明社区申报标准，但未达到该等级的一区一警要求 ※');
    expect(r.stdout).toContain('要达到市级文明社区申报标准（80 分，分数已够）：需整改 1 项 ※');
  });

  it('novol: 70 points, 10 short; the missing team said as an official would', () => {
    const r = check('novol', 'zh-CN');
    expect(r.stdout).toContain('总分：70 / 100');
    expect(r.stdout).toContain('未建立志愿者队伍');
    expect(r.stdout).not.toContain('建有志愿者队伍：未达到');
    expect(r.stdout).toContain('要达到市级文明社区申报标准（80 分，还差 10 分）：需整改 1 项 ※');
    expect(check('novol', 'zh-TW').stdout).toContain('未建立志願者隊伍');
    expect(check('novol', 'en').stdout).toContain('Volunteer team: no');
  });

  it('markdown and JSON say the same', () => {
    const md = check('full', 'zh-CN', '--format', 'markdown');
    expect(md.stdout).toContain('| 30 / 30 ※ |');
    expect(md.stdout).toContain('达到市级文明社区申报标准，可申报市级文明社区 ※');
    expect(md.stdout).toContain(LEGEND);
    const json = JSON.parse(check('full', 'en', '--format', 'json').stdout);
    expect(json.files[0].provenance.practice).toEqual({
      points: ['volunteers', 'police'],
      weights: [],
      tierThresholds: ['city'],
      tierRequirements: ['city'],
    });
    expect(json.files[0].provenance.conferred).toEqual(['city']);
  });

  it('a rubric with nothing from practice shows no mark and no legend', () => {
    const plain = join(tmp, 'plain.yaml');
    writeFileSync(
      plain,
      RUBRIC.replace('  practice: [points, min-score, requires]\n', '').replace('    conferred: true\n', ''),
    );
    const r = runCli(['check', file('full'), '--rubric', plain, '--lang', 'zh-CN']);
    expect(r.stdout).not.toContain('※');
    expect(r.stdout).toContain('等级：市级文明社区');
  });
});

describe('rank, rubric show and explain', () => {
  it('rank: the score head marked (some points are practice), 市级 cells marked, the legend', () => {
    const r = runCli(['rank', dir, '--rubric', rubric, '--lang', 'zh-CN', '--as-of', '2024-12-31']);
    const lines = r.stdout.split('\n');
    const head = lines.find((x) => x.startsWith('名次'))!;
    expect(head.split(/\s{2,}/).slice(0, 4)).toEqual(['名次', '社区', '得分 ※', '等级']);
    expect(lines.find((x) => x.includes('满分社区'))).toMatch(/100 +可申报市级文明社区 ※/);
    expect(lines.find((x) => x.includes('无警社区'))).toMatch(/80 +达标社区 +一区一警 −20$/);
    expect(lines.find((x) => x.includes('无队社区'))).toMatch(/70 +达标社区 +志愿者队伍 −30$/);
    expect(r.stdout).toContain(LEGEND);
  });

  it('rubric show: points, threshold and requirements marked where practice; the conferred title said so', () => {
    const r = runCli(['rubric', 'show', rubric, '--lang', 'zh-CN']);
    expect(r.stdout).toMatch(/│ +50 │/);
    expect(r.stdout).toMatch(/│ +30 ※ │/);
    expect(r.stdout).toMatch(
      /市级文明社区（city）：须经命名的称号，自评只判断可否申报 +│ +80 ※ │ 一区一警 ※/,
    );
    expect(r.stdout).toMatch(/达标社区（pass） +│ +50 │/);
    expect(r.stdout).toContain(LEGEND);
    const md = runCli(['rubric', 'show', rubric, '--lang', 'zh-CN', '--format', 'markdown']);
    expect(md.stdout).toContain('| 80 ※ | 一区一警 ※ |');
    expect(md.stdout).toContain(LEGEND);
  });

  it('rubric show: a section weight from practice is marked (六好: 权重 15 ※)', () => {
    const r = runCli(['rubric', 'show', 'liuhao-2008', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('（权重 15 ※）');
  });

  it('explain: the points and the tier that requires it marked, quotes in quotes 『』, no English note', () => {
    const r = runCli(['explain', 'volunteers', '--rubric', rubric, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('；30 分 ※');
    expect(r.stdout).toContain('出处：“建立『志愿者』队伍”');
    expect(r.stdout).not.toContain('Scored as common practice');
    expect(r.stdout).toContain(LEGEND);
    const tw = runCli(['explain', 'volunteers', '--rubric', rubric, '--lang', 'zh-TW']);
    expect(tw.stdout).toContain('出處：「建立『志愿者』队伍」');
    const en = runCli(['explain', 'volunteers', '--rubric', rubric, '--lang', 'en']);
    expect(en.stdout).toContain('Source: “建立‘志愿者’队伍”');
    expect(en.stdout).toContain('Note: Scored as common practice does (an English note).');
    const police = runCli(['explain', 'police', '--rubric', rubric, '--lang', 'zh-CN']);
    expect(police.stdout).toContain('以下等级要求本项达标：市级文明社区 ※');
    // The quoted points of `room`, required by no tier: nothing marked, no legend.
    const room = runCli(['explain', 'room', '--rubric', rubric, '--lang', 'zh-CN']);
    expect(room.stdout).toContain('；50 分\n');
    expect(room.stdout).not.toContain('※');
  });
});

it('rank --format xlsx: the score head, the 市级 cell and the legend on the about sheet', async () => {
  const out = join(tmp, 'rank.xlsx');
  const r = runCli(['rank', dir, '--rubric', rubric, '--lang', 'zh-CN', '--format', 'xlsx', '-o', out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ranking = wb.worksheets[0]!;
  const head = ranking.getRow(1).values as unknown[];
  expect(head).toContain('得分 ※');
  const full = ranking.getRow(2).values as unknown[];
  expect(full).toContain('可申报市级文明社区 ※');
  expect(ranking.getRow(3).values as unknown[]).toContain('达标社区');
  const about = wb.worksheets.at(-1)!;
  const rows: unknown[][] = [];
  about.eachRow((row) => void rows.push(row.values as unknown[]));
  expect(rows.some((v) => v.includes('※') && String(v[2]).startsWith(LEGEND))).toBe(true);
});

const executable = browserPath();

describe('HTML and PDF', () => {
  it('check --format html: the marked points, the standing and the legend', () => {
    const r = check('full', 'zh-CN', '--format', 'html');
    expect(r.stdout).toContain('<td class="num">30 / 30 ※</td>');
    expect(r.stdout).toContain('<p>达到市级文明社区申报标准，可申报市级文明社区 ※</p>');
    expect(r.stdout).toContain(LEGEND);
  });

  it('report HTML: the table heads, the cells and a legend under the ranking', () => {
    const out = join(tmp, 'report.html');
    const r = runCli(['report', dir, '--rubric', rubric, '--lang', 'zh-CN', '--output', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<th[^>]*>得分 ※<\/th>/);
    expect(html).toContain('可申报市级文明社区 ※');
    expect(html).toMatch(/<p class="note">※ 非原文，参照通行做法/);
  });

  it.skipIf(!executable)('report PDF: pdftotext reads the marks and the legend', () => {
    const out = join(tmp, 'report.pdf');
    const r = runCli(
      ['report', dir, '--rubric', rubric, '--lang', 'zh-CN', '--format', 'pdf', '--output', out],
      {
        env: { CHROME_PATH: executable! },
      },
    );
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('得分 ※');
    expect(text).toContain('可申报市级文明社区 ※');
    expect(text).toContain('达到市级文明社区申报标准，可申报市级文明社区 ※');
    expect(text).toContain('30 / 30 ※');
    expect(text).toContain('※ 非原文，参照通行做法');
  });
});
