/**
 * Hostile self-assessments for the output tests (issue 11, points 1–5): names, keys, values and
 * file names that try to run formulas in a spreadsheet, draw on the terminal, inject Markdown,
 * forge CI workflow commands, or blow a table up. Each is a valid submission otherwise, written to
 * a fresh temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Submission {
  /** The file's name inside the folder (may itself be hostile). */
  file: string;
  id: string;
  name: string;
  street?: string;
  /** Extra metric lines (raw YAML values), e.g. an unknown key or an unreadable value. */
  extraMetrics?: Record<string, string>;
}

/** A double-quoted YAML scalar holding exactly `s` (JSON's escapes are YAML's). */
const quoted = (s: string) => JSON.stringify(s);

export function submissionYaml(s: Submission): string {
  const extras = s.extraMetrics ?? {};
  const extra = Object.entries(extras)
    .map(([k, v]) => `  ${quoted(k)}: ${quoted(v)}\n`)
    .join('');
  return BASE.replace('{{name}}', quoted(s.name))
    .replace('{{street}}', quoted(s.street ?? '五马街道'))
    .replace('{{id}}', s.id)
    .split('\n')
    .filter((l) => !Object.hasOwn(extras, l.trim().split(':')[0]!))
    .join('\n')
    .replace('{{extra}}', extra);
}

const BASE = `rubric: district-2005-community
community: { id: {{id}}, name: {{name}}, street: {{street}}, district: 鹿城区, type: 老城区 }
period: 2005
metrics:
  service-area: 120 m2
  office-service-area: 180 m2
  households: 2100
  culture-room-seats: 40
  community-police-officers: 1
  health-station-coverage: true
  patrol-team: true
  open-affairs: true
  cadre-education-rate: 85%
  major-incident: false
{{extra}}facilities:
  - { kind: 社区服务站, area: 120 m2 }
`;

/** Writes the submissions to a new folder; returns it. */
export function writeSubmissions(subs: readonly Submission[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'civscore-hostile-output-'));
  for (const s of subs) writeFileSync(join(dir, s.file), submissionYaml(s));
  return dir;
}

/** Formula and DDE payloads a spreadsheet would run (point 1). */
export const FORMULAS = [
  "-1+cmd|' /C calc'!A0",
  '-2.5*3',
  '=HYPERLINK("http://evil")',
  '+1+1',
  '@SUM(1)',
  '\t=1',
  '\r=1',
];

/** Terminal escapes: clear screen, cursor up, window title, hyperlink, bidi override (point 2). */
export const ESCAPES = [
  '\u001b[2J',
  '\u001b[1A\u001b[2K',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;http://evil\u001b\\x\u001b]8;;\u001b\\',
  '\u202egnp.exe',
];

/** Markdown and HTML that must stay text (point 3). */
export const MARKDOWN = [
  '<img src=x onerror=alert(1)>',
  '[click](http://evil.example)',
  'a\r## forged heading',
  '<!-- hide',
  '`code` **bold** https://evil.example www.evil.example',
];

/** GitHub Actions workflow commands a newline would forge (point 4). */
export const WORKFLOW = ['x\n::error::forged', 'x\r\n::add-mask::secret', 'x\n::stop-commands::tok'];

/** One submission per payload, as the community name; ids c0, c1, … */
export function named(payloads: readonly string[], prefix = 'c'): Submission[] {
  return payloads.map((name, i) => ({ file: `${prefix}${i}.yaml`, id: `${prefix}${i}`, name }));
}

/** The amplification case (point 5): one name of `bytes` characters among `others` plain files. */
export function amplification(bytes: number, others: number): Submission[] {
  return [
    { file: 'huge.yaml', id: 'huge', name: '长'.repeat(bytes) },
    ...Array.from({ length: others }, (_, i) => ({ file: `n${i}.yaml`, id: `n${i}`, name: `社区${i}` })),
  ];
}
