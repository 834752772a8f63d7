/**
 * The source documents a rubric's quotes cite, read from a folder (`rubric lint --sources`): each
 * file by the name the rubric gives (`004_5d52db5c1ade0b7c.txt`), decoded as any text civscore
 * reads (UTF-8, GB18030, Big5). A checkout of civscore keeps the built-in rubrics' sources in
 * `sources/` beside `rubrics/`; the package does not ship them.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { citedQuotes } from '../model/lint-quotes.js';
import { readSource } from './read-source.js';
import { BUILTIN_DIR } from './rubrics.js';

/** The sources of the built-in rubrics, when this is a checkout that has them. */
export function builtinSourcesDir(): string | undefined {
  const dir = resolve(BUILTIN_DIR, '../sources');
  return existsSync(dir) ? dir : undefined;
}

/** The texts of the files a rubric cites that the folder holds, by the name the rubric gives. */
export function readSourceTexts(dir: string, raw: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file } of citedQuotes(raw)) {
    if (texts.has(file) || basename(file) !== file) continue;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const r = readSource(path);
    if (r.ok) texts.set(file, r.source.text);
  }
  return texts;
}
