/**
 * List, clause and bracket punctuation comes from src/i18n/list.ts, the one table of it per
 * language, and no file outside src/i18n picks it by testing the language any more.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aside,
  clauseSeparator,
  clausesOf,
  listOf,
  listSeparator,
  nameWithId,
  withId,
} from '../../src/i18n/list.js';
import { LANGS } from '../../src/model/localized.js';
import { labeller } from '../../src/report/labels.js';
import { ROOT } from '../helpers/run-cli.js';

describe('punctuation by language', () => {
  it('Chinese: 、 between items, ； between clauses, full-width brackets with no space', () => {
    for (const lang of ['zh-CN', 'zh-TW'] as const) {
      expect(listOf(lang, ['甲', '乙', '丙'])).toBe('甲、乙、丙');
      expect(clausesOf(lang, ['缺少甲', '缺少乙'])).toBe('缺少甲；缺少乙');
      expect(aside(lang, '2005')).toBe('（2005）');
      expect(nameWithId(lang, '府前社区', 'fuqian')).toBe('府前社区（fuqian）');
      expect(listSeparator(lang) + clauseSeparator(lang)).toBe('、；');
    }
  });

  it('English: a comma and a space, a semicolon and a space, a space before the bracket', () => {
    expect(listOf('en', ['a', 'b', 'c'])).toBe('a, b, c');
    expect(clausesOf('en', ['no a', 'no b'])).toBe('no a; no b');
    expect(aside('en', '2005')).toBe(' (2005)');
    expect(nameWithId('en', '府前社区', 'fuqian')).toBe('府前社区 (fuqian)');
  });

  it('one item is itself and none is empty, in every language', () => {
    for (const lang of LANGS) {
      expect(listOf(lang, ['a'])).toBe('a');
      expect(listOf(lang, [])).toBe('');
      expect(clausesOf(lang, [])).toBe('');
    }
  });

  it('withId leaves out a title that is missing or is the id; nameWithId always shows both', () => {
    expect(withId('zh-CN', '', 'fuqian')).toBe('fuqian');
    expect(withId('en', 'fuqian', 'fuqian')).toBe('fuqian');
    expect(withId('zh-CN', '府前社区', 'fuqian')).toBe('府前社区（fuqian）');
    expect(nameWithId('zh-CN', 'fuqian', 'fuqian')).toBe('fuqian（fuqian）');
  });
});

/** Every .ts file under a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });

/** `lang === 'en' ? ', ' : '、'` and the like: a separator or a bracket chosen by the language. */
const branch =
  /lang === 'en' \? (?:', '|'; '|` \(|`[^`]*\(\$\{)|lang === 'en' \? `; |\|\| [\w.]*lang === 'en' \? ', '/;

describe('a list the core gives as data', () => {
  const years = { community: '府前社区', id: 'fuqian', years: ['2004', '2005'] };
  it("is worded in the reader's punctuation, with the name and its id (English had 、 and （）)", () => {
    expect(labeller('en').text('trend.year-missing', years)).toBe(
      '府前社区 (fuqian): no file for 2004 and 2005, so no composite',
    );
    expect(labeller('zh-CN').text('trend.year-missing', years)).toBe(
      '府前社区（fuqian）：缺少2004、2005年的文件，无法计算综合得分',
    );
    expect(labeller('zh-TW').text('trend.year-unscored', years)).toBe(
      '府前社区（fuqian）：2004、2005年的檔案未能評分，無法計算綜合得分',
    );
  });
});

describe('outside src/i18n', () => {
  it('no file tests whether the language is English', () => {
    const found = sources(join(ROOT, 'src'))
      .filter((f) => !f.includes(`${join('src', 'i18n')}`))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /lang [!=]== 'en'/.test(line) ? [`${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });

  it('the pipeline, the engine and the kinds put no Chinese list separator into their data', () => {
    const found = ['pipeline', 'engine', 'kinds']
      .flatMap((d) => sources(join(ROOT, 'src', d)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/['`]、['`]/.test(line) ? [`${f.slice(ROOT.length)}:${i + 1}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('no file chooses a list or clause separator or a bracket by testing the language', () => {
    const found = sources(join(ROOT, 'src'))
      .filter((f) => !f.includes(`${join('src', 'i18n')}`))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            branch.test(line) ? [`${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });

  it('the check above finds the branches it is meant to find', () => {
    expect(branch.test("x.join(lang === 'en' ? ', ' : '、')")).toBe(true);
    expect(branch.test("const sep = l.lang === 'en' ? '; ' : '；';")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to match, not a template
    expect(branch.test("(l.lang === 'en' ? ` (${s})` : `（${s}）`)")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to match, not a template
    expect(branch.test("o.lang === 'en' ? `${a} (${b})` : `${a}（${b}）`")).toBe(true);
    expect(branch.test('x.join(listSeparator(lang))')).toBe(false);
  });
});
