/**
 * JUnit XML: one <testcase> per self-assessment, as the text output counts them: a YAML file, or
 * each row of a workbook or CSV file (named by its place, `自评.xlsx:Sheet1!A7`, `自评.csv:7:1`,
 * stable while the rows stay). A <failure> when it has errors, warnings and notes in
 * <system-out>. What a workbook says outside its rows (a header) is the file's own test case when
 * it is an error, else the suite's <system-out>. The failure's message and the finding lines are
 * in the user's language; the element and attribute names are JUnit's.
 */
import { message } from '../../i18n/catalog.js';
import type { Finding } from '../../model/finding.js';
import { placeText, rowOf } from '../../model/place.js';
import { terminalText } from '../escape/terminal.js';
import { xmlAttribute, xmlText } from '../escape/xml.js';
import { findingLine } from '../findings-text.js';
import type { Labeller } from '../labels.js';
import type { FileReport, FormatOptions } from '../types.js';
import { labellers } from './labels.js';
import type { SheetRowPlace, ValidateReport } from './types.js';

/** One test case: its name, its findings, and how many errors it had (repeats counted). */
interface Case {
  name: string;
  file: string;
  findings: readonly Finding[];
  errors: number;
}

/** A file's test cases: itself, or its rows (and itself for an error outside them); the rest's lines. */
function casesOf(
  f: FileReport,
  rows: readonly SheetRowPlace[] | undefined,
): { cases: Case[]; aside: Finding[] } {
  const errorsOf = (fs: readonly Finding[]) => fs.filter((x) => x.severity === 'error').length;
  if (!rows?.length)
    return {
      cases: [{ name: f.file, file: f.file, findings: f.findings, errors: errorsOf(f.findings) }],
      aside: [],
    };
  const byRow = new Map<SheetRowPlace, Finding[]>(rows.map((r) => [r, []]));
  const outside: Finding[] = [];
  for (const x of f.findings) {
    const row = rowOf(rows, x);
    if (row) byRow.get(row)!.push(x);
    else outside.push(x);
  }
  const cases: Case[] = rows.map((r) => ({
    name: placeText({ file: f.file, ...r.at }),
    file: f.file,
    findings: byRow.get(r)!,
    errors: r.errors,
  }));
  const outsideErrors = errorsOf(outside);
  if (outsideErrors) cases.unshift({ name: f.file, file: f.file, findings: outside, errors: outsideErrors });
  return { cases, aside: outsideErrors ? [] : outside };
}

/** A test case's lines: a failure naming its first error, its other findings in <system-out>. */
function caseXml(c: Case, l: Labeller, lang: FormatOptions['lang'], repeated: Finding | undefined): string[] {
  const line = (x: Finding) => findingLine(x, l);
  const errors = c.findings.filter((x) => x.severity === 'error');
  const others = c.findings.filter((x) => x.severity !== 'error');
  const out = [
    // The name as the terminal shows it (`\n`, `\x1b`, `\u202e`): a reader decodes `&#10;` back
    // into a line break, and a report that prints the test's name would start a line with it. The
    // file stays the file's exact path (as an annotation's file= does), for tools that link to it.
    `    <testcase classname="civscore.validate" name="${xmlAttribute(terminalText(c.name))}" file="${xmlAttribute(c.file)}">`,
  ];
  // A row whose errors were said once for the file (load.repeated) names that line.
  const first = errors[0] ?? (c.errors ? repeated : undefined);
  if (first) {
    const text = message(lang, 'validate.junit-failure', {
      errors: String(Math.max(c.errors, errors.length)),
      first: terminalText(l.finding(first)),
    });
    out.push(
      `      <failure type="${xmlAttribute(first.code)}" message="${xmlAttribute(text)}">${xmlText((errors.length ? errors : [first]).map(line).join('\n'))}</failure>`,
    );
  }
  if (others.length) out.push(`      <system-out>${xmlText(others.map(line).join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/** Written a few hundred test cases at a time: 100,000 files are never one string. */
export function* validateJunitChunks(report: ValidateReport, { lang }: FormatOptions): Generator<string> {
  const labelFor = labellers(lang);
  const files = report.files.map((f) => ({ f, ...casesOf(f, report.rows?.get(f.file)) }));
  const tests = files.reduce((n, x) => n + x.cases.length, 0);
  const failures = files.reduce((n, x) => n + x.cases.filter((c) => c.errors > 0).length, 0);
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="civscore validate" ${counts}>`,
    `  <testsuite name="civscore validate" ${counts} skipped="0">`,
  ];
  const aside: string[] = [];
  for (const { f, cases, aside: rest } of files) {
    const l = labelFor(f.rubric);
    const repeated = f.findings.find((x) => x.code === 'load.repeated' && x.severity === 'error');
    for (const c of cases) {
      out.push(...caseXml(c, l, lang, repeated));
      if (out.length >= CHUNK_LINES) {
        yield `${out.join('\n')}\n`;
        out.length = 0;
      }
    }
    for (const x of rest) aside.push(findingLine(x, l));
  }
  if (aside.length) out.push(`    <system-out>${xmlText(aside.join('\n'))}</system-out>`);
  out.push('  </testsuite>', '</testsuites>');
  yield `${out.join('\n')}\n`;
}

/** Lines per chunk written. */
const CHUNK_LINES = 256;
