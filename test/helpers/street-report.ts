/** What the report's browser tests share: the system browser (required in CI) and the example street. */
import { findBrowser } from '../../src/cli/browser.js';

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
