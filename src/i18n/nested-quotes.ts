/**
 * Quotes inside quotes (issue #25): a text a message puts between quotation marks, which itself
 * quotes something (a rubric title “六好”平安和谐社区, a source's words), has its own quotes
 * turned into 『』 in Chinese and into single quotes in English, so that the reader sees
 * 出处：“建设……的『六好』平安和谐社区”, never “……“六好”……”.
 */
import type { Lang } from '../model/localized.js';

// Typographic quotes only: a straight " in a param is most often a file's own text echoed back,
// which is shown as written.
const QUOTED = /[“”「」]/;
const OPEN = new Set(['“', '「', '"', '『', '‘']);
const CLOSE = new Set(['”', '」', '"', '』', '’']);
const MARK = '\u0000';

type Params = Record<string, string>;

/** The text with its quotes as inner quotes of the language. */
function innerQuotes(text: string, lang: Lang): string {
  const [open, close] = lang === 'en' ? ['‘', '’'] : ['『', '』'];
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '“' || ch === '「') {
      depth++;
      out += open;
    } else if ((ch === '”' || ch === '」') && depth > 0) {
      depth--;
      out += close;
    } else out += ch;
  }
  return out;
}

/**
 * A message whose params may hold quotes: the params it puts between quotes get inner quotes.
 * The fast path (no param holds a quote) is one call of the message.
 */
export function withNestedQuotes(fn: (p: Params) => string, params: Params, lang: Lang): string {
  const quoted = Object.keys(params).filter((k) => {
    const v = params[k];
    return typeof v === 'string' && v.length < 100_000 && QUOTED.test(v);
  });
  if (!quoted.length) return fn(params);
  // Where does each such param land: render with markers in their place and look either side.
  const probe: Params = { ...params };
  quoted.forEach((k, i) => {
    probe[k] = `${MARK}${i}${MARK}`;
  });
  const shape = fn(probe);
  const fixed: Params = { ...params };
  quoted.forEach((k, i) => {
    const at = shape.indexOf(`${MARK}${i}${MARK}`);
    if (at < 0) return;
    const end = at + `${MARK}${i}${MARK}`.length;
    if (OPEN.has(shape[at - 1] ?? '') && CLOSE.has(shape[end] ?? ''))
      fixed[k] = innerQuotes(params[k]!, lang);
  });
  return fn(fixed);
}
