/**
 * The compound level (小区, below the community) and the 五个一 rubric of source 000, through the
 * built binary: init, check, validate, rank (groups, quotas, roster, duplicates, masked targets),
 * report, trend, rubric lint; and every quote of the rubric found word for word in its source.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'examples/compounds/ningfuli';
const DISTRICT = 'examples/compounds/district-wugeyi-2004.yaml';
const ROSTER = 'examples/rosters/ningfuli-compounds.csv';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-compounds-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

interface QuotaJson {
  quota: string;
  by: string;
  group: string | null;
  status: string;
  n: number;
  reached: number;
  unscored: number;
  missing: number;
  provisional: boolean;
  message: string;
}

function rankJson(args: string[]) {
  const r = runCli(['rank', ...args, '--format', 'json', '--lang', 'zh-CN']);
  type Group = { by: string; key: string | null; count: number };
  type Table = { ranking: unknown[]; groups?: Group[]; quotas: QuotaJson[] };
  return { r, json: JSON.parse(r.stdout) as { tables: Table[] } };
}

function compound(id: string, fields: Record<string, string>, period = 2004): string {
  const f = Object.entries({ id, name: `${id}小区`, ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return [
    'rubric: nankai-wugeyi-2004',
    `compound: { ${f} }`,
    `period: ${period}`,
    'metrics:',
    '  wugeyi-items: 5',
    '  positions-managed: true',
    '  rules-in-place: true',
    '  displays-standard: true',
    '  displays-format: true',
    '  displays-sign: true',
    '  volunteer-team: true',
    '  distinctive: true',
    '',
  ].join('\n');
}

describe('the 五个一 rubric', () => {
  it('is built in, at the compound level, and lints without errors: the masked shares name their override', () => {
    const list = runCli(['rubric', 'list', '--format', 'json']);
    const rows = (JSON.parse(list.stdout) as { rubrics: { id: string; level: string }[] }).rubrics;
    expect(rows.find((r) => r.id === 'nankai-wugeyi-2004')?.level).toBe('compound');
    expect(rows.find((r) => r.id === 'nankai-wugeyi-2004-street')?.level).toBe('street');
    for (const lang of ['zh-CN', 'zh-TW', 'en']) {
      const r = runCli(['--lang', lang, 'rubric', 'lint', 'nankai-wugeyi-2004', 'nankai-wugeyi-2004-street']);
      expect(r.code).toBe(0);
      const masked = r.stdout.split('\n').filter((l) => l.includes('rubric.quota-masked'));
      // The two district shares and the count per street (每街*-*个精品示范小区).
      expect(masked).toHaveLength(3);
      for (const l of masked) expect(l).toContain('extends: nankai-wugeyi-2004');
      expect(masked[0]).toContain('model-share');
      expect(masked[0]).toMatch(/nankai-wugeyi-2004\.yaml:\d+:\d+/);
    }
    expect(runCli(['--lang', 'zh-CN', 'rubric', 'lint', 'nankai-wugeyi-2004']).stdout).toContain('无法判定');
    const district = runCli(['rubric', 'lint', DISTRICT]);
    expect(district.code).toBe(0);
    expect(district.stdout).toContain('0 errors, 0 warnings');
  });

  it('quotes its source word for word, and marks every criterion it does not quote', () => {
    const source = readFileSync('/work/shared/sources/000_7192b3a09622dd56.txt', 'utf8');
    for (const file of ['rubrics/nankai-wugeyi-2004.yaml', 'rubrics/nankai-wugeyi-2004-street.yaml']) {
      const r = parse(readFileSync(file, 'utf8'));
      const refs: { quote?: string; inferred?: boolean }[] = [
        r.source,
        ...r.sections.flatMap((s: { criteria: { source?: object }[] }) =>
          s.criteria.map((c) => c.source ?? {}),
        ),
        ...(r.quotas ?? []).map((q: { source?: object }) => q.source ?? {}),
      ];
      for (const ref of refs) {
        expect(ref.quote !== undefined || ref.inferred === true).toBe(true);
        if (ref.quote !== undefined) expect(source).toContain(ref.quote);
      }
    }
    // The five items are not in the source: nothing claims them as quoted.
    const rubric = parse(readFileSync('rubrics/nankai-wugeyi-2004.yaml', 'utf8'));
    const items = rubric.sections[0].criteria[0];
    expect(items.id).toBe('wugeyi-items');
    expect(items.source).toEqual({ inferred: true, note: expect.any(String) });
    expect(runCli(['--lang', 'zh-CN', 'check', `${DIR}/ningfuli-1.yaml`]).stdout).toContain('※');
  });
});

describe('compound files', () => {
  it('init writes a compound template that check then reads', () => {
    const out = join(tmp, 'xiaoqu.yaml');
    const r = runCli(['--lang', 'zh-CN', 'init', '--rubric', 'nankai-wugeyi-2004', '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^compound:\n {2}id: ~\n {2}name: ~\n {2}community: ~\n {2}street: ~\n/m);
    expect(text).toContain('小区：');
    const filled = text
      .replace('id: ~', 'id: test-1')
      .replace('name: ~', 'name: 试点小区')
      .replace('community: ~', 'community: 宁福里社区')
      .replace('street: ~', 'street: 八里台街道')
      .replace('district: ~', 'district: 南开区')
      .replace(/^( {2}[a-z-]+): ~$/gm, '$1: true')
      .replace('wugeyi-items: true', 'wugeyi-items: 5');
    writeFileSync(out, filled);
    const check = runCli(['--lang', 'zh-CN', 'check', out]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('精品示范小区');
  });

  it('validate: compounds pass, a compound without its community is warned, duplicate ids found', () => {
    expect(runCli(['validate', DIR]).stdout).toContain('runfuli.yaml');
    cpSync(DIR, tmp, { recursive: true });
    writeFileSync(join(tmp, 'no-community.yaml'), compound('lonely', { street: '八里台街道' }));
    writeFileSync(join(tmp, 'copy.yaml'), compound('ningfuli-1', { community: '宁福里社区' }));
    const r = runCli(['--lang', 'zh-CN', 'validate', tmp]);
    expect(r.stdout).toMatch(
      /no-community\.yaml:2:\d+ +警告 +assessment\.community-missing +小区未填写所属社区/,
    );
    expect(r.stdout).toContain('validate.duplicate-id');
    // A compound file checked by a community rubric: said as what it is.
    const wrong = runCli([
      '--lang',
      'zh-CN',
      'check',
      `${DIR}/ningfuli-1.yaml`,
      '--rubric',
      'district-2005-community',
    ]);
    expect(wrong.stdout + wrong.stderr).toContain(
      '这是小区文件，但评分细则“2005年社区建设目标（社区）”评的是社区',
    );
  });

  it('rank: compounds headed 小区 with their community; masked targets neither met nor short', () => {
    const { r, json } = rankJson([DIR]);
    expect(r.code).toBe(1);
    const [t] = json.tables;
    expect(t!.ranking).toHaveLength(5);
    expect(t!.quotas.map((q) => [q.quota, q.status, q.n, q.reached, q.unscored])).toEqual([
      ['model-share', 'masked', 6, 1, 1],
      ['passing-share', 'masked', 6, 4, 1],
      ['model-per-street', 'masked', 6, 1, 1],
    ]);
    for (const q of t!.quotas.slice(0, 2))
      expect(q.message).toContain('指标未公布（原文为“**%”），无法判定是否完成');
    expect(t!.quotas[2]!.message).toContain('指标未公布（原文为“*-*”），无法判定是否完成');
    // A masked target is no failed quota (nor a met one): without the unscored file, exit 0.
    cpSync(DIR, tmp, { recursive: true });
    rmSync(join(tmp, 'runfuli.yaml'));
    expect(runCli(['rank', tmp, '--fail-on', 'quota']).code).toBe(0);
    // The district's override sets the figures: 1 of 5 model (20%), 4 of 5 passing (80%), both met.
    const set = rankJson([tmp, '--rubric', DISTRICT]).json.tables[0]!.quotas;
    expect(set.map((q) => [q.quota, q.status])).toEqual([
      ['model-share', 'met'],
      ['passing-share', 'met'],
      ['model-per-street', 'met'],
      ['model-per-community', 'met'],
    ]);
    const table = runCli(['--lang', 'zh-CN', 'rank', DIR, '--width', '200']).stdout;
    // The street and district are the same on every row: said once above the table.
    expect(table).toMatch(/名次 +小区 +社区 +得分/);
    expect(table).toMatch(/^街道：八里台街道 {2}区：南开区/m);
    expect(table).toContain('共 5 个小区参加排名');
  });

  it('rank --group community: spellings of one community folded, a quota per community, the roster counted', () => {
    cpSync(DIR, tmp, { recursive: true });
    writeFileSync(
      join(tmp, 'other.yaml'),
      compound('qitaxiaoqu', { community: '观景里社区', street: '八里台街道' }),
    );
    const { r, json } = rankJson([tmp, '--rubric', DISTRICT, '--group', 'community']);
    expect(r.stderr).toContain('quota.group-merged');
    const perCommunity = json.tables[0]!.quotas.filter((q) => q.quota === 'model-per-community');
    expect(perCommunity.map((q) => [q.by, q.group, q.n, q.reached, q.status])).toEqual([
      ['community', '宁福里社区', 6, 1, 'met'],
      ['community', '观景里社区', 1, 1, 'met'],
    ]);
    const groups = json.tables[0]!.groups ?? [];
    expect(groups.map((g) => [g.by, g.key, g.count])).toEqual([
      ['community', '宁福里社区', 5],
      ['community', '观景里社区', 1],
    ]);
    // The roster (a CSV of compounds with their community) adds the compound with no file.
    const withRoster = rankJson([DIR, '--rubric', DISTRICT, '--roster', ROSTER]).json;
    const model = withRoster.tables[0]!.quotas.find((q) => q.quota === 'model-share')!;
    expect([model.n, model.missing, model.status]).toEqual([7, 1, 'short']);
    // By street: every compound of the street in one group.
    const byStreet = runCli(['rank', DIR, '--group', 'street', '--format', 'csv', '--lang', 'en']).stdout;
    expect(byStreet.split('\r\n')[0]).toContain('Compound,Community,Street');
  });

  it('rank: a duplicate compound id counts once, in doubt; a roster that puts a compound elsewhere is followed', () => {
    cpSync(DIR, tmp, { recursive: true });
    const where = { community: '宁福里社区', street: '八里台街道', district: '南开区' };
    writeFileSync(join(tmp, 'copy.yaml'), compound('ningfuli-1', where));
    const { json } = rankJson([tmp]);
    const q = json.tables[0]!.quotas[0]!;
    expect([q.n, q.reached, q.unscored]).toEqual([6, 0, 2]);
    const roster = join(tmp, 'roster.yaml');
    writeFileSync(
      roster,
      'compounds:\n  - { community: 观景里社区, street: 八里台街道, id: fuyuanli, name: 福园里 }\n',
    );
    const moved = runCli(['--lang', 'zh-CN', 'rank', DIR, '--roster', roster, '--group', 'community']);
    expect(moved.stderr).toContain('roster.community-differs');
    expect(moved.stderr).toContain('按名册计入观景里社区');
  });

  it('report and trend work on compounds', () => {
    const html = join(tmp, 'report.html');
    const rep = runCli(['--lang', 'zh-CN', 'report', DIR, '--group', 'community', '-o', html]);
    expect(rep.code).not.toBe(2);
    expect(readFileSync(html, 'utf8')).toContain('宁福里一区');
    for (const period of [2004, 2005]) {
      writeFileSync(join(tmp, `a-${period}.yaml`), compound('a1', { community: '宁福里社区' }, period));
      writeFileSync(
        join(tmp, `b-${period}.yaml`),
        compound('b1', { community: '观景里社区' }, period).replace(
          'distinctive: true',
          `distinctive: ${period === 2005}`,
        ),
      );
    }
    expect(readdirSync(tmp).filter((f) => f.endsWith('.yaml'))).toHaveLength(4);
    const tr = runCli(['trend', tmp, '--group', 'community', '--format', 'json', '--lang', 'en']);
    expect(tr.stderr).not.toContain('internal');
    const out = JSON.parse(tr.stdout) as { tables: { groups: { key: string | null }[] }[] };
    expect(out.tables[0]!.groups.map((g) => g.key)).toEqual(['宁福里社区', '观景里社区']);
  });
});
