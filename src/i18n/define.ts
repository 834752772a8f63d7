/**
 * Message catalogues. Each area defines its messages once per language, in the order of
 * CATALOGUES (English first, then zh-CN and zh-TW), with exactly the same keys: a missing or extra
 * translation is a compile error, and so is a language of LANGS without a catalogue (add it to
 * CATALOGUES, and every defineMessages call fails to compile until it has that language's texts).
 * A finding's message is typed by the core's declaration of its code (src/model/codes/): it may
 * use only the parameters declared there, each already worded as a string.
 */
import type { FindingCode, TextParamsOf } from '../model/codes/index.js';
import type { Lang } from '../model/localized.js';

export type MessageParams = Record<string, string>;
export type Message = (p: MessageParams) => string;

/** How a code is worded: a finding's code with its declared parameters; UI text with any. */
export type MessageFor<K> = K extends FindingCode ? (p: TextParamsOf<K>) => string : Message;

export type Catalogue<K extends string> = Record<Lang, Record<K, Message>>;

/** The order of the catalogues in defineMessages: every language of LANGS, once. */
export const CATALOGUES = ['en', 'zh-CN', 'zh-TW'] as const satisfies readonly Lang[];

/** Languages of LANGS with no place in CATALOGUES: must be none. */
type Uncatalogued = Exclude<Lang, (typeof CATALOGUES)[number]>;
/**
 * A check for the compiler: exported only so that it is not an unused local.
 * @public
 */
export const EVERY_LANGUAGE_CATALOGUED: [Uncatalogued] extends [never]
  ? true
  : { uncatalogued: Uncatalogued } = true;

/** One text per key, in one language. */
export type Texts<T> = { [K in keyof T]: MessageFor<K> };

/** One X per language of the order O: a tuple as long as O. */
type OnePer<O extends readonly unknown[], X> = { -readonly [I in keyof O]: X };

/**
 * defineMessages for the languages `order` (CATALOGUES; a test makes one with a language more):
 * one catalogue argument per language, in that order, each with the same keys.
 */
export function messageDefiner<const O extends readonly string[]>(order: O) {
  return <T extends Record<string, unknown>>(
    ...catalogues: OnePer<O, Texts<T>>
  ): Record<O[number], Record<Extract<keyof T, string>, Message>> =>
    // One catalogue per language of the order, as the parameters' type demands.
    Object.fromEntries(order.map((lang, i) => [lang, catalogues[i]])) as unknown as Record<
      O[number],
      Record<Extract<keyof T, string>, Message>
    >;
}

export const defineMessages: <T extends Record<string, unknown>>(
  ...catalogues: OnePer<typeof CATALOGUES, Texts<T>>
) => Catalogue<Extract<keyof T, string>> = messageDefiner(CATALOGUES);
