/**
 * One term for one thing in every output of a language. The day exemptions are judged by is
 * 免评判定日期 (the catalogue's 免评, as in 免评名单): the workbook's About sheet said 豁免判断日期
 * where the report's facts said 免评判定日期.
 */
import { describe, expect, it } from 'vitest';
import { allCodes, message } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/model/localized.js';

const params = new Proxy({} as Record<string, string>, {
  get: (_t, k) => (typeof k === 'string' ? '1' : undefined),
});

describe('one term', () => {
  it.each(LANGS)('%s: the as-of day has one name in the report and in the workbook', (lang) => {
    expect(message(lang, 'xlsx.about.as-of')).toBe(message(lang, 'report.facts.as-of'));
  });

  it('exemptions are 免评 (免評), never 豁免, in every Chinese message', () => {
    const bad: string[] = [];
    for (const lang of ['zh-CN', 'zh-TW'] as const)
      for (const code of allCodes()) {
        const text = message(lang, code, params);
        if (text.includes('豁免')) bad.push(`${lang} ${code}: ${text}`);
      }
    expect(bad).toEqual([]);
    expect(message('zh-CN', 'report.facts.as-of')).toBe('免评判定日期');
    expect(message('zh-TW', 'report.facts.as-of')).toBe('免評判定日期');
  });
});
