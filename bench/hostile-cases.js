// Hostile inputs under the 5 MB size limit that once cost minutes or gigabytes (issue 11, point 9),
// generated at a chosen scale: bench/hostile.js runs them at full size against time and memory
// limits; test/hostile/machine-limits.test.ts runs small versions through the binary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = (p) => new URL(`../${p}`, import.meta.url);
const street = () => readFileSync(here('examples/street/guigan.yaml'), 'utf8');

/** `count` unknown metric keys of `length` characters each (a "did you mean" for every one). */
export function longUnknownKeys(dir, count = 4900, length = 1000) {
  mkdirSync(dir, { recursive: true });
  const keys = [];
  for (let i = 0; i < count; i++) keys.push(`  ${`k${i}-`.padEnd(length, 'x')}: 1`);
  const text = street().replace(/^metrics:\n/m, `metrics:\n${keys.join('\n')}\n`);
  const file = join(dir, 'long-keys.yaml');
  writeFileSync(file, text);
  return file;
}

/** `aliases` aliases of one `length`-character string (a billion-laughs of size, not of count). */
export function aliasBomb(dir, aliases = 99, length = 1_500_000) {
  mkdirSync(dir, { recursive: true });
  const lines = [`notes: &big "${'x'.repeat(length)}"`, 'extra:'];
  for (let i = 0; i < aliases; i++) lines.push(`  - *big`);
  const text = street().replace(/^notes:.*$/m, '') + lines.join('\n') + '\n';
  const file = join(dir, 'alias-bomb.yaml');
  writeFileSync(file, text);
  return file;
}

/** A rubric of `criteria` flag criteria on one metric, and a submission for it. */
export function hugeRubric(dir, criteria = 48_000) {
  mkdirSync(dir, { recursive: true });
  const lines = [
    'rubric: huge',
    'title: huge',
    'metrics:',
    '  m: { type: flag }',
    'sections:',
    '  - id: s',
    '    criteria:',
  ];
  for (let i = 0; i < criteria; i++) lines.push(`      - { id: c${i}, kind: flag, metric: m, points: 1 }`);
  lines.push('tiers: [{ id: pass, min-score: 1 }]');
  const rubric = join(dir, 'huge.yaml');
  writeFileSync(rubric, `${lines.join('\n')}\n`);
  const file = join(dir, 'community.yaml');
  writeFileSync(
    file,
    `rubric: ./huge.yaml\ncommunity: { id: c1, name: c1, street: s }\nperiod: 2005\nmetrics:\n  m: true\n`,
  );
  return { rubric, file };
}

/**
 * A chain of `files` rubrics of `criteria` criteria each, every one extending the one before and
 * overriding all its criteria (each merge places every criterion), and a submission for the last.
 */
export function extendsChain(dir, files = 3, criteria = 2000) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < files; f++) {
    const lines = f === 0 ? ['rubric: chain', 'title: chain', 'metrics:', '  m: { type: flag }'] : [];
    if (f > 0) lines.push(`rubric: chain${f}`, `extends: ./chain${f - 1}.yaml`);
    lines.push('sections:', '  - id: s', '    criteria:');
    for (let i = 0; i < criteria; i++)
      lines.push(
        f === 0
          ? `      - { id: c${i}, kind: flag, metric: m, points: 1 }`
          : `      - { id: c${i}, title: { zh-CN: 第${f}层${i} } }`,
      );
    if (f === 0) lines.push('tiers: [{ id: pass, min-score: 1 }]');
    writeFileSync(join(dir, `chain${f}.yaml`), `${lines.join('\n')}\n`);
  }
  const rubric = join(dir, `chain${files - 1}.yaml`);
  const file = join(dir, 'community.yaml');
  writeFileSync(
    file,
    `rubric: ./chain${files - 1}.yaml\ncommunity: { id: c1, name: c1, street: s }\nperiod: 2005\nmetrics:\n  m: true\n`,
  );
  return { rubric, file };
}

