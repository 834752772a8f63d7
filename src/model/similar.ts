/**
 * "Did you mean": the candidate closest to a name as typed. Latin names (ids, options, commands)
 * by edit distance and letter case; Chinese names, typed on an IME, by containment (a label with
 * something added, "社区警务室（含调解室）" → 社区警务室) and by the characters they share, the
 * leading ones weighing more: in 警务站 the head 站 says less than 警务 (→ 警务室, not 服务站).
 * Pure, no dependencies, used by every place that suggests a name.
 */

const HAN = /[\u3400-\u9fff]/;
const PREFIXES = ['社区', '社區'];

/** NFKC, lower case, no spaces or separators: `Police Office` and `police-office` compare equal. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_·・.]+/g, '');
}

function core(s: string): string {
  for (const p of PREFIXES) if (s.startsWith(p) && s.length > p.length) return s.slice(p.length);
  return s;
}

/** Edit distance, a swap of two neighbours counting as one edit (chekc → check). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How alike two Chinese names are, 0 to about 1.25: shared characters, plus a common start. */
export function hanSimilarity(a: string, b: string): number {
  const x = [...core(a)];
  const y = [...core(b)];
  if (x.length === 0 || y.length === 0) return 0;
  const ys = new Set(y);
  const shared = new Set(x.filter((c) => ys.has(c))).size;
  let lead = 0;
  while (lead < x.length && lead < y.length && x[lead] === y[lead]) lead++;
  return (2 * shared) / (x.length + y.length) + (0.25 * lead) / Math.min(x.length, y.length);
}

/** The closest candidate, if any is close enough to be worth saying. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const w = normalizeName(word);
  if (!w) return undefined;
  const list = [...candidates].map((c) => [c, normalizeName(c)] as const);
  const same = list.find(([, n]) => n === w);
  if (same) return same[0];
  if (HAN.test(w)) {
    // The longest name inside what was typed, else the shortest name that contains it.
    const inside = list.filter(([, n]) => n.length >= 2 && w.includes(n));
    if (inside.length) return inside.reduce((a, b) => (b[1].length > a[1].length ? b : a))[0];
    const around = list.filter(([, n]) => w.length >= 2 && n.includes(w));
    if (around.length) return around.reduce((a, b) => (b[1].length < a[1].length ? b : a))[0];
    let best: string | undefined;
    let bestScore = 0.5;
    for (const [c, n] of list) {
      const s = hanSimilarity(w, n);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(w.length / 3)) + 1;
  for (const [c, n] of list) {
    // The distance is at least the difference in length: no need to compute it when that is too far.
    if (n.length > 100 || Math.abs(n.length - w.length) >= bestD) continue;
    const d = editDistance(w, n);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
