/**
 * Simplified Chinese as a Taiwan reader writes it: traditional characters and Taiwan phrasing
 * (OpenCC cn → twp: 信息 → 資訊, 数据 → 資料, 网络 → 網路), for a rubric that has no zh-TW titles
 * (a district's own rubric, written in zh-CN only). Words of this domain the phrase table gets
 * wrong keep their meaning: 社区 is 社區 (a residential community, not 社群, an online one), a
 * 文件 is a document (not 檔案, a computer file), 视频监控 is 監視器.
 *
 * The dictionary is 1 MB of source: loaded from node_modules the first time a title needs it,
 * never bundled, so a run that shows only zh-TW titles (or another language) does not parse it.
 */
import { createRequire } from 'node:module';

/** Kept as the domain means them; the phrase table would turn the first two into 社群 and 檔案. */
const KEEP: Record<string, string> = {
  社区: '社區',
  社區: '社區',
  文件: '文件',
  视频监控: '監視器',
  视频: '視訊',
};
const KEEP_RE = new RegExp(`(${Object.keys(KEEP).join('|')})`, 'u');
const HAN = /[\u3400-\u9fff]/;

let convert: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  if (convert) return convert;
  const OpenCC = createRequire(import.meta.url)('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
  const made: (s: string) => string = OpenCC.Converter({ from: 'cn', to: 'twp' });
  convert = made;
  return made;
}

const done = new Map<string, string>();

/** The text in traditional characters with Taiwan phrasing (pure but for a cache). */
export function toTaiwan(text: string): string {
  if (!HAN.test(text)) return text;
  const hit = done.get(text);
  if (hit !== undefined) return hit;
  const cn2twp = converter();
  const out = text
    .split(KEEP_RE)
    .map((part, i) => (i % 2 === 1 ? KEEP[part]! : part ? cn2twp(part) : part))
    .join('')
    // Taiwan quotes with 「」.
    .replace(/“/g, '「')
    .replace(/”/g, '」');
  if (done.size < 10_000) done.set(text, out);
  return out;
}
