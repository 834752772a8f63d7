/** One finding per line: `file:line:column  severity  code  message`, as editors and CI expect. */
import type { Finding } from '../model/finding.js';
import { placeText } from '../model/place.js';
import { byCodeUnits } from '../model/text-order.js';
import type { Labeller } from './labels.js';
import type { Style } from './style.js';

export function where(f: Finding): string {
  return placeText(f);
}

export function findingLine(f: Finding, l: Labeller, style: Style): string {
  return `${where(f)}  ${style.severity(f.severity, f.severity)}  ${f.code}  ${l.finding(f)}`;
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
