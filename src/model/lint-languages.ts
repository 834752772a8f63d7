/**
 * Titles missing in a language: a rubric read in zh-CN, zh-TW and en shows each reader every
 * title in their language, or else a fallback (zh-TW converted from zh-CN, Chinese for English
 * readers). A language the rubric never uses, or gives for fewer than half its titles, is said
 * once (info, at the first title without it); a title left out where most others have that
 * language is an oversight: a warning at the title itself.
 */
import { type Finding, finding, type Path } from './finding.js';
import { LANGS, type Lang } from './localized.js';
import type { RubricFile } from './rubric-schema.js';

type Label = string | Partial<Record<Lang, string>> | undefined;

/** Every label the file writes, with where it is. */
function labelsOf(raw: RubricFile): { label: Label; path: Path }[] {
  const out: { label: Label; path: Path }[] = [{ label: raw.title, path: ['title'] }];
  raw.sections.forEach((s, i) => {
    out.push({ label: s.title, path: ['sections', i, 'title'] });
    s.criteria.forEach((c, j) => {
      out.push({ label: c.title, path: ['sections', i, 'criteria', j, 'title'] });
    });
  });
  for (const [id, m] of Object.entries(raw.metrics))
    out.push({ label: m.title, path: ['metrics', id, 'title'] });
  for (const [id, f] of Object.entries(raw.facilities)) {
    const { 'zh-CN': cn, 'zh-TW': tw, en } = f;
    out.push({
      label: { ...(cn ? { 'zh-CN': cn } : {}), ...(tw ? { 'zh-TW': tw } : {}), ...(en ? { en } : {}) },
      path: ['facilities', id],
    });
  }
  raw.tiers.forEach((t, i) => {
    out.push({ label: t.title, path: ['tiers', i, 'title'] });
  });
  raw.quotas.forEach((q, i) => {
    out.push({ label: q.title, path: ['quotas', i, 'title'] });
  });
  return out.filter((l) => l.label !== undefined);
}

function has(label: Label, lang: Lang): boolean {
  if (typeof label === 'string') return lang === 'zh-CN';
  return !!label?.[lang];
}

/** What a reader of `lang` sees instead: converted Chinese, the other Chinese, or English. */
function shown(label: Label, lang: Lang): string {
  if (lang === 'zh-TW' && has(label, 'zh-CN')) return 'converted';
  if (lang === 'zh-CN' && has(label, 'zh-TW')) return 'converted';
  return has(label, 'zh-CN') || has(label, 'zh-TW') ? 'chinese' : 'english';
}

export function lintLanguages(raw: RubricFile): Finding[] {
  const labels = labelsOf(raw);
  const out: Finding[] = [];
  for (const lang of LANGS) {
    const missing = labels.filter((l) => !has(l.label, lang));
    if (missing.length === 0) continue;
    const given = labels.length - missing.length;
    if (given > 0 && given < missing.length) {
      const first = missing[0]!;
      const params = { lang, given, count: labels.length, shown: shown(first.label, lang) };
      out.push(finding('lint.lang-partial', 'info', params, first.path));
      continue;
    }
    if (given === 0) {
      const first = missing[0]!;
      out.push(
        finding(
          'lint.lang-missing',
          'info',
          { lang, count: missing.length, shown: shown(first.label, lang) },
          first.path,
        ),
      );
      continue;
    }
    for (const m of missing)
      out.push(finding('lint.title-missing', 'warning', { lang, shown: shown(m.label, lang) }, m.path));
  }
  return out;
}
