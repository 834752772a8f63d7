import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/cli/locale.js';

const windows = (locale: string | undefined) => ({ platform: 'win32' as const, locale: () => locale });
const linux = (locale: string | undefined) => ({ platform: 'linux' as const, locale: () => locale });

describe('the language without --lang', () => {
  it('follows LANG, LC_ALL, LC_MESSAGES or LANGUAGE where they are set', () => {
    expect(detectLang({ LANG: 'zh_CN.UTF-8' }, linux('en-US'))).toBe('zh-CN');
    expect(detectLang({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, linux('en-US'))).toBe('zh-TW');
    expect(detectLang({ LANGUAGE: 'zh_HK:en' }, linux(undefined))).toBe('zh-TW');
    expect(detectLang({ LANG: 'C' }, windows('zh-CN'))).toBe('en');
  });

  it('on Windows, where no LANG is set, follows the system locale (a Chinese PC speaks Chinese)', () => {
    expect(detectLang({}, windows('zh-CN'))).toBe('zh-CN');
    expect(detectLang({}, windows('zh-TW'))).toBe('zh-TW');
    expect(detectLang({}, windows('zh-Hant-HK'))).toBe('zh-TW');
    expect(detectLang({}, windows('en-GB'))).toBe('en');
    expect(detectLang({}, windows(undefined))).toBe('en');
  });

  it('elsewhere an unset locale is English, whatever ICU guesses', () => {
    expect(detectLang({}, linux('zh-CN'))).toBe('en');
  });
});
