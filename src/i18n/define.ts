/**
 * Message catalogues. Each area defines its messages once in English, then in zh-CN and zh-TW
 * with exactly the same keys: a missing or extra translation is a compile error. A finding's
 * message is typed by the core's declaration of its code (src/model/codes/): it may use only the
 * parameters declared there, each already worded as a string.
 */
import type { FindingCode, TextParamsOf } from '../model/codes/index.js';
import type { Lang } from '../model/localized.js';

export type MessageParams = Record<string, string>;
export type Message = (p: MessageParams) => string;

/** How a code is worded: a finding's code with its declared parameters; UI text with any. */
export type MessageFor<K> = K extends FindingCode ? (p: TextParamsOf<K>) => string : Message;

export type Catalogue<K extends string> = Record<Lang, Record<K, Message>>;

export function defineMessages<T extends Record<string, unknown>>(
  en: { [K in keyof T]: MessageFor<K> },
  zhCN: { [K in keyof T]: MessageFor<K> },
  zhTW: { [K in keyof T]: MessageFor<K> },
): Catalogue<Extract<keyof T, string>> {
  return { en, 'zh-CN': zhCN, 'zh-TW': zhTW } as unknown as Catalogue<Extract<keyof T, string>>;
}
