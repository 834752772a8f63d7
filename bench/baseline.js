// A baseline for bench/run.js: read and parse every *.yaml file under a folder in one process,
// with `yaml` or `js-yaml`, and nothing else. Usage: node bench/baseline.js yaml|js-yaml <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import YAML from 'yaml';

const [parser, dir] = process.argv.slice(2);
const parse = parser === 'yaml' ? (t) => YAML.parse(t) : (t) => jsyaml.load(t);
const files = readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(dir, f));
let ok = 0;
let failed = 0;
for (const f of files) {
  try {
    parse(readFileSync(f, 'utf8'));
    ok++;
  } catch {
    failed++;
  }
}
process.stdout.write(`${JSON.stringify({ parser, files: files.length, ok, failed })}\n`);
