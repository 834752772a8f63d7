/**
 * Where a key is in a file, read again for a finding about it after the batch (a duplicate id, a
 * community without a street). The simple reader places it exactly as the `yaml` parser would and
 * is what the batch read almost every file with; the `yaml` parser (about a hundred times slower
 * on a small file) reads only the files outside its subset. Only the last file read is kept: a
 * period that does not match the rubric's year can put every file of a batch here.
 */

import { loadYamlFile } from '../load/load-yaml-file.js';
import { readSource } from '../load/read-source.js';
import { locateSimpleYaml } from '../load/simple-yaml.js';
import type { Path, Position } from '../model/finding.js';

export function fileLocator(): (file: string, path: Path) => Position {
  let last: { file: string; locate: (path: Path) => Position } | undefined;
  return (file, path) => {
    if (last?.file !== file) last = { file, locate: locatorOf(file) };
    return last.locate(path);
  };
}

function locatorOf(file: string): (path: Path) => Position {
  const read = readSource(file);
  const simple = read.ok && read.findings.length === 0 ? locateSimpleYaml(read.source.text) : undefined;
  return simple ?? loadYamlFile(file).locate;
}
