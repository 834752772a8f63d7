/** zod's issues turned into our findings: stable codes and parameters, never zod's English. */
import type { z } from 'zod';
import { suggestChoice } from './choice-words.js';
import { type Finding, finding, type Path } from './finding.js';
import { suggest } from './names.js';

export function zodFindings(
  error: z.ZodError,
  root: unknown,
  known?: (path: Path) => string[] | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const issue of error.issues) out.push(...toFindings(issue, root, known));
  return dedupe(out);
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function toFindings(
  issue: z.core.$ZodIssue,
  root: unknown,
  known?: (path: Path) => string[] | undefined,
): Finding[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const key = String(path[path.length - 1] ?? '');
  // `~` left where a value belongs (an init template not yet filled in) is said as that.
  if (issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(root, path) === null)
    return [finding('schema.unfilled', 'error', { key }, path)];
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(root, path);
      if (actual === undefined) return [finding('schema.required', 'error', { key }, path)];
      return [
        finding('schema.type', 'error', { key, expected: issue.expected, actual: describe(actual) }, path),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const s = suggest(k, known?.(path) ?? []);
        return finding('schema.unknown-key', 'error', s ? { key: k, suggestion: s } : { key: k }, [
          ...path,
          k,
        ]);
      });
    case 'invalid_value': {
      // A key left out (a metric without its `type`) is missing, never a value "undefined".
      const actual = valueAt(root, path);
      if (actual === undefined) return [finding('schema.required', 'error', { key }, path)];
      return [invalidValue(key, describe(actual), issue.values.map(String), path)];
    }
    case 'invalid_format':
      return [finding('schema.format', 'error', { key, actual: describe(valueAt(root, path)) }, path)];
    case 'too_small':
    case 'too_big':
      return [
        finding(
          issue.code === 'too_small' ? 'schema.too-small' : 'schema.too-big',
          'error',
          {
            key,
            actual: describe(valueAt(root, path)),
            limit: String(issue.code === 'too_small' ? issue.minimum : issue.maximum),
          },
          path,
        ),
      ];
    case 'invalid_union': {
      // A discriminated union with no match on the discriminator, or a union of shapes: report the
      // nearest branch's issues when there is one clear branch, else that the value fits none.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.sort((a, b) => a.length - b.length)[0];
      if (best && branches.length === 1)
        return best.flatMap((i) =>
          toFindings({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue, root, known),
        );
      const note = (issue as { note?: string }).note;
      if (note === 'No matching discriminator') {
        // zod's path already ends at the discriminator (`kind`), and it lists the values it accepts.
        const at = path[path.length - 1] === 'kind' ? path : [...path, 'kind'];
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const actual = valueAt(root, at);
        if (actual === undefined) return [finding('schema.required', 'error', { key: 'kind' }, at)];
        return [invalidValue('kind', describe(actual), options, at)];
      }
      return [finding('schema.shape', 'error', { key, actual: describe(valueAt(root, path)) }, path)];
    }
    default:
      return [finding('schema.invalid', 'error', { key, actual: describe(valueAt(root, path)) }, path)];
  }
}

/** A value not among those allowed, with the nearest allowed one (`treshold` → threshold). */
function invalidValue(key: string, actual: string, values: string[], path: Path): Finding {
  const s = suggestChoice(actual, values);
  const params = { key, actual, expected: values.join(' | ') };
  return finding('schema.invalid-value', 'error', s ? { ...params, suggestion: s } : params, path);
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.code}|${JSON.stringify(f.path)}|${JSON.stringify(f.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
