/**
 * Duplicate-key detection for `yaml` in linear time. `yaml` checks each new key of a mapping
 * against every earlier one (`items.some(pair => isEqual(pair.key, key))`), which made a file of
 * 4,900 long keys take 19 s. This comparer answers the first call for a key from a set of the
 * mapping's keys (found by the mapping's first key, which that first call always passes) and
 * every later call for the same key with a constant: same answers, a few nanoseconds per call.
 * Equality is yaml's own: scalars with equal values (of the same type); other keys never equal.
 */
import { isScalar } from 'yaml';

type KeyNode = unknown;

const keyOf = (k: KeyNode): string | undefined => {
  if (!isScalar(k)) return undefined;
  const v = k.value;
  return `${v === null ? 'null' : typeof v}:${String(v)}`;
};

export function uniqueKeysComparer(): (a: KeyNode, b: KeyNode) => boolean {
  const keysOf = new WeakMap<object, Set<string>>();
  let current: KeyNode;
  return (a, b) => {
    if (b === current) return false;
    current = b;
    if (a === b) return true;
    const first = a as object;
    let keys = keysOf.get(first);
    if (!keys) {
      keys = new Set();
      const k = keyOf(a);
      if (k !== undefined) keys.add(k);
      keysOf.set(first, keys);
    }
    const k = keyOf(b);
    if (k === undefined) return false;
    if (keys.has(k)) return true;
    keys.add(k);
    return false;
  };
}
