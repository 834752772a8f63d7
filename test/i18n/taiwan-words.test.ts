/**
 * zh-TW is a language, not a character conversion: every zh-TW message is rendered and none may
 * use the mainland word where Taiwan says another (鏈接 for 連結, 默認 for 預設 …). The list holds
 * only words that are wrong in Taiwan in every sense, so a hit is always a fix.
 */
import { describe, expect, it } from 'vitest';
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

describe('zh-TW words', () => {
  it('no zh-TW message uses a mainland word where Taiwan says another', () => {
    const params = new Proxy({} as Record<string, string>, {
      get: (_t, k) => (typeof k === 'string' ? '1' : undefined),
    });
    const bad: string[] = [];
    for (const code of allCodes()) {
      const text = message('zh-TW', code, params);
      for (const [word, tw] of Object.entries(MAINLAND))
        if (text.includes(word)) bad.push(`${code}: ${word} → ${tw}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('catches a mainland word (the check can fail)', () => {
    expect(Object.keys(MAINLAND).some((w) => '符號鏈接「a」'.includes(w))).toBe(true);
  });
});
