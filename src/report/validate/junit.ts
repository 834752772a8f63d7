/**
 * JUnit XML: one <testcase> per file, named by its path (stable across runs), a <failure> when
 * the file has errors, warnings and notes in <system-out>.
 */
import { where } from '../findings-text.js';
import type { FormatOptions } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF) are dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

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
    const line = (x: (typeof f.findings)[number]) => `${where(x)}  ${x.severity}  ${x.code}  ${l.finding(x)}`;
    const errors = f.findings.filter((x) => x.severity === 'error');
    const others = f.findings.filter((x) => x.severity !== 'error');
    const name = xmlEscape(f.file);
    out.push(`    <testcase classname="civscore.validate" name="${name}" file="${name}">`);
    if (errors.length) {
      const first = errors[0]!;
      out.push(
        `      <failure type="${xmlEscape(first.code)}" message="${xmlEscape(`${errors.length} error(s): ${l.finding(first)}`)}">${xmlEscape(errors.map(line).join('\n'))}</failure>`,
      );
    }
    if (others.length) out.push(`      <system-out>${xmlEscape(others.map(line).join('\n'))}</system-out>`);
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
