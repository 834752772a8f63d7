/**
 * The scores of a group as a histogram: bins over 0 to the possible total, a count over each
 * bar, and a dashed line with its title at each tier's minimum score.
 */
import { ACCENT, MUTED } from './palette.js';
import { f, frame, line, rect, text } from './svg.js';

export interface HistogramInput {
  id: string;
  title: string;
  scores: number[];
  /** The highest possible score (the x axis ends there). */
  max: number;
  /** Tier lines: a score and its words. */
  marks: { value: number; label: string }[];
  bins?: number;
  width?: number;
}

const H = 210;
const LEFT = 28;
const RIGHT = 12;
const TOP = 44;
const BOTTOM = 24;

export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** Equal bins over [0, max]; the last bin includes max itself. */
export function bins(scores: readonly number[], max: number, n: number): Bin[] {
  const size = max > 0 ? max / n : 1;
  const out: Bin[] = Array.from({ length: n }, (_, i) => ({ from: i * size, to: (i + 1) * size, count: 0 }));
  for (const s of scores) {
    const i = Math.min(n - 1, Math.max(0, Math.floor(s / size)));
    out[i]!.count++;
  }
  return out;
}

export function histogram(input: HistogramInput): string {
  const width = input.width ?? 640;
  const n = input.bins ?? 10;
  const data = bins(input.scores, input.max, n);
  const peak = Math.max(1, ...data.map((b) => b.count));
  const plotW = width - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (v: number) => LEFT + (plotW * Math.min(input.max, Math.max(0, v))) / (input.max || 1);
  const y = (c: number) => TOP + plotH - (plotH * c) / peak;
  let body = line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, ` stroke="${MUTED}"`);
  for (const b of data) {
    const x0 = x(b.from) + 1;
    const w = x(b.to) - x(b.from) - 2;
    if (b.count) {
      body += rect(x0, y(b.count), w, TOP + plotH - y(b.count), '#3d6fb0', ' class="bin"');
      body += text(x0 + w / 2, y(b.count) - 3, String(b.count), { anchor: 'middle', size: 11 });
    }
  }
  for (const t of data.map((b) => b.from).concat(input.max)) {
    body += text(x(t), H - 8, f(t), { anchor: 'middle', size: 10 });
  }
  // Tier lines; labels alternate between two heights so that close tiers do not overprint.
  input.marks.forEach((m, i) => {
    const mx = x(m.value);
    body += line(
      mx,
      TOP - 4,
      mx,
      TOP + plotH,
      ` stroke="${ACCENT}" stroke-dasharray="4 3" stroke-width="1.5" class="mark"`,
    );
    const anchor = mx > width - 120 ? 'end' : mx < 120 ? 'start' : 'middle';
    body += text(mx, i % 2 ? 26 : 12, `${m.label} ${f(m.value)}`, { anchor, size: 11 });
  });
  return frame({ id: input.id, title: input.title, width, height: H }, body);
}
