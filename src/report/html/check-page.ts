/**
 * `check --format html`: each community's page of the report alone (score, sections, every
 * criterion with the source's words, the fixes), and a file's findings at file:line:column.
 */
import { message } from '../../i18n/catalog.js';
import { nameWithId } from '../../i18n/list.js';
import { severityWord, where } from '../findings-text.js';
import { labeller } from '../labels.js';
import type { CheckReport, Formatter } from '../types.js';
import { esc } from './escape.js';
import { communityView } from './model.js';
import { communityPage, documentStart } from './render.js';

export const checkHtml: Formatter<CheckReport> = (report, { lang }) => {
  const first = report.files.find((f) => f.result)?.result;
  const title = first ? nameWithId(lang, first.entity.name, first.entity.id) : 'civscore';
  const out = documentStart({ lang, version: '', title });
  report.files.forEach((f, i) => {
    const l = labeller(lang, f.rubric);
    if (f.findings.length) {
      out.push(`<section class="findings"><h4>${esc(f.file)}</h4><ul>`);
      for (const fd of f.findings)
        out.push(
          `<li><code>${esc(where(fd))}</code> ${esc(severityWord(fd.severity, l.lang))} <code>${esc(fd.code)}</code> ${esc(l.finding(fd))}</li>`,
        );
      out.push('</ul></section>');
    }
    if (f.result && f.rubric)
      out.push(communityPage(communityView(f.result, f.rubric, l, `c${i + 1}`), { lang }));
    else out.push(`<p>${esc(message(lang, 'ui.file-invalid'))}</p>`);
  });
  out.push('</body>', '</html>', '');
  return out.join('\n');
};
