#!/usr/bin/env node
// node scripts/readme-examples.mjs (after npm run build): every example in README.md that is a
// fenced block holding one `civscore …` command followed by a fenced block of output is run again
// through the built binary (colour off, stdout and stderr as a terminal shows them) and its output
// block replaced, so the README shows what the tool prints today.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const text = readFileSync('README.md', 'utf8');
const pair = /```\n(civscore [^\n]*(?:\\\n[^\n]*)*)\n```\n```\n[\s\S]*?\n```/g;
const out = text.replace(pair, (whole, command) => {
  const args = command.replace(/\\\n\s*/g, ' ').replace(/^civscore /, '');
  const r = spawnSync('sh', ['-c', `node bin/civscore.js ${args} 2>&1`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '' },
  });
  return `\`\`\`\n${command}\n\`\`\`\n\`\`\`\n${r.stdout.trimEnd()}\n\`\`\``;
});
writeFileSync('README.md', out);
