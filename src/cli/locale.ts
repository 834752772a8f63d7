/** Which language to speak: --lang, else the locale (zh_TW/zh_HK/Hant → zh-TW, other zh → zh-CN), else English. */
import { LANGS, type Lang } from '../model/localized.js';

export function langFromLocale(locale: string | undefined): Lang {
  if (!locale) return 'en';
  const l = locale.toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return 'en';
  return /zh-(tw|hk|mo)|hant/.test(l) ? 'zh-TW' : 'zh-CN';
}

export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0];
  return langFromLocale(locale);
}

export function parseLang(value: string): Lang | undefined {
  const v = value.replace('_', '-');
  return (
    LANGS.find((l) => l.toLowerCase() === v.toLowerCase()) ?? (v.toLowerCase() === 'zh' ? 'zh-CN' : undefined)
  );
}

export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
