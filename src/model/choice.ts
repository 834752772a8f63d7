/**
 * A choice metric: one value from a list the rubric defines (一社区一品牌: 学习型, 关爱型…). An
 * option matches by id, by its label in any language, or by alias, in either script (學習型 /
 * 学习型), as facilities do; anything else is refused with the nearest option as "did you mean".
 * Pure: the option list and a raw scalar in, an option id or a problem out.
 */
import type { Parsed } from './figures.js';
import type { Localized } from './localized.js';
import { buildNameIndex, type NameIndex, suggest } from './names.js';
import type { SourceRef } from './rubric.js';
import { shownValue } from './shown-value.js';

export interface ChoiceOption {
  id: string;
  label: Localized;
  aliases: string[];
  /** Where the option comes from when another document than the rubric's own gives it. */
  source?: SourceRef;
}

const indexes = new WeakMap<readonly ChoiceOption[], NameIndex>();
function indexOf(options: readonly ChoiceOption[]): NameIndex {
  let idx = indexes.get(options);
  if (!idx) {
    idx = buildNameIndex({ facilities: Object.fromEntries(options.map((o) => [o.id, o])) });
    indexes.set(options, idx);
  }
  return idx;
}

/** The option a value names, or `value.not-a-choice` with the nearest option's name. */
export function parseChoice(raw: unknown, options: readonly ChoiceOption[]): Parsed<string> {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
  if (text === undefined || text === '')
    return { ok: false, code: 'value.not-a-choice', params: { raw: shownValue(raw) } };
  const idx = indexOf(options);
  const id = idx.resolve(text);
  if (id !== undefined) return { ok: true, value: id };
  // The nearest name, said as its option (学习 → 学习型, in the reader's language).
  const s = suggest(text, idx.names());
  const near = s === undefined ? undefined : idx.resolve(s);
  return {
    ok: false,
    code: 'value.not-a-choice',
    params: near ? { raw: text, option: near } : { raw: text },
  };
}

/** Every name an option answers to, for messages and the editor schema: id, labels, aliases. */
export function optionNames(o: ChoiceOption): string[] {
  const names = [o.id, ...Object.values(o.label).filter((x): x is string => !!x), ...o.aliases];
  return [...new Set(names)];
}
