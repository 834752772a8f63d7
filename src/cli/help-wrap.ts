/**
 * Wrapping help text that has Chinese in it: commander wraps only at spaces, and a Chinese
 * description has none. Here a line may break between any two Chinese characters, never before a
 * closing mark (，。、）…) nor after an opening one (（“…), and Latin words stay whole.
 */
import { displayWidth } from '../report/rank/grid.js';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const OPEN = '（「『“‘《〈【';
const CLOSE = '，。、；：）」』”’！？》〉】';
// Fullwidth brackets and marks are in the CJK range too: a CJK character here is not one of them,
// so "（--rubric）" stays one chunk and "（" never ends a line.
const CHUNK = new RegExp(
  `\\s*(?:[${OPEN}]*(?![${OPEN}${CLOSE}])[${CJK}][${CLOSE}]*|[${OPEN}]*[^\\s${CJK}${OPEN}${CLOSE}]+[${CLOSE}]*|\\S)`,
  'g',
);

export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let current = '';
    let used = 0;
    for (const chunk of line.match(CHUNK) ?? []) {
      const w = displayWidth(chunk);
      if (current && used + w > width) {
        out.push(current);
        current = chunk.trimStart();
        used = displayWidth(current);
      } else {
        current += chunk;
        used += w;
      }
    }
    out.push(current);
  }
  return out.join('\n');
}
