/**
 * A system Chromium, Chrome or Edge for printing PDF, driven by playwright-core (which downloads
 * nothing). Found from CHROME_PATH, then the usual install paths of each platform.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

/**
 * Prints an HTML document to PDF: A4, the page's own @page margins, backgrounds kept. The page
 * is loaded from memory and every request it makes is refused, so nothing leaves the machine.
 */
export async function printPdf(html: string, executablePath: string): Promise<Buffer> {
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
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
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
