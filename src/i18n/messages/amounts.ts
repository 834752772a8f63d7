import { defineMessages } from '../define.js';

/** A tally's measure word from a counted metric's Chinese title: 户数 → 户, 人数 → 人, 次数 → 次, else 个. */
function measureWord(title: string, household: string, other: string): string {
  if (/[户戶]数$|[户戶]數$/.test(title)) return household;
  if (/人数$|人數$/.test(title)) return '人';
  if (/次数$|次數$/.test(title)) return '次';
  return other;
}

/**
 * Amounts as a street office writes them (report/amounts.ts): `n` is the number already formatted.
 * English has no measure word: a count is its number alone.
 */
export const amountMessages = defineMessages(
  {
    'amount.area': (p) => `${p.n} m²`,
    'amount.rate-gap': (p) => `${p.n} percentage points`,
    'amount.count': (p) => `${p.n}`,
    'amount.count-word': () => '',
  },
  {
    'amount.area': (p) => `${p.n}平方米`,
    'amount.rate-gap': (p) => `${p.n}个百分点`,
    'amount.count': (p) => `${p.n}${p.word}`,
    'amount.count-word': (p) => measureWord(p.title!, '户', '个'),
  },
  {
    // Taiwan says 平方公尺, as the titles of the zh-TW rubrics do.
    'amount.area': (p) => `${p.n}平方公尺`,
    'amount.rate-gap': (p) => `${p.n}個百分點`,
    'amount.count': (p) => `${p.n}${p.word}`,
    'amount.count-word': (p) => measureWord(p.title!, '戶', '個'),
  },
);
