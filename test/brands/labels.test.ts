/**
 * Brand categories under one pattern of label in every language (issue #25: "Brand labels mix
 * 学习型 with 平安"): each Chinese label is 某某型, each English one an adjective of the same form.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The options line of brand-category in `init`, joined over its wrapped lines, ※ marks dropped. */
function options(lang: string): string[] {
  const r = runCli(['init', '--rubric', 'brand-community-2006', '--lang', lang], { env: { COLUMNS: '80' } });
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => /# (可选|可選|options)：?:? ?/.test(l) && /learning/.test(l));
  let text = lines[at]!.replace(/^.*?(可选|可選|options)[：:] ?/, '');
  // Chinese wraps between any two characters and puts each option's id in （）.
  const gap = lang === 'en' ? ' ' : '';
  for (let i = at + 1; /^ {2}# {4}/.test(lines[i]!); i++)
    text += `${gap}${lines[i]!.replace(/^ {2}# +/, '')}`;
  return text
    .replace(/ ※/g, '')
    .split(lang === 'en' ? /\),\s*/ : /）、/)
    .map((x) => x.replace(/\s*[(（].*$/, '').trim());
}

describe('brand categories', () => {
  it('read 某某型 in Chinese, adjectives in English, all eleven', () => {
    expect(options('zh-CN')).toEqual([
      '学习型',
      '关爱型',
      '服务型',
      '互助型',
      '温暖型',
      '敬老型',
      '平安型',
      '安居型',
      '无毒型',
      '生态型',
      '文化型',
    ]);
    expect(options('zh-TW')).toEqual([
      '學習型',
      '關愛型',
      '服務型',
      '互助型',
      '溫暖型',
      '敬老型',
      '平安型',
      '安居型',
      '無毒型',
      '生態型',
      '文化型',
    ]);
    expect(options('en')).toEqual([
      'learning',
      'caring',
      'service-oriented',
      'mutual-aid',
      'warm',
      'elder-respecting',
      'safe',
      'well-housed',
      'drug-free',
      'ecological',
      'cultural',
    ]);
  });
});
