/** A YAML file from disk to data, with every finding placed at file:line:column. */
import type { Finding, Path, Position } from '../model/finding.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';
import { DEFAULT_MAX_BYTES, readSource } from './read-source.js';
import { readSimpleYaml, simpleLocator } from './simple-yaml.js';

export interface LoadedYaml {
  file: string;
  data?: Record<string, unknown>;
  findings: Finding[];
  locate(path: Path): Position;
  /** A spreadsheet row: it has no evidence folder of its own. */
  row?: true;
  /** A workbook row's pictures in cells (WPS DISPIMG), by their id: evidence of the row. */
  images?: ReadonlySet<string>;
}

/** Fills in file, line and column for findings that carry only a path. */
export function place(findings: Finding[], file: string, locate: (p: Path) => Position): Finding[] {
  return findings.map((f) => {
    if (f.line !== undefined) return { ...f, file };
    const pos = f.path ? locate(f.path) : { line: 1, column: 1 };
    return { ...f, file, ...pos };
  });
}

export function loadYamlFile(file: string, maxBytes = DEFAULT_MAX_BYTES): LoadedYaml {
  const read = readSource(file, maxBytes);
  const origin = () => ({ line: 1, column: 1 });
  if (!read.ok) return { file, findings: place(read.findings, file, origin), locate: origin };
  const parsed = parseText(read.source.text);
  const findings = place([...read.findings, ...parsed.findings], file, parsed.locate);
  return {
    file,
    ...(parsed.data !== undefined ? { data: parsed.data as Record<string, unknown> } : {}),
    findings,
    locate: parsed.locate,
  };
}

/**
 * The text's data, findings and places: the simple reader's when it reads the text (the plain
 * block YAML files are written in; it gives `yaml`'s data and places, and no finding, as
 * test/rank/simple-yaml.test.ts holds it to), else `yaml`'s, which stays the authority. The
 * simple reader is several times faster and keeps no document tree: a rubric of 60,000 metrics
 * once took 300 MB to read with `yaml`.
 */
function parseText(text: string): ParsedYaml {
  const simple = readSimpleYaml(text);
  if (simple?.kind === 'data')
    return { data: simple.data, findings: [], locate: simpleLocator(text, simple) };
  return parseYaml(text);
}
