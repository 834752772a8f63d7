/**
 * Every `source.quote` of a rubric is the source's own words: the quote is looked for in the
 * source document it cites (its own `file`, else the rubric's), after both are normalised the
 * same way: full-width forms (NFKC), the pinyin a capture glosses characters with (創(chuàng)),
 * punctuation, symbols and spacing dropped, a character the capture doubled (我们们, 文文明)
 * taken once, Latin letters in lower case. An ellipsis in a quote (……) stands for words left
 * out: the parts must be found in order. Pure: the raw rubric and the sources' texts in,
 * findings out, each at the quote's path.
 */
import { type Finding, finding, type Path } from './finding.js';

/** Pinyin in brackets after a character, as captures of traditional pages gloss them: (chuàng). */
const PINYIN_GLOSS = /[(（][a-z\u00c0-\u024f\u1e00-\u1eff]+[)）]/giu;
const DROPPED = /[\s\p{P}\p{S}]/gu;
const RUN = /(.)\1+/gu;
const ELLIPSIS = /…+|\.{3,}|⋯+/u;

/** A text as quotes and sources are compared. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(PINYIN_GLOSS, '')
    .replace(DROPPED, '')
    .replace(RUN, '$1')
    .toLowerCase();
}

/** Whether a quote (parts split at an ellipsis, in order) is in a source already keyed by quoteKey. */
export function quoteInSource(quote: string, keyedSource: string): boolean {
  let from = 0;
  for (const part of quote.split(ELLIPSIS)) {
    const k = quoteKey(part);
    if (k === '') continue;
    const at = keyedSource.indexOf(k, from);
    if (at < 0) return false;
    from = at + k.length;
  }
  return true;
}

/** A quote and where it is in the rubric file, with the source file it cites. */
export interface CitedQuote {
  quote: string;
  file: string;
  path: Path;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Every `source: { quote }` anywhere in the rubric (the rubric's, criteria, tiers, quotas, options,
 * a cycle), with the file it cites: its own, else the rubric's. A quote with no file to look in
 * is left out (nothing to check it against).
 */
export function citedQuotes(raw: unknown): CitedQuote[] {
  const out: CitedQuote[] = [];
  const top = isObject(raw) && isObject(raw.source) ? raw.source.file : undefined;
  const visit = (node: unknown, path: Path) => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => visit(x, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'source' && isObject(v) && typeof v.quote === 'string') {
        const file = typeof v.file === 'string' ? v.file : typeof top === 'string' ? top : undefined;
        if (file) out.push({ quote: v.quote, file, path: [...path, k, 'quote'] });
      }
      visit(v, [...path, k]);
    }
  };
  visit(raw, []);
  return out;
}

/**
 * `lint.quote-not-in-source` for a quote its source does not hold, `lint.source-unread` (once per
 * file) for a cited file that is not among the texts. `texts`: file name → the source's text.
 */
export function quoteFindings(raw: unknown, texts: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const keyed = new Map<string, string>();
  const unread = new Set<string>();
  for (const q of citedQuotes(raw)) {
    let key = keyed.get(q.file);
    if (key === undefined) {
      const text = texts.get(q.file);
      if (text === undefined) {
        if (!unread.has(q.file)) out.push(finding('lint.source-unread', 'warning', { file: q.file }, q.path));
        unread.add(q.file);
        continue;
      }
      keyed.set(q.file, (key = quoteKey(text)));
    }
    if (!quoteInSource(q.quote, key))
      out.push(finding('lint.quote-not-in-source', 'error', { quote: q.quote, file: q.file }, q.path));
  }
  return out;
}
