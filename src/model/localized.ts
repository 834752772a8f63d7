import { z } from 'zod';
import { simplify } from './names.js';
import { toTaiwan } from './taiwan-text.js';

/** The languages civscore speaks. */
export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A label in one or more languages; a bare string is taken as zh-CN. */
export const LocalizedSchema = z.union([
  z.string().min(1),
  z
    .object({
      'zh-CN': z.string().min(1).optional(),
      'zh-TW': z.string().min(1).optional(),
      en: z.string().min(1).optional(),
    })
    .strict()
    .refine((v) => v['zh-CN'] ?? v['zh-TW'] ?? v.en, { message: 'empty label' }),
]);

export type Localized = Partial<Record<Lang, string>>;

export function toLocalized(raw: z.infer<typeof LocalizedSchema> | undefined, fallback: string): Localized {
  if (raw === undefined) return { en: fallback };
  if (typeof raw === 'string') return { 'zh-CN': raw };
  return raw;
}

/** The languages a label is looked up in, best first, by the reader's language. */
const FALLBACK: Record<Lang, readonly Lang[]> = {
  en: ['en', 'zh-CN', 'zh-TW'],
  'zh-CN': ['zh-CN', 'zh-TW', 'en'],
  'zh-TW': ['zh-TW', 'zh-CN', 'en'],
};

/**
 * Picks the best label for a language: the language itself, then its sibling script, then any.
 * zh-TW is a language: a label written only in zh-CN is shown converted (taiwan-text.ts), never
 * in simplified characters (nor a zh-TW-only label in traditional ones to a zh-CN reader).
 */
export function pick(label: Localized, lang: Lang): string {
  if (lang === 'zh-TW' && !label['zh-TW'] && label['zh-CN']) return toTaiwan(label['zh-CN']);
  if (lang === 'zh-CN' && !label['zh-CN'] && label['zh-TW']) return simplify(label['zh-TW']);
  for (const l of FALLBACK[lang]) {
    const v = label[l];
    if (v) return v;
  }
  return '';
}
