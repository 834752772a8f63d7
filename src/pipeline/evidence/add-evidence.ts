/**
 * `civscore evidence add`: evidence entries written into a self-assessment's YAML text, under
 * `evidence.<criterion>`, with their sha256 and kind. `yaml`'s Document finds where (each node's
 * range); the text is then spliced there, so every other byte of the file (comments, key order,
 * quoting, flow lists) stays as it was. A new entry is one line,
 * `- { path: …, sha256: …, kind: 照片 }`, indented as the entries before it; an entry already
 * listed for the same path is rewritten in place. Pure: text and hashes in, text out (and
 * criterionIdsLacking, which reads the file's rubric to hold --criterion to it).
 */
import { isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadYamlFile } from '../../load/load-yaml-file.js';
import { allCriteria, type Rubric } from '../../model/rubric.js';
import { selectRubric } from '../select-rubric.js';

export interface NewEvidence {
  /** Relative to the self-assessment's folder, `/` between folders. */
  path: string;
  sha256: string;
  /** As the operator wrote it (照片), or undefined. */
  kind?: string;
}

export type AddResult = { ok: true; text: string } | { ok: false; detail: string };

/** A scalar for a flow mapping: plain when it surely reads back as the same string, else double-quoted. */
function scalar(s: string): string {
  const plain =
    /^[A-Za-z0-9_\u3400-\u9fff\uf900-\ufaff][\w\u3400-\u9fff\uf900-\ufaff./()（）-]*$/u.test(s) &&
    !/^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(s) &&
    !/^(true|false|null|~|yes|no|on|off)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

function entryText(e: { path: string; sha256: string; kind?: string; note?: string }): string {
  const parts = [`path: ${scalar(e.path)}`, `sha256: ${scalar(e.sha256)}`];
  if (e.kind !== undefined) parts.push(`kind: ${scalar(e.kind)}`);
  if (e.note !== undefined) parts.push(`note: ${JSON.stringify(e.note)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The start of the line `offset` is on, and that line's indentation before `offset`. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Just past the end of the line `offset` is on (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(offset - 1, 0));
  return nl < 0 ? text.length : nl + 1;
}

interface Splice {
  at: number;
  end: number;
  text: string;
}

function apply(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.at - a.at))
    out = out.slice(0, s.at) + s.text + out.slice(s.end);
  return out;
}

/** Text with a newline at its end, so that lines can be added after it. */
const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

const isBlock = (n: Node) => !(n as { flow?: boolean }).flow;

export function addEvidence(given: string, criterion: string, entries: readonly NewEvidence[]): AddResult {
  // A last line without its newline gets one: lines are added after it.
  const text = withNewline(given);
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, detail: doc.errors[0]!.message.split('\n')[0]! };
  const top = doc.contents;
  if (!isMap(top) || !isBlock(top)) return { ok: false, detail: 'not a block mapping' };
  const key = scalar(criterion);
  const lines = (indent: string) => entries.map((e) => `${indent}- ${entryText(e)}\n`).join('');

  const evidence = top.get('evidence', true) as Node | null | undefined;
  if (evidence === undefined || isEmpty(evidence)) {
    // No `evidence:` yet (or an empty one): a new block at the end of the file, or in its place.
    const indent = ' '.repeat(Math.max(2, topIndent(text, top)));
    const block = `evidence:\n${indent}${key}:\n${lines(`${indent}  `)}`;
    if (evidence === undefined) return { ok: true, text: text + block };
    const pair = top.items.find((p) => isScalar(p.key) && p.key.value === 'evidence')!;
    const start = (pair.key as Node).range![0];
    const end = lineEnd(text, (evidence as Node).range?.[1] ?? (pair.key as Node).range![1]);
    return { ok: true, text: apply(text, [{ at: start, end, text: block }]) };
  }
  if (!isMap(evidence) || !isBlock(evidence))
    return { ok: false, detail: '`evidence:` is not a block mapping' };
  const map = evidence as YAMLMap;
  const list = map.get(criterion, true) as Node | null | undefined;
  if (list === undefined || isEmpty(list)) {
    const first = map.items[0]!.key as Node;
    const indent = ' '.repeat(columnOf(text, first.range![0]));
    const block = `${indent}${key}:\n${lines(indent + ' '.repeat(itemIndent(text, map)))}`;
    if (list === undefined) {
      const at = lineEnd(text, map.range![1]);
      return { ok: true, text: apply(text, [{ at, end: at, text: block }]) };
    }
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === criterion)!;
    const start = (pair.key as Node).range![0] - columnOf(text, (pair.key as Node).range![0]);
    const end = lineEnd(text, list?.range?.[1] ?? (pair.key as Node).range![1]);
    return { ok: true, text: apply(text, [{ at: start, end, text: block }]) };
  }
  if (!isSeq(list) || !isBlock(list))
    return { ok: false, detail: `\`evidence.${criterion}\` is not a block list` };
  const seq = list as YAMLSeq;
  const splices: Splice[] = [];
  const added: NewEvidence[] = [];
  for (const e of entries) {
    const existing = seq.items.find((item) => isMap(item) && item.get('path') === e.path) as
      | YAMLMap
      | undefined;
    if (!existing?.range) {
      added.push(e);
      continue;
    }
    const kind = e.kind ?? (existing.get('kind') as string | undefined);
    const note = existing.get('note') as string | undefined;
    // A block mapping's range takes its last line's newline; a flow mapping's ends at its `}`.
    const [start, end] = existing.range;
    const block = isBlock(existing) ? '\n' : '';
    splices.push({
      at: start,
      end,
      text:
        entryText({
          path: e.path,
          sha256: e.sha256,
          ...(kind !== undefined ? { kind } : {}),
          ...(note !== undefined ? { note } : {}),
        }) + block,
    });
  }
  if (added.length) {
    const indent = ' '.repeat(columnOf(text, seq.range![0]));
    const at = lineEnd(text, seq.range![1]);
    return {
      ok: true,
      text: apply(text, [
        ...splices,
        { at, end: at, text: added.map((e) => `${indent}- ${entryText(e)}\n`).join('') },
      ]),
    };
  }
  return { ok: true, text: apply(text, splices) };
}

/** How far the lists of `map` indent their items past their keys (2 when it has none). */
function itemIndent(text: string, map: YAMLMap): number {
  for (const p of map.items) {
    const v = p.value as Node | null;
    if (isSeq(v) && isBlock(v) && v.range && (p.key as Node)?.range)
      return Math.max(0, columnOf(text, v.range[0]) - columnOf(text, (p.key as Node).range![0]));
  }
  return 2;
}

/** `key:` with nothing, or `~`, under it. */
function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && (node.value === null || node.value === ''));
}

