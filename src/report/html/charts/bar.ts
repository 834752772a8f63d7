/**
 * Horizontal bars, one per row, each against its own maximum: a community's sections (points
 * earned of possible) or its total. Every bar has its words beside it, so the chart reads
 * without colour.
 */
import { ACCENT, TRACK } from './palette.js';
import { f, frame, rect, text, textWidth } from './svg.js';

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** The words at the end of the bar, e.g. "18 / 25". */
  valueLabel: string;
  /** Draw the bar as a failing one (a veto, or nothing earned). */
  alert?: boolean;
}

export interface BarChartInput {
  id: string;
  title: string;
  bars: Bar[];
  width?: number;
}

export const BAR_ROW = 24;
const PAD = 6;

export function barChart(input: BarChartInput): string {
  const width = input.width ?? 640;
  const labelW = Math.min(width * 0.42, Math.max(40, ...input.bars.map((b) => textWidth(b.label))) + 8);
  const valueW = Math.max(48, ...input.bars.map((b) => textWidth(b.valueLabel))) + 8;
  const trackW = width - labelW - valueW - PAD;
  const height = input.bars.length * BAR_ROW + PAD;
  let body = '';
  input.bars.forEach((b, i) => {
    const y = PAD / 2 + i * BAR_ROW;
    const share = b.max > 0 ? Math.min(1, Math.max(0, b.value / b.max)) : 0;
    body += text(labelW - 8, y + 16, b.label, { anchor: 'end' });
    body += rect(labelW, y + 4, trackW, BAR_ROW - 8, TRACK, ' class="track"');
    body += rect(labelW, y + 4, trackW * share, BAR_ROW - 8, b.alert ? ACCENT : '#3d6fb0', ' class="bar"');
    body += text(labelW + trackW + 6, y + 16, b.valueLabel);
  });
  return frame({ id: input.id, title: input.title, width, height }, body);
}

/** Where bar `i` of a chart ends, for tests: its x, and its width. */
export function barGeometry(input: BarChartInput, i: number): { x: number; width: number; track: number } {
  const width = input.width ?? 640;
  const labelW = Math.min(width * 0.42, Math.max(40, ...input.bars.map((b) => textWidth(b.label))) + 8);
  const valueW = Math.max(48, ...input.bars.map((b) => textWidth(b.valueLabel))) + 8;
  const track = width - labelW - valueW - PAD;
  const b = input.bars[i]!;
  const share = b.max > 0 ? Math.min(1, Math.max(0, b.value / b.max)) : 0;
  return { x: Number(f(labelW)), width: track * share, track };
}
