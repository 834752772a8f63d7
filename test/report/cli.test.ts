/** civscore report and check --format html through the built binary. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, transcript } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const STREET = ['examples/street', '--group', 'street', '--as-of', '2005-12-31'];

describe('civscore report', () => {
  it('lists its sections in the contents in the order the report prints them (inspections, evidence)', () => {
    for (const group of [[], ['--group', 'street']]) {
      const html = runCli([
        'report',
        'examples/street',
        ...group,
        '--inspections',
        'examples/inspections/wuma-2005.yaml',
        '--lang',
        'en',
      ]).stdout;
      const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
      const body = html.slice(html.indexOf('</nav>'));
      const listed = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      const printed = listed.map((id) => body.indexOf(`id="${id}"`));
      expect(printed.every((at) => at >= 0)).toBe(true);
      expect(printed).toEqual([...printed].sort((a, b) => a - b));
    }
  });

  it('writes one self-contained HTML report of the example street (golden)', async () => {
    const r = runCli(['report', ...STREET, '--lang', 'zh-CN']);
    expect(r.code).toBe(1); // both quotas of the street are short, as in rank
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/report-street.zh-CN.html.txt');
  });

  it('needs nothing from outside the file: no link, no external source, no font download', () => {
    const html = runCli(['report', ...STREET, '--lang', 'en']).stdout;
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/@import|@font-face|url\((?!#)/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<html lang="en">');
    expect((html.match(/<article class="community"/g) ?? []).length).toBe(9);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(9 * 2 + 4);
  });

  it('writes --output and prints nothing; zh-TW in traditional words', () => {
    const out = join(tmp, '報告.html');
    const r = runCli(['report', ...STREET, '--lang', 'zh-TW', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('目錄');
    expect(html).toContain('指標達成情形');
    expect(html).not.toContain('目录');
  });

  it('counts, with --roster, the communities with no file and those not scored in the overview', () => {
    const dir = join(tmp, 'roster');
    mkdirSync(dir, { recursive: true });
    for (const f of ['dingzi', 'fuqian', 'guigan', 'gulou', 'huaniutang', 'lingou', 'qingnianfang', 'taoli'])
      writeFileSync(join(dir, `${f}.yaml`), readFileSync(join(ROOT, 'examples/street', `${f}.yaml`), 'utf8'));
    writeFileSync(
      join(dir, 'gulou.yaml'),
      readFileSync(join(ROOT, 'examples/street-broken/gulou.yaml'), 'utf8'),
    );
    const r = runCli([
      'report',
      dir,
      '--roster',
      'examples/rosters/wuma-street.yaml',
      '--pages',
      'none',
      '--as-of',
      '2005-12-31',
      '--lang',
      'zh-CN',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('名册上1个社区未交文件（按未达到计入指标）');
    expect(r.stdout).toContain('1个未能评分、按未达到计入指标（结论暂定）');
    expect(r.stdout).toContain('（2/9个）');
  });

  it('limits community pages with --pages', () => {
    const none = runCli(['report', ...STREET, '--pages', 'none']).stdout;
    expect(none).not.toContain('<article class="community"');
    const below = runCli(['report', ...STREET, '--pages', 'below-tier', '--lang', 'en']).stdout;
    expect((below.match(/<article class="community"/g) ?? []).length).toBe(7);
    expect(below).toContain('communities below a tier only');
  });

  it('lists files that could not be scored with their findings, and keeps ranking the rest', () => {
    const r = runCli([
      'report',
      'examples/street',
      'examples/invalid/masked-value.yaml',
      '--as-of',
      '2005-12-31',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/invalid/masked-value.yaml:7:3');
    expect(r.stdout).toContain('value.masked');
    expect((r.stdout.match(/<article class="community"/g) ?? []).length).toBe(9);
  });

  it('escapes what a community writes: no markup, no script, no bidi override reaches the page', () => {
    const dir = join(tmp, 'hostile');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(join(ROOT, 'examples/street/dingzi.yaml'), 'utf8').replace(
      /name: [^,}\n]+/,
      'name: "<script>alert(1)</script><img src=x onerror=alert(2)>\\u202e社区"',
    );
    writeFileSync(join(dir, 'dingzi.yaml'), text);
    const html = runCli(['report', dir, '--as-of', '2005-12-31']).stdout;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses --format pdf without --output, and says plainly when there is no browser (exit 2)', () => {
    const a = runCli(['report', ...STREET, '--format', 'pdf', '--lang', 'en']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('add --output <file.pdf>');
    const out = join(tmp, 'x.pdf');
    const b = runCli(['report', ...STREET, '--format', 'pdf', '--output', out, '--lang', 'zh-CN'], {
      env: { CHROME_PATH: join(tmp, 'no-such-browser') },
    });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('未找到可打印PDF的Chromium');
    expect(b.stderr).toContain('--format html');
    expect(b.stderr).not.toMatch(/internal error|内部错误|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('civscore check --format html', () => {
  it("writes the one community's page (golden)", async () => {
    const r = runCli([
      'check',
      'examples/street/dingzi.yaml',
      '--format',
      'html',
      '--as-of',
      '2005-12-31',
      '--lang',
      'zh-CN',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<article class="community"');
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/check-dingzi.zh-CN.html.txt');
  });

  it('shows a broken file with its findings and no page', () => {
    const r = runCli(['check', 'examples/invalid/duplicate-key.yaml', '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('load.duplicate-key');
    expect(r.stdout).toContain('duplicate-key.yaml:8:3');
  });
});
