/** A YAML file from disk to data, with every finding placed at file:line:column. */
import type { Finding, Path, Position } from '../model/finding.js';
import { parseYaml } from './parse-yaml.js';
import { DEFAULT_MAX_BYTES, readSource } from './read-source.js';

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
  const parsed = parseYaml(read.source.text);
  const findings = place([...read.findings, ...parsed.findings], file, parsed.locate);
  return {
    file,
    ...(parsed.data !== undefined ? { data: parsed.data as Record<string, unknown> } : {}),
    findings,
    locate: parsed.locate,
  };
}
