/** zh-TW quotes with 「」 in every message, never “” (issue 28, item 8). */
import { describe, expect, it } from 'vitest';
import { allCodes, message } from '../../src/i18n/catalog.js';

/** Parameters that answer any name with a word, so that each message can be worded without its real data. */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_t, key) => (typeof key === 'string' ? `X${key}` : undefined),
  has: () => true,
});

describe('zh-TW quotes', () => {
  it('no zh-TW message uses “” (Taiwan usage is 「」)', () => {
    const bad: string[] = [];
    for (const code of allCodes()) {
      let text: string;
      try {
        text = message('zh-TW', code, anyParams as never);
      } catch {
        continue;
      }
      if (/[“”]/.test(text)) bad.push(`${code}: ${text}`);
    }
    expect(bad).toEqual([]);
  });
});
