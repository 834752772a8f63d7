/**
 * A system Chromium, Chrome or Edge for printing PDF, driven by playwright-core (which downloads
 * nothing). Found from CHROME_PATH, then the usual install paths of each platform.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { destinationPages } from '../report/html/pdf-destinations.js';
import { CliError } from './errors.js';

export function browserCandidates(env: Readonly<NodeJS.ProcessEnv>, platform: NodeJS.Platform): string[] {
  const list: string[] = [];
  if (platform === 'win32') {
    for (const base of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      Boolean,
    ) as string[]) {
      list.push(
        join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(base, 'Chromium', 'Application', 'chrome.exe'),
      );
    }
  } else if (platform === 'darwin') {
    list.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else {
    list.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/chromium-headless-shell',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/usr/bin/microsoft-edge',
      '/opt/microsoft/msedge/msedge',
      '/snap/bin/chromium',
    );
  }
  return list;
}

export function findBrowser(
  env: Readonly<NodeJS.ProcessEnv> = process.env,
  platform = process.platform,
): string {
  // A browser the user named is the only one tried: a wrong CHROME_PATH is said, not worked around.
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : browserCandidates(env, platform);
  for (const p of candidates) {
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {}
  }
  throw new CliError('report.no-browser', { paths: candidates.join(', ') }, 2);
}

/** What to print: the document for the page numbers known so far, and the footer of every page. */
export interface PrintJob {
  /** The HTML, with the printed contents' page numbers when they are known. */
  render(pages?: ReadonlyMap<string, number>): string;
  /** Chromium's footer template (its `pageNumber` and `totalPages` classes are filled in). */
  footer: string;
}

/** At most this many printings to settle the contents' page numbers (they take no more room). */
const PASSES = 3;

/**
 * Prints an HTML document to PDF: A4, the page's own @page margins, backgrounds kept, a footer
 * on every page. The contents learn their page numbers from a first printing (the named
 * destinations Chromium writes for every link target) and the document is printed again with
 * them, until the numbers hold. The page is loaded from memory and every request it makes is
 * refused, so nothing leaves the machine.
 */
export async function printPdf(job: PrintJob, executablePath: string): Promise<Buffer> {
  // require, not import(): the CLI runs as a script compiled from a code cache, where import() is not available.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const print = async (pages?: ReadonlyMap<string, number>) => {
      await page.setContent(job.render(pages), { waitUntil: 'load' });
      return page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: job.footer,
      });
    };
    let pdf = await print();
    let pages = destinationPages(pdf);
    for (let pass = 1; pages && pass < PASSES; pass++) {
      const again = await print(pages);
      const now = destinationPages(again);
      pdf = again;
      if (!now || samePages(now, pages)) break;
      pages = now;
    }
    return pdf;
  } catch (e) {
    throw new CliError(
      'report.pdf-failed',
      { detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) },
      2,
    );
  } finally {
    await browser.close();
  }
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
