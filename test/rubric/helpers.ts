/** Shared by the rubric-authoring tests: fixture paths, and `# expect: code @token` markers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = relative(ROOT, fileURLToPath(new URL('../fixtures/rubric', import.meta.url)));

export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

export interface Expected {
  code: string;
  line: number;
  column: number;
}

/** Each `# expect: <code> @<token>` comment names a finding at that line, at the token's column. */
export function expectations(file: string): Expected[] {
  const out: Expected[] = [];
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /#\s*expect:\s*(\S+)\s+@(.+?)\s*$/.exec(line);
      if (!m) return;
      const column = line.indexOf(m[2]!) + 1;
      out.push({ code: m[1]!, line: i + 1, column });
    });
  return out;
}

export const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