/** `files` rubrics in a chain, each with a description of `chars` characters: large together. */
export function bulkyChain(dir, files = 3, chars = 800_000) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < files; f++) {
    const head =
      f === 0
        ? [
            'rubric: bulky0',
            'title: bulky',
            'metrics:',
            '  m: { type: flag }',
            'sections:',
            '  - id: s',
            '    criteria:',
            '      - { id: c0, kind: flag, metric: m, points: 1 }',
            'tiers: [{ id: pass, min-score: 1 }]',
          ]
        : [`rubric: bulky${f}`, `extends: ./bulky${f - 1}.yaml`];
    writeFileSync(
      join(dir, `bulky${f}.yaml`),
      `${[...head, `description: "${'x'.repeat(chars)}"`].join('\n')}\n`,
    );
  }
  const file = join(dir, 'community.yaml');
  writeFileSync(
    file,
    `rubric: ./bulky${files - 1}.yaml\ncommunity: { id: c1, name: c1, street: s }\nperiod: 2005\nmetrics:\n  m: true\n`,
  );
  return { rubric: join(dir, `bulky${files - 1}.yaml`), file };
}

/**
 * A rubric of `metrics` metrics (60,000: 1.49 MB, under the 2,000,000-byte limit) and one
 * criterion, and a submission for it: every command that reads the rubric builds them all.
 */
export function manyMetrics(dir, metrics = 60_000) {
  mkdirSync(dir, { recursive: true });
  const lines = ['rubric: metrics', 'title: metrics', 'metrics:'];
  for (let i = 0; i < metrics; i++) lines.push(`  m${i}: { type: flag }`);
  lines.push('tiers:', '  - { id: ok, title: ok, min-score: 1 }', 'sections:', '  - id: s', '    title: s');
  lines.push('    criteria:', '      - { id: c, title: c, kind: flag, metric: m0, points: 1 }');
  const rubric = join(dir, 'metrics.yaml');
  writeFileSync(rubric, `${lines.join('\n')}\n`);
  const file = join(dir, 'c1.yaml');
  writeFileSync(
    file,
    `rubric: ./metrics.yaml\ncommunity: { id: c1, name: c1, street: s }\nperiod: 2005\nmetrics:\n  m0: true\n`,
  );
  return { rubric, file };
}

/** A rubric with `keys` unknown keys of `length` characters at its top (a "did you mean" for each). */
export function unknownRubricKeys(dir, keys = 2000, length = 40) {
  mkdirSync(dir, { recursive: true });
  const lines = ['rubric: keys', 'title: keys', 'metrics:', '  m: { type: flag }'];
  for (let i = 0; i < keys; i++) lines.push(`${`k${i}-`.padEnd(length, 'x')}: 1`);
  lines.push('tiers:', '  - { id: ok, title: ok, min-score: 1 }', 'sections:', '  - id: s', '    title: s');
  lines.push('    criteria:', '      - { id: c, title: c, kind: flag, metric: m, points: 1 }');
  const rubric = join(dir, 'keys.yaml');
  writeFileSync(rubric, `${lines.join('\n')}\n`);
  const file = join(dir, 'c1.yaml');
  writeFileSync(
    file,
    `rubric: ./keys.yaml\ncommunity: { id: c1, name: c1, street: s }\nperiod: 2005\nmetrics:\n  m: true\n`,
  );
  return { rubric, file };
}

/** A folder of the example street with one community named by `chars` characters (4.5 MB of text). */
export function hugeName(dir, chars = 1_500_000) {
  mkdirSync(dir, { recursive: true });
  for (const name of ['guigan', 'dingzi', 'fuqian'])
    writeFileSync(join(dir, `${name}.yaml`), readFileSync(here(`examples/street/${name}.yaml`), 'utf8'));
  const text = street()
    .replace('id: guigan', 'id: huge')
    .replace(/name: [^,]+,/, `name: "${'长'.repeat(chars)}",`);
  writeFileSync(join(dir, 'huge.yaml'), text);
  return dir;
}

/**
 * A CSV file of `records` records each with a broken quote (5 MB at the default): the reader goes
 * on after each one, and once made bytes of the whole rest of the text at every restart.
 */
export function brokenCsv(dir, records = 150_000) {
  mkdirSync(dir, { recursive: true });
  const lines = ['id,name,street'];
  for (let i = 0; i < records; i++) lines.push(`c${i},"名${i},五马街道 x"y`);
  const file = join(dir, 'broken-quotes.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
