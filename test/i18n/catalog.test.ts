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

  // A flag param that chooses a word (a veto item) is worded, not shown; a count that chooses
  // the English singular or plural (1 street, 2 streets) is shown by the sentence around it.
  const WORDED = new Set([
    'rank.exemption veto',
    'sheet.hidden-sheet more',
    'quota.units.compound count',
    'quota.units.community count',
    'quota.units.street count',
    // A spreadsheet row's evidence: the fix is written in its cell, not by evidence add --criterion <id>.
    'evidence.unhashed cell',
    'evidence.unhashed id',
    'evidence.changed cell',
  ]);
  // A roll-up's level, measure and bound are ids worded as nouns ("compounds", "at least").
  const ROLL_UP_TOKENS = new Set(['from', 'measure', 'op', 'above', 'level', 'lowRaw', 'highRaw']);
  const worded = (code: string, k: string) =>
    WORDED.has(`${code} ${k}`) || (/roll-?up/.test(code) && ROLL_UP_TOKENS.has(k));
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
      // A param that names things by tokens (the folds of a group name) is worded, not shown.
      if (lang === 'en')
        for (const k of read) if (!worded(code, k)) expect(text, `${code} ${k}`).toContain(`«${k}»`);
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

describe('why a file could not be read', () => {
  it('is said in the reader’s language, not as the system’s English', () => {
    const fifo = { reason: 'not a regular file' };
    expect(message('zh-CN', 'load.unreadable', fifo)).toBe(
      '无法读取文件（不是普通文件，而是管道、套接字或设备）',
    );
    expect(message('zh-TW', 'load.unreadable', fifo)).toBe(
      '無法讀取檔案（不是一般檔案，而是管道、通訊端或裝置）',
    );
    expect(message('en', 'load.unreadable', fifo)).toBe(
      'cannot read the file (not a regular file but a pipe, socket or device)',
    );
    expect(message('zh-CN', 'load.unreadable', { reason: 'EACCES' })).toBe('无法读取文件（没有读取权限）');
    // A code with no words of its own is shown as it is, to be looked up.
    expect(message('zh-CN', 'load.unreadable', { reason: 'ENXIO' })).toBe('无法读取文件（ENXIO）');
  });
});
