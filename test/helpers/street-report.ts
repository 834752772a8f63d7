/**
 * What the report's browser tests share: the system browser (required in CI), the example street,
 * and that street's report printed as a PDF.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { findBrowser } from '../../src/cli/browser.js';
import { type CliRun, runCli } from './run-cli.js';

/** The browser to print with; in CI a missing one fails the tests rather than skipping them. */
export function browserPath(): string | undefined {
  try {
    return findBrowser();
  } catch (e) {
    if (process.env.CI) throw new Error(`CI has no browser for the report tests: ${(e as Error).message}`);
    return undefined;
  }
}

/** The example street, grouped by street, on a fixed day. */
export const STREET = ['examples/street', '--group', 'street', '--as-of', '2005-12-31'];

/** Its nine communities, in ranking order. */
export const NAMES = [
  '桂柑社区',
  '府前社区',
  '花柳塘社区',
  '桃李社区',
  '五马街社区',
  '鼓楼社区',
  '菱藕社区',
  '庆年坊社区',
  '丁字社区',
];

/** A printed report and the run that printed it (its stderr names `pdf`). */
export interface PrintedReport {
  pdf: string;
  run: CliRun;
}

/**
 * `civscore report <STREET> --lang <lang> --format pdf --output <pdf>`, printed with `executable`
 * once per test run: the files that read its pages (browser, pdf-pages and print-pages in
 * test/report) each printed the same PDF, some 3 s of a browser each. Kept in the run's folder
 * (test/helpers/run-folder.ts) with the run's stdout, stderr and exit code; two files asking at
 * once may both print it, each into a folder of its own process, and either answer holds.
 */
export function streetPdf(lang: string, executable: string): PrintedReport {
  const record = join(inject('runFolder'), `street-${lang}.json`);
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as PrintedReport;
  const dir = join(inject('runFolder'), `pdf-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, `street-${lang}.pdf`);
  const run = runCli(['report', ...STREET, '--lang', lang, '--format', 'pdf', '--output', pdf], {
    env: { CHROME_PATH: executable },
  });
  writeFileSync(`${record}.${process.pid}`, JSON.stringify({ pdf, run }));
  renameSync(`${record}.${process.pid}`, record);
  return { pdf, run };
}
