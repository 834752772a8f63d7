/**
 * English says "1 file" and "3 files", never "file(s)": every English message is rendered with
 * every count-like parameter at 1 and at 3, and none may fall back to a "(s)".
 */
import { describe, expect, it } from 'vitest';
import { allCodes, message } from '../../src/i18n/catalog.js';
import { counted } from '../../src/i18n/english-count.js';

describe('English counts', () => {
  it('counted() says the noun once for 1 and in the plural otherwise', () => {
    expect(counted('1', 'file')).toBe('1 file');
    expect(counted('0', 'file')).toBe('0 files');
    expect(counted('3', 'quota')).toBe('3 quotas');
    expect(counted('1,024', 'error')).toBe('1,024 errors');
    expect(counted('2', 'fix', 'fixes')).toBe('2 fixes');
    expect(counted(undefined, 'warning')).toBe('0 warnings');
  });

  it('no English message says "(s)" for any count', () => {
    const proxy = (n: string) =>
      new Proxy({} as Record<string, string>, { get: (_t, k) => (typeof k === 'string' ? n : undefined) });
    const bad: string[] = [];
    for (const code of allCodes())
      for (const n of ['1', '3']) {
        const text = message('en', code, proxy(n));
        if (/[a-z]\(s\)/.test(text)) bad.push(`${code}: ${text}`);
      }
    expect(bad).toEqual([]);
  });

  it('a count of one reads in the singular', () => {
    const one = new Proxy({} as Record<string, string>, { get: () => '1' });
    expect(message('en', 'exit.quotas', one)).toBe('1 quota not met');
    expect(message('en', 'authoring.lint-summary', one)).toBe('1 rubric file: 1 error, 1 warning');
  });

  it('no English message says "1" with a plural noun', () => {
    const one = new Proxy({} as Record<string, string>, {
      get: (_t, k) => (typeof k === 'string' ? '1' : undefined),
    });
    const plural =
      /\b1 (files|errors|warnings|communities|items|inputs|quotas|rows|entries|problems|streets|points|days|months|years)\b/;
    // A count that is never 1 (a limit, files per worker) or a noun not counted (no YAML files).
    const never = new Set(['input.no-match', 'rank.progress', 'help.opt.jobs', 'sheet.too-many-strings']);
    const bad = allCodes()
      .filter((code) => !never.has(code))
      .map((code) => `${code}: ${message('en', code, one)}`)
      .filter((text) => plural.test(text));
    expect(bad).toEqual([]);
  });
});
