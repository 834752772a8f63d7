/**
 * A brand keeps its history across years in `trend` (issue #25 point 6): each community's brand
 * period by period, kept when the name is the same after folding (光明关爱帮困 = 光明關愛幫困社區),
 * a new name said with the year it came.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-brand-history-'));
  // 2006: the examples as they are. 2007: the same, 塔脚 renamed, 光明 written in traditional
  // characters with 社區 after it.
  cpSync('examples/brands', join(tmp, '2006'), { recursive: true });
  mkdirSync(join(tmp, '2007'));
  for (const name of readdirSync('examples/brands')) {
    let text = readFileSync(join('examples/brands', name), 'utf8').replace('period: 2006', 'period: 2007');
    if (name === 'tajiao.yaml') text = text.replace('brand: 夕阳红志愿服务社区', 'brand: 塔脚邻里守望');
    if (name === 'guangming.yaml') text = text.replace('brand: 光明关爱帮困', 'brand: 光明關愛幫困社區');
    writeFileSync(join(tmp, '2007', name), text);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('trend: brands over the years', () => {
  it('says each brand by year, kept or renamed, in three languages', () => {
    const want = {
      'zh-CN': [
        '品牌沿革',
        '城东光明社区（guangming）社区品牌：2006 光明关爱帮困 → 2007 光明關愛幫困社區（历年沿用）',
        '城东塔脚社区（tajiao）社区品牌：2006 夕阳红志愿服务社区 → 2007 塔脚邻里守望（2007年更名）',
      ],
      'zh-TW': [
        '品牌沿革',
        '城东塔脚社区（tajiao）社區品牌：2006 夕阳红志愿服务社区 → 2007 塔脚邻里守望（2007年更名）',
      ],
      en: [
        'Brands over the years',
        '城东塔脚社区 (tajiao) Community brand: 2006 夕阳红志愿服务社区 → 2007 塔脚邻里守望 (a new name in 2007)',
      ],
    } as const;
    // A community's name is shown as its file writes it, whatever the language.
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const r = runCli(['trend', tmp, '--lang', lang], { env: { COLUMNS: '200' } });
      for (const line of want[lang]) expect(r.stdout, lang).toContain(line);
    }
  });

  it('Markdown and HTML say it too', () => {
    const line = '城东塔脚社区（tajiao）社区品牌：2006 夕阳红志愿服务社区 → 2007 塔脚邻里守望（2007年更名）';
    const md = runCli(['trend', tmp, '--format', 'markdown', '--lang', 'zh-CN']);
    expect(md.stdout).toContain('### 品牌沿革');
    expect(md.stdout).toContain(`- ${line}`);
    const out = join(tmp, 'trend.html');
    expect(runCli(['trend', tmp, '--format', 'html', '--lang', 'zh-CN', '-o', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h3>品牌沿革</h3>');
    expect(html).toContain(`<li>${line}</li>`);
  });

  it('JSON: the values by period and the periods of a new name', () => {
    const r = runCli(['trend', tmp, '--format', 'json', '--lang', 'en']);
    const communities = JSON.parse(r.stdout).tables[0].communities as {
      id: string;
      histories: { metric: string; values: { period: string; value: string }[]; changedIn: string[] }[];
    }[];
    const of = (id: string) => communities.find((c) => c.id === id)!.histories;
    expect(of('tajiao')).toEqual([
      {
        metric: 'brand',
        values: [
          { period: '2006', value: '夕阳红志愿服务社区' },
          { period: '2007', value: '塔脚邻里守望' },
        ],
        changedIn: ['2007'],
      },
    ]);
    expect(of('guangming')[0]!.changedIn).toEqual([]);
    expect(of('beilei')[0]!.values.map((v) => v.value)).toEqual(['蓓蕾書香', '蓓蕾書香']);
  });
});
