/**
 * Tier composition per group: one 100% bar per street (or district), a segment per tier from the
 * highest down to "no tier", each with its count written inside when it fits, and a legend of
 * patterns, so it reads in grey print and without colour.
 */
import { halo, inkOn, tierPatterns, tierStyle } from './palette.js';
import { f, frame, rect, text, textWidth } from './svg.js';

export interface StackedRow {
  label: string;
  /** Counts per tier, in the order of `tiers`, then the count with no tier. */
  counts: number[];
}

export interface StackedBarInput {
  id: string;
  title: string;
  /** Tier titles, highest first; the last is "no tier". */
  tiers: string[];
  rows: StackedRow[];
  width?: number;
}

const ROW = 26;

export function stackedBars(input: StackedBarInput): string {
  const width = input.width ?? 640;
  const labelW = Math.min(width * 0.35, Math.max(40, ...input.rows.map((r) => textWidth(r.label))) + 8);
  const track = width - labelW - 8;
  const legendRows = legendLayout(input.tiers, width);
  const height = input.rows.length * ROW + 8 + legendRows.height;
  const none = input.tiers.length - 1;
  const style = (i: number) => tierStyle(input.id, i === none ? null : i);
  let body = tierPatterns(input.id, none);
  input.rows.forEach((r, i) => {
    const y = 4 + i * ROW;
    const total = r.counts.reduce((a, b) => a + b, 0);
    body += text(labelW - 8, y + 17, r.label, { anchor: 'end' });
    let x = labelW;
    r.counts.forEach((c, t) => {
      if (!c || !total) return;
      const w = (track * c) / total;
      const s = style(t);
      body += rect(x, y + 3, w, ROW - 6, s.fill, `${s.stroke} class="seg"`);
      if (w >= textWidth(String(c)) + 6)
        body += `<text x="${f(x + w / 2)}" y="${f(y + 17)}" text-anchor="middle" font-size="12" font-weight="bold" fill="${inkOn(t === none ? null : t)}" stroke="${halo(t === none ? null : t)}" stroke-width="3" paint-order="stroke">${c}</text>`;
      x += w;
    });
  });
  const top = input.rows.length * ROW + 8;
  for (const item of legendRows.items) {
    const s = style(item.index);
    body += rect(item.x, top + item.y + 2, 14, 14, s.fill, s.stroke);
    body += text(item.x + 18, top + item.y + 14, input.tiers[item.index]!, { size: 11 });
  }
  return frame({ id: input.id, title: input.title, width, height }, body);
}

/** The legend's swatches laid out left to right, wrapping at the chart's width. */
function legendLayout(tiers: string[], width: number) {
  const items: { index: number; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  tiers.forEach((t, index) => {
    const w = 18 + textWidth(t, 11) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    items.push({ index, x, y });
    x += w;
  });
  return { items, height: y + 22 };
}
