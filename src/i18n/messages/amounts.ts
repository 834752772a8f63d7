import { defineMessages } from '../define.js';

/**
 * Amounts as a street office writes them (report/amounts.ts): `n` is the number already formatted.
 * English has no measure word: a count is its number alone.
 */
export const amountMessages = defineMessages(
  {
    'amount.area': (p) => `${p.n} m²`,
    'amount.rate-gap': (p) => `${p.n} percentage points`,
    'amount.count': (p) => `${p.n}`,
  },
  {
    'amount.area': (p) => `${p.n}平方米`,
    'amount.rate-gap': (p) => `${p.n}个百分点`,
    'amount.count': (p) => `${p.n}${p.word}`,
  },
  {
    // Taiwan says 平方公尺, as the titles of the zh-TW rubrics do.
    'amount.area': (p) => `${p.n}平方公尺`,
    'amount.rate-gap': (p) => `${p.n}個百分點`,
    'amount.count': (p) => `${p.n}${p.word}`,
  },
);
