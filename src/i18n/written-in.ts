/**
 * Whether a free text a rubric author wrote (a criterion's `note`) is in the reader's language:
 * a note in English is not shown to a Chinese reader (`explain --lang zh-CN` printed one), nor a
 * Chinese note to an English one. Mostly Han characters is Chinese, mostly Latin letters English.
 */
import type { Lang } from '../model/localized.js';

export function writtenIn(text: string, lang: Lang): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const chinese = han * 2 >= latin;
  return lang === 'en' ? !chinese || latin > 0 : chinese;
}