/** The indentation of the file's nested blocks (the first indented key), 2 when none. */
function topIndent(text: string, top: YAMLMap): number {
  for (const p of top.items) {
    const v = p.value as Node | null;
    if (isMap(v) && isBlock(v) && v.items[0]?.key) return columnOf(text, (v.items[0].key as Node).range![0]);
  }
  return 2;
}

/**
 * Whether the self-assessment's own rubric (its `rubric:`, or --rubric) has the criterion: the
 * criterion ids it has when it does not (for a did-you-mean); undefined when no rubric can be
 * read (nothing to hold the id to: the entry is written, and check names it later).
 */
export function criterionIdsLacking(
  file: string,
  criterion: string,
  rubric?: string,
): readonly string[] | undefined {
  const r = assessmentRubric(file, rubric);
  if (!r) return undefined;
  const ids = allCriteria(r).map((c) => c.id);
  return ids.includes(criterion) ? undefined : ids;
}

/** The rubric a self-assessment is judged by (`rubric`, else its own `rubric:`), when it can be used. */
export function assessmentRubric(file: string, rubric?: string): Rubric | undefined {
  const y = loadYamlFile(file);
  if (!y.data) return undefined;
  const choice = selectRubric(y as typeof y & { data: Record<string, unknown> }, rubric);
  return choice.kind === 'rubric' ? choice.rubric : undefined;
}
