/**
 * Where a rubric and its criteria come from, as users read it: the source document's title
 * (its file name only as a reference), and a mark on every criterion its source does not contain.
 */
import { message } from '../i18n/catalog.js';
import { type Lang, pick } from '../model/localized.js';
import { allCriteria, type Criterion, type Rubric, type SourceRef } from '../model/rubric.js';

/** The mark after a criterion that is not in its source document. */
export const INFERRED_MARK = '※';

/** "Title (file), year" in the reader's language; undefined when the source names nothing. */
export function sourceCitation(src: SourceRef | undefined, lang: Lang): string | undefined {
  if (!src) return undefined;
  const title = src.title ? pick(src.title, lang) : '';
  if (!title && !src.file && !src.note) return undefined;
  return message(lang, 'provenance.cite', {
    title: title || src.file || src.note!.trim(),
    file: title ? (src.file ?? '') : '',
    year: src.year !== undefined ? String(src.year) : '',
  });
}

/** The document a criterion cites, by title when it is the rubric's own source. */
export function criterionDocument(c: Criterion, rubric: Rubric, lang: Lang): string {
  const file = c.source?.file;
  if (!file) return '';
  const own = rubric.source?.file === file ? rubric.source : undefined;
  return own?.title ? message(lang, 'provenance.document', { title: pick(own.title, lang), file }) : file;
}

export const isInferred = (c: Criterion): boolean => c.source?.inferred === true;

/** Provenance for JSON: the source document (title in the reader's language, file, year) and the criteria not in it. */
export function provenanceJson(rubric: Rubric, lang: Lang) {
  const src = rubric.source;
  return {
    source: src
      ? {
          ...(src.title ? { title: pick(src.title, lang) } : {}),
          ...(src.file ? { file: src.file } : {}),
          ...(src.year !== undefined ? { year: src.year } : {}),
        }
      : null,
    notFromSource: allCriteria(rubric)
      .filter(isInferred)
      .map((c) => ({ criterion: c.id, label: message(lang, 'provenance.inferred') })),
  };
}
