/**
 * What a count counts, by the unit written after it. Households (户) and people (人) are not
 * interchangeable: `households: 2400人` is 2400 people, not 2400 households. A metric may say
 * what it counts (`unit: households`); a value written in the other noun is then refused.
 */
export const COUNT_NOUNS = ['households', 'people'] as const;
export type CountNoun = (typeof COUNT_NOUNS)[number];

const NOUN_UNITS: Record<CountNoun, RegExp> = {
  households: /^(户|戶|households?)$/i,
  people: /^(人|名|口|people|persons?)$/i,
};

/** The noun of the unit written after a number (`2400人` → people), or undefined for none or another. */
export function writtenNoun(raw: unknown): CountNoun | undefined {
  if (typeof raw !== 'string') return undefined;
  const unit = raw
    .normalize('NFKC')
    .replace(/^[\s\d.,+-]*/, '')
    .trim();
  if (unit === '') return undefined;
  for (const noun of COUNT_NOUNS) if (NOUN_UNITS[noun].test(unit)) return noun;
  return undefined;
}
