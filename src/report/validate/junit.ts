/**
 * JUnit XML: one <testcase> per file, named by its path (stable across runs), a <failure> when
 * the file has errors, warnings and notes in <system-out>. The failure's message and the finding
 * lines are in the user's language; the element and attribute names are JUnit's.
 */
import { message } from '../../i18n/catalog.js';
import { terminalText } from '../escape/terminal.js';
import { xmlAttribute, xmlText } from '../escape/xml.js';
import { findingLine } from '../findings-text.js';
import type { FormatOptions } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

/** Written a few hundred test cases at a time: 100,000 files are never one string. */
export function* validateJunitChunks(report: ValidateReport, { lang }: FormatOptions): Generator<string> {
  const labelFor = labellers(lang);
  const failures = report.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="civscore validate" tests="${report.files.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="civscore validate" tests="${report.files.length}" failures="${failures}" errors="0" skipped="0">`,
  ];
  for (const f of report.files) {
    const l = labelFor(f.rubric);
    const line = (x: (typeof f.findings)[number]) => findingLine(x, l);
    const errors = f.findings.filter((x) => x.severity === 'error');
    const others = f.findings.filter((x) => x.severity !== 'error');
    const name = xmlAttribute(f.file);
    out.push(`    <testcase classname="civscore.validate" name="${name}" file="${name}">`);
    if (errors.length) {
      const first = errors[0]!;
      out.push(
        `      <failure type="${xmlAttribute(first.code)}" message="${xmlAttribute(message(lang, 'validate.junit-failure', { errors: String(errors.length), first: terminalText(l.finding(first)) }))}">${xmlText(errors.map(line).join('\n'))}</failure>`,
      );
    }
    if (others.length) out.push(`      <system-out>${xmlText(others.map(line).join('\n'))}</system-out>`);
    out.push('    </testcase>');
    if (out.length >= CHUNK_LINES) {
      yield `${out.join('\n')}\n`;
      out.length = 0;
    }
  }
  out.push('  </testsuite>', '</testsuites>');
  yield `${out.join('\n')}\n`;
}

/** Lines per chunk written. */
const CHUNK_LINES = 256;
