/** What every chart shares: numbers written short, an accessible frame, text that cannot add markup. */
import { esc } from '../escape.js';

/** A coordinate or size, at most one decimal. */
export function f(x: number): string {
  const r = Math.round(x * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** The outer element: a title for screen readers and tooltips, scaled to the page's width. */
export function frame(
  opts: { id: string; title: string; width: number; height: number },
  body: string,
): string {
  const { id, title, width, height } = opts;
  return (
    `<svg class="chart" role="img" aria-labelledby="${esc(id)}-t" ` +
    `viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>${body}</svg>`
  );
}

export function text(
  x: number,
  y: number,
  content: string,
  opts: { anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: 'bold'; cls?: string } = {},
): string {
  const a = opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : '';
  const s = ` font-size="${opts.size ?? 12}"`;
  const w = opts.weight ? ` font-weight="${opts.weight}"` : '';
  const c = opts.cls ? ` class="${opts.cls}"` : '';
  return `<text x="${f(x)}" y="${f(y)}"${a}${s}${w}${c}>${esc(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(Math.max(0, w))}" height="${f(Math.max(0, h))}" fill="${fill}"${extra}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, extra = ''): string {
  return `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}"${extra}/>`;
}

/**
 * A rough width for a label, in the chart's units: CJK and full-width characters count as one
 * em, others as about half. Used to size the label column, never to cut text.
 */
export function textWidth(s: string, size = 12): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 1
        : 0.55;
  }
  return w * size;
}
