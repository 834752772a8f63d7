#!/usr/bin/env node
// Drafts the zh-TW catalogue of each message file from its zh-CN one (OpenCC, Taiwan characters; phrase conversion would turn 社区 into 社群),
// where the zh-TW block is still empty `{}`. The output is committed and reviewed like any code;
// `--force` redrafts every block. Usage: node scripts/fill-zh-tw.mjs [--force]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';

const toTW = OpenCC.Converter({ from: 'cn', to: 'tw' });
const dir = new URL('../src/i18n/messages/', import.meta.url);
const force = process.argv.includes('--force');

/** Top-level argument spans of the first `defineMessages(` call: [start, end) of each `{…}`. */
function argumentSpans(src) {
  const start = src.indexOf('defineMessages(');
  const spans = [];
  let depth = 0;
  let open = -1;
  for (let i = start + 'defineMessages('.length; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) spans.push([open, i + 1]);
    } else if (ch === ')' && depth === 0) break;
  }
  return spans;
}

for (const name of readdirSync(dir)) {
  if (!name.endsWith('.ts')) continue;
  const url = new URL(name, dir);
  const src = readFileSync(url, 'utf8');
  const spans = argumentSpans(src);
  if (spans.length !== 3) continue;
  const [, cn, tw] = spans;
  const twText = src.slice(tw[0], tw[1]);
  if (!force && twText.replace(/\s/g, '') !== '{}') continue;
  // Taiwan quotes with 「」 (test/lastmile/zh-tw-quotes.test.ts holds every message to it).
  const drafted = toTW(src.slice(cn[0], cn[1])).replace(/“/g, '「').replace(/”/g, '」');
  writeFileSync(url, src.slice(0, tw[0]) + drafted + src.slice(tw[1]));
  console.log(`drafted zh-TW in ${name}`);
}
