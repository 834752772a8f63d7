/**
 * One finding per line: `file:line:column  severity  code  message`, as editors and CI expect.
 * The file name and the message (which quotes names, keys and values from the file) are shown
 * with terminalText: nothing from a file can break the line or reach the terminal as a control.
 */
import { message } from '../i18n/catalog.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Lang } from '../model/localized.js';
import { placeText } from '../model/place.js';
import { byCodeUnits } from '../model/text-order.js';
import { terminalText } from './escape/terminal.js';
import type { Labeller } from './labels.js';
import type { Style } from './style.js';

export function where(f: Finding): string {
  return placeText(f);
}

/**
 * The severity as a reader says it (错误/警告/提示, 錯誤/警告/提示, error/warning/info), for every
 * human-readable output. Machine formats (JSON, SARIF, JUnit attributes, GitHub annotations) keep
 * the English keyword their format defines.
 */
export function severityWord(sev: Severity, lang: Lang): string {
  return message(lang, `table.severity.${sev}`);
}

export function findingLine(f: Finding, l: Labeller, style?: Style): string {
  const word = severityWord(f.severity, l.lang);
  const sev = style ? style.severity(f.severity, word) : word;
  return `${terminalText(where(f))}  ${sev}  ${f.code}  ${terminalText(l.finding(f))}`;
}

export function sortFindings(fs: readonly Finding[]): Finding[] {
  return [...fs].sort(
    (a, b) =>
      byCodeUnits(a.file ?? '', b.file ?? '') ||
      byCodeUnits(a.sheet ?? '', b.sheet ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      byCodeUnits(a.code, b.code),
  );
}
