#!/usr/bin/env node
// node scripts/readme-examples.mjs [--check] (after npm run build): README.md's generated parts,
// made again from the program so that the README says what the program does:
// - every fenced block holding one `civscore …` command followed by a fenced block of output: the
//   command is run again through the built binary (colour off, no width limit, stdout then stderr
//   as a terminal shows them) and its output block replaced;
// - `<!-- options: CMD -->` … `<!-- /options -->`: the options of `civscore CMD --help` in English
//   (`global` for the options every command takes);
// - `<!-- rubrics -->` … `<!-- /rubrics -->`: the built-in rubrics, from `rubric list --format json`;
// - `<!-- kinds -->` … `<!-- /kinds -->`: how many criterion kinds there are, and their ids;
// - `<!-- runtime-deps -->` … `<!-- /runtime-deps -->`: package.json's runtime dependencies.
// With --check it writes nothing and exits 1 when README.md differs from what it would write
// (test/lastmile/readme.test.ts runs it so), naming the first part that drifted.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const env = { ...process.env, NO_COLOR: '1', COLUMNS: '', LANG: 'C.UTF-8' };
delete env.FORCE_COLOR;

function civscore(args) {
  const r = spawnSync(process.execPath, ['bin/civscore.js', ...args], { encoding: 'utf8', env });
  return r;
}

const text = readFileSync('README.md', 'utf8');
const drifted = [];

// 1. Commands and what they print.
const pair = /```\n(civscore [^\n]*(?:\\\n[^\n]*)*)\n```\n```\n([\s\S]*?)\n```/g;
let out = text.replace(pair, (_whole, command, shown) => {
  const args = command.replace(/\\\n\s*/g, ' ').replace(/^civscore /, '');
  const r = spawnSync('sh', ['-c', `node bin/civscore.js ${args} 2>&1`], { encoding: 'utf8', env });
  const now = r.stdout.trimEnd();
  if (now !== shown) drifted.push(`the output of: civscore ${args}`);
  return `\`\`\`\n${command}\n\`\`\`\n\`\`\`\n${now}\n\`\`\``;
});

// 2. Option lists, from each command's help.
function optionsOf(command) {
  const help = civscore([
    ...(command === 'global' ? ['check'] : command.split(' ')),
    '--help',
    '--lang',
    'en',
  ]).stdout;
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l === (command === 'global' ? 'Global options:' : 'Options:'));
  if (start < 0) throw new Error(`no options in: civscore ${command} --help`);
  const body = [];
  for (const l of lines.slice(start + 1)) {
    if (l === '' || /^\S/.test(l)) break;
    body.push(l);
  }
  // -h is every command's; the rest is what the command takes.
  const kept = [];
  let skip = false;
  for (const l of body) {
    if (/^ {2}\S/.test(l)) skip = /^\s+-h, --help\b/.test(l) || (command === 'global' && /--version/.test(l));
    if (!skip) kept.push(l);
  }
  return `\`\`\`\n${kept.join('\n')}\n\`\`\``;
}
out = out.replace(
  /(<!-- options: ([a-z ]+) -->)[\s\S]*?(<!-- \/options -->)/g,
  (whole, open, command, close) => {
    const now = `${open}\n${optionsOf(command)}\n${close}`;
    if (now !== whole) drifted.push(`the options of ${command}`);
    return now;
  },
);

// 3. The built-in rubrics.
const rubrics = JSON.parse(civscore(['rubric', 'list', '--format', 'json', '--lang', 'en']).stdout).rubrics;
const table = [
  '| id | title | level | year | source |',
  '|---|---|---|---|---|',
  ...rubrics.map(
    (r) =>
      `| \`${r.id}\` | ${r.title} | ${r.level} | ${r.year ?? ''} | ${(r.source ?? '').replace(/\|/g, '\\|')} |`,
  ),
].join('\n');
out = out.replace(/(<!-- rubrics -->)[\s\S]*?(<!-- \/rubrics -->)/, (whole, open, close) => {
  const now = `${open}\n${table}\n${close}`;
  if (now !== whole) drifted.push('the list of built-in rubrics');
  return now;
});

// 4. The criterion kinds.
const { CRITERION_KIND_IDS } = await import('../dist/kinds/registry.js');
const WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const kinds = `${WORDS[CRITERION_KIND_IDS.length] ?? CRITERION_KIND_IDS.length} kinds (${CRITERION_KIND_IDS.map((k) => `\`${k}\``).join(', ')})`;
out = out.replace(/(<!-- kinds -->)[\s\S]*?(<!-- \/kinds -->)/, (whole, open, close) => {
  const now = `${open}${kinds}${close}`;
  if (now !== whole) drifted.push('the criterion kinds');
  return now;
});

// 5. The runtime dependencies.
const deps = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}).sort();
const depsText = `${WORDS[deps.length] ?? deps.length} runtime ${deps.length === 1 ? 'dependency' : 'dependencies'}: ${deps.map((d) => `\`${d}\``).join(', ')}`;
out = out.replace(/(<!-- runtime-deps -->)[\s\S]*?(<!-- \/runtime-deps -->)/, (whole, open, close) => {
  const now = `${open}${depsText}${close}`;
  if (now !== whole) drifted.push('the runtime dependencies');
  return now;
});

if (check) {
  if (out !== text) {
    console.error(`README.md has drifted from the program: ${drifted.join('; ') || 'a generated part'}`);
    console.error('Run: npm run build && node scripts/readme-examples.mjs');
    process.exit(1);
  }
} else writeFileSync('README.md', out);
