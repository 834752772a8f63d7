/**
 * Message catalogues. Each area defines its messages once in English, then in zh-CN and zh-TW
 * with exactly the same keys: a missing or extra translation is a compile error.
 */
import type { Lang } from '../model/localized.js';

export type MessageParams = Record<string, string>;
export type Message = (p: MessageParams) => string;

export type Catalogue<K extends string> = Record<Lang, Record<K, Message>>;

export function defineMessages<T extends Record<string, Message>>(
  en: T,
  zhCN: { [K in keyof T]: Message },
  zhTW: { [K in keyof T]: Message },
): Catalogue<Extract<keyof T, string>> {
  return { en, 'zh-CN': zhCN, 'zh-TW': zhTW } as Catalogue<Extract<keyof T, string>>;
}
