/**
 * Every quote of every built-in rubric is in the source it cites (issue #25 point 7): `rubric lint`
 * looks each one up in `sources/`, after normalising both sides the same way (punctuation,
 * spacing, the capture's doubled characters, pinyin glosses). A quote changed by one word fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadYamlFile } from '../../src/load/load-yaml-file.js';
import { builtinIds, builtinPath } from '../../src/load/rubrics.js';
import { citedQuotes, quoteInSource, quoteKey } from '../../src/model/lint-quotes.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from './helpers.js';

let tmp: string;
beforeAll(() => {
  process.chdir(ROOT);
  tmp = mkdtempSync(join(tmpdir(), 'civscore-quotes-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('quotes are compared as the source reads', () => {
  it('without punctuation, spacing or full-width forms', () => {
    expect(quoteKey('各社区按照一区一警的要求,普遍建立了社区警务室')).toBe(
      quoteKey('各社区按照“一区一警”的要求， 普遍建立了社区警务室。'),
    );
  });

  it("without the capture's doubled characters (000) and pinyin glosses (003)", () => {
    // 000: "今天,我们们召开社区建设暨创建全国文文明城区现场推动会"
    const source = quoteKey(readFileSync('sources/000_7192b3a09622dd56.txt', 'utf8'));
    expect(quoteInSource('我们召开社区建设暨创建全国文明城区现场推动会', source)).toBe(true);
    // 003: "創(chuàng)建特色社區(qū)"
    expect(quoteKey('創(chuàng)建特色社區(qū)')).toBe(quoteKey('創建特色社區'));
  });

  it('an ellipsis stands for words left out: the parts in order', () => {
    const source = quoteKey('要按照老城区2000~2500户、新村小区2500~3000户的规模');
    expect(quoteInSource('要按照老城区……的规模', source)).toBe(true);
    expect(quoteInSource('的规模……要按照老城区', source)).toBe(false);
  });

  it('a figure is never normalised away: 85% is not **%', () => {
    expect(quoteInSource('確保住宅區亮燈率達到85%以上', quoteKey('確保住宅區亮燈率達到**%以上'))).toBe(false);
  });
});

describe('every built-in rubric', () => {
  it('cites sources that are in sources/, and every quote is found there', () => {
    let checked = 0;
    for (const id of builtinIds()) {
      const raw = loadYamlFile(builtinPath(id)!).data;
      const quotes = citedQuotes(raw);
      for (const q of quotes) {
        const source = quoteKey(readFileSync(join('sources', q.file), 'utf8'));
        expect(quoteInSource(q.quote, source), `${id} ${q.path.join('.')}: ${q.quote}`).toBe(true);
        checked++;
      }
    }
    // The five sources' quotes: not a vacuous pass.
    expect(checked).toBeGreaterThan(70);
  });

  it('rubric lint is clean on each (no error), its quotes checked against the checkout', () => {
    for (const id of builtinIds()) {
      const r = runCli(['rubric', 'lint', id, '--lang', 'en']);
      expect(r.code, `${id}\n${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout, id).not.toMatch(/lint\.(quote-not-in-source|source-unread)/);
      expect(r.stdout, id).toMatch(/0 errors/);
    }
  });
});

describe('rubric lint --sources', () => {
  it('fails a quote changed by one word, at its line and column, in three languages', () => {
    // 004's "大多数" written as "所有": not what the speech says.
    const text = readFileSync('rubrics/district-2005-community.yaml', 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('quote: 各社区居委会服务站')) + 1;
    expect(line).toBeGreaterThan(0);
    const column = lines[line - 1]!.indexOf('quote') + 1;
    const file = join(tmp, 'tampered.yaml');
    writeFileSync(file, text.replace('quote: 各社区居委会服务站', 'quote: 所有社区居委会服务站'));
    const want = {
      en: 'is not in 004_5d52db5c1ade0b7c.txt',
      'zh-CN': '不在 004_5d52db5c1ade0b7c.txt 中',
      'zh-TW': '不在 004_5d52db5c1ade0b7c.txt 中',
    } as const;
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      const r = runCli(['rubric', 'lint', file, '--sources', 'sources', '--lang', lang]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`:${line}:${column} {2}\\S+ {2}lint\\.quote-not-in-source`));
      expect(r.stdout).toContain(`${file}:${line}:${column}`);
      expect(r.stdout).toContain(want[lang]);
    }
    // Without --sources a rubric outside the checkout's rubrics/ is not looked up.
    expect(runCli(['rubric', 'lint', file, '--lang', 'en']).stdout).not.toContain('quote-not-in-source');
  });

  it('a source the folder does not hold is said once; a folder that does not exist is a usage error', () => {
    const r = runCli([
      'rubric',
      'lint',
      'rubrics/district-2005-community.yaml',
      '--sources',
      tmp,
      '--lang',
      'en',
    ]);
    expect(r.stdout.match(/lint\.source-unread/g)).toHaveLength(1);
    expect(r.code).toBe(0);
    const missing = runCli(['rubric', 'lint', 'district-2005-community', '--sources', join(tmp, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
