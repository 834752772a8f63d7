/** The validate report as JSON: codes, positions and params for programs, messages in the chosen language. */
import { findingJson } from '../check/json.js';
import { Fields, jsonChunks, Lazy } from '../json-chunks.js';
import type { FormatOptions } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

/** Written one file at a time: 100,000 files are never one string. */
export function* validateJsonChunks(report: ValidateReport, { lang }: FormatOptions): Generator<string> {
  const labelFor = labellers(lang);
  const files = new Lazy(report.files.length, (i) => {
    const f = report.files[i]!;
    const l = labelFor(f.rubric);
    return {
      file: f.file,
      valid: !f.findings.some((x) => x.severity === 'error'),
      findings: f.findings.map((x) => findingJson(x, l.finding(x))),
    };
  });
  const limit = report.maxWarnings !== undefined;
  yield* jsonChunks(
    new Fields([
      ['version', 1],
      ['summary', report.summary],
      ['maxWarnings', limit ? report.maxWarnings : undefined],
      ['tooManyWarnings', limit ? report.tooManyWarnings : undefined],
      ['files', files],
    ]),
  );
  yield '\n';
}
