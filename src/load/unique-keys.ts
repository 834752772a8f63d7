/**
 * Duplicate-key detection for `yaml` in linear time. `yaml` checks each new key of a mapping
 * against every earlier one (`items.some(pair => isEqual(pair.key, key))`): quadratic in the keys
 * of one mapping even with a constant-time comparer (a rubric of 60,000 metrics took 10 s, one of
 * 4,900 long keys 19 s). So yaml's own check is turned off (`uniqueKeys: false`) and this walk
 * adds the same DUPLICATE_KEY errors yaml would have, at the key, from one set per mapping.
 * Equality is yaml's own: scalars with equal values (of the same type); other keys never equal.
 */
import { type Document, isMap, isScalar, type ParsedNode, visit, YAMLParseError } from 'yaml';

const keyOf = (k: unknown): string | undefined => {
  if (!isScalar(k)) return undefined;
  const v = k.value;
  return `${v === null ? 'null' : typeof v}:${String(v)}`;
};

/** Adds a DUPLICATE_KEY error to `doc.errors` for each key a mapping already has, in position order. */
export function addDuplicateKeyErrors(doc: Document): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map) || map.items.length < 2) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const k = keyOf(pair.key);
        if (k === undefined) continue;
        if (!seen.has(k)) {
          seen.add(k);
          continue;
        }
        const at = (pair.key as ParsedNode).range?.[0] ?? 0;
        found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  if (!found.length) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
