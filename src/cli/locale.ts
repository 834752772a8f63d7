/**
 * Which language to speak: --lang, else the locale (zh_TW/zh_HK/Hant → zh-TW, other zh → zh-CN),
 * else English. On Windows no LANG is set: the locale is the system's (区域设置), which Node's
 * ICU reports, so a Chinese Windows PC gets Chinese without any setting.
 */
import { LANGS, type Lang } from '../model/localized.js';

export function langFromLocale(locale: string | undefined): Lang {
  if (!locale) return 'en';
  const l = locale.toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return 'en';
  return /zh-(tw|hk|mo)|hant/.test(l) ? 'zh-TW' : 'zh-CN';
}

export function detectLang(env: NodeJS.ProcessEnv, system: SystemLocale = SYSTEM): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0];
  if (!locale && system.platform === 'win32') return langFromLocale(system.locale());
  return langFromLocale(locale);
}

export interface SystemLocale {
  platform: NodeJS.Platform;
  /** The system's locale as ICU reports it (`zh-CN`, `zh-TW`, `en-US`). */
  locale: () => string | undefined;
}

const SYSTEM: SystemLocale = {
  platform: process.platform,
  locale: () => {
    try {
      return Intl.DateTimeFormat().resolvedOptions().locale;
    } catch {
      return undefined;
    }
  },
};

/** `--lang`: zh-CN, zh-TW or en, and what people also write for them (zh, zh-HK, zh-Hant, zh_TW, cn). */
export function parseLang(value: string): Lang | undefined {
  const v = value.replace('_', '-').toLowerCase();
  const exact = LANGS.find((l) => l.toLowerCase() === v);
  if (exact) return exact;
  if (/^zh-(hk|mo|hant)/.test(v) || v === 'tw') return 'zh-TW';
  if (/^zh(-(sg|my|hans))?/.test(v) || v === 'cn') return 'zh-CN';
  return /^en(-|$)/.test(v) ? 'en' : undefined;
}

/** The language to speak before the arguments are parsed: a valid --lang, else the locale. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const lang = value === undefined ? undefined : parseLang(value);
    if (lang) return lang;
  }
  return detectLang(env);
}

export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
