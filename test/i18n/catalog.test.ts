/** Every message code has en, zh-CN and zh-TW wording, non-empty for sample params. */
import { describe, expect, it } from 'vitest';
import { allCodes, message } from '../../src/i18n/catalog.js';
import type { MessageParams } from '../../src/i18n/define.js';
import { LANGS } from '../../src/model/localized.js';

/** Sample params: every key a message reads gets a value, and the keys read are recorded. */
function sampleParams(read: Set<string>): MessageParams {
  return new Proxy({} as MessageParams, {
    get(_t, key) {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return `«${key}»`;
    },
    has: () => true,
  });
}

/** Labels that are blank on purpose (a rubric's own criteria carry no origin mark), in every language. */
const INTENTIONALLY_EMPTY = new Set<string>(['authoring.origin.own']);

describe('message catalogue', () => {
  const codes = allCodes();

  it('has codes, each unique', () => {
    expect(codes.length).toBeGreaterThan(50);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(codes)('%s reads in every language', (code) => {
    const texts: string[] = [];
    for (const lang of LANGS) {
      const read = new Set<string>();
      const text = message(lang, code, sampleParams(read));
      texts.push(text);
      if (INTENTIONALLY_EMPTY.has(code)) continue;
      expect(text.trim(), `${lang} ${code}`).not.toBe('');
      expect(text, `${lang} ${code}`).not.toBe(code);
      expect(text, `${lang} ${code}`).not.toMatch(/undefined|\[object /);
      // English shows every param it reads (Chinese may use one to choose a word: 街道/社区).
      if (lang === 'en') for (const k of read) expect(text, `${code} ${k}`).toContain(`«${k}»`);
    }
    if (INTENTIONALLY_EMPTY.has(code)) {
      expect(texts, code).toEqual(['', '', '']);
      return;
    }
    // Chinese wording is not the English one left untranslated (codes without words excepted).
    const [zhCN, zhTW, en] = texts as [string, string, string];
    if (/[a-z]{4,}/i.test(en.replace(/«[^»]*»/g, ''))) {
      expect(zhCN, `zh-CN ${code}`).not.toBe(en);
      expect(zhTW, `zh-TW ${code}`).not.toBe(en);
    }
  });

  it('reads with empty params too, without throwing', () => {
    for (const code of codes) for (const lang of LANGS) expect(typeof message(lang, code)).toBe('string');
  });
});
