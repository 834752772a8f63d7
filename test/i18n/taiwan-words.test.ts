/**
 * zh-TW is a language, not a character conversion: every zh-TW message is rendered and none may
 * use the mainland word where Taiwan says another (鏈接 for 連結, 默認 for 預設 …). The list holds
 * only words that are wrong in Taiwan in every sense, so a hit is always a fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allCodes, message } from '../../src/i18n/catalog.js';

/** Mainland word → what Taiwan writes. */
const MAINLAND: Record<string, string> = {
  鏈接: '連結',
  默認: '預設',
  軟件: '軟體',
  數據: '資料',
  用戶: '使用者',
  網絡: '網路',
  視頻: '影片',
  屏幕: '螢幕',
  打印: '列印',
  文件夾: '資料夾',
  字符: '字元',
  模板: '範本',
  信息: '資訊',
  缺省: '預設',
  菜單: '選單',
  導出: '匯出',
  導入: '匯入',
  兼容: '相容',
  質量: '品質',
  激活: '啟用',
  服務器: '伺服器',
  硬盤: '硬碟',
};

/**
 * Mainland words for the tool's own talk: 標識 for an id (Taiwan: 識別碼), 整改 for rectification
 * (Taiwan: 改善). A rubric may still quote its source's 統一標識 (signs on a wall), so this list is
 * for the messages only.
 */
const MAINLAND_IN_MESSAGES: Record<string, string> = {
  ...MAINLAND,
  標識: '識別碼',
  // Rectification: Taiwan says 改善 (限期改善, 改善期限); the messages say it one way.
  整改: '改善',
};

describe('zh-TW words', () => {
  it('no zh-TW message uses a mainland word where Taiwan says another', () => {
    const params = new Proxy({} as Record<string, string>, {
      get: (_t, k) => (typeof k === 'string' ? '1' : undefined),
    });
    const bad: string[] = [];
    for (const code of allCodes()) {
      const text = message('zh-TW', code, params);
      for (const [word, tw] of Object.entries(MAINLAND_IN_MESSAGES))
        if (text.includes(word)) bad.push(`${code}: ${word} → ${tw}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('no built-in or example rubric says a zh-TW title in mainland words or in 平方米', () => {
    const texts: string[] = [];
    const walk = (v: unknown, where: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'zh-TW' && typeof x === 'string') texts.push(`${where}: ${x}`);
          else walk(x, `${where}.${k}`);
        }
    };
    const rubricFiles = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(dir, f));
    for (const f of [...rubricFiles('rubrics'), ...rubricFiles('examples')]) {
      const data = (() => {
        try {
          return parse(readFileSync(f, 'utf8'));
        } catch {
          return undefined; // the broken examples are broken on purpose
        }
      })();
      walk(data, f);
    }
    expect(texts.length).toBeGreaterThan(100);
    const words = { ...MAINLAND, 平方米: '平方公尺' };
    const bad = texts.filter((t) => Object.keys(words).some((w) => t.includes(w)));
    expect(bad).toEqual([]);
  });

  it('catches a mainland word (the check can fail)', () => {
    expect(Object.keys(MAINLAND).some((w) => '符號鏈接「a」'.includes(w))).toBe(true);
  });
});
