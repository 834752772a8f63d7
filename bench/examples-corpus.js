// A messy batch for `npm run bench` (BENCH_CASES=examples): `count` files copied round-robin from
// every YAML file under examples/ (self-assessments, broken files, rubrics, rosters, waivers),
// into one folder, each community's id made unique per copy. Copies that name a rubric by a
// relative path name one that is not there, as a batch gathered from many folders does.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const here = (p) => new URL(`../${p}`, import.meta.url);

function yamlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Writes the corpus; returns how many files and how many distinct sources. */
export function examplesCorpus(dir, count) {
  mkdirSync(dir, { recursive: true });
  const sources = yamlFiles(here('examples').pathname).map((f) => [basename(f), readFileSync(f, 'utf8')]);
  for (let i = 0; i < count; i++) {
    const [name, text] = sources[i % sources.length];
    const unique = text.replace(/\bid: ([A-Za-z0-9_.-]+)/, (_, id) => `id: ${id}-${i}`);
    writeFileSync(join(dir, `e${String(i).padStart(6, '0')}-${name}`), unique);
  }
  return { files: count, sources: sources.length };
}
