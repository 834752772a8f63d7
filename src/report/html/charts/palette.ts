/**
 * One palette for tiers that also reads in grey print: the highest tier darkest, each lower tier
 * lighter, and each with its own pattern, so colour is never the only thing that tells them apart.
 * "No tier" is white with a dashed outline.
 */

export interface TierStyle {
  /** Fill for a mark: a colour, or a pattern of this chart. */
  fill: string;
  /** Extra attributes (outline) for the mark. */
  stroke: string;
  /** A solid colour for legends in HTML. */
  swatch: string;
}

const COLOURS = ['#1d3f6e', '#3d6fb0', '#7fa6d6', '#b9cde8', '#dde7f4'];
const INK = ['#ffffff', '#ffffff', '#1d3f6e', '#1d3f6e', '#1d3f6e'];

/** Pattern definitions for a chart, ids prefixed so two charts on one page never collide. */
export function tierPatterns(prefix: string, count: number): string {
  let defs = '';
  for (let i = 0; i < count; i++) {
    const bg = COLOURS[Math.min(i, COLOURS.length - 1)]!;
    const ink = INK[Math.min(i, INK.length - 1)]!;
    const id = `${prefix}-p${i}`;
    let marks = '';
    switch (i % 4) {
      case 0:
        break; // solid
      case 1:
        marks = `<path d="M0 6L6 0" stroke="${ink}" stroke-width="1.2"/>`;
        break;
      case 2:
        marks = `<circle cx="3" cy="3" r="1.1" fill="${ink}"/>`;
        break;
      case 3:
        marks = `<path d="M0 3H6M3 0V6" stroke="${ink}" stroke-width="0.9"/>`;
        break;
    }
    defs += `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${bg}"/>${marks}</pattern>`;
  }
  return `<defs>${defs}</defs>`;
}

/** The style of tier number `index` (0 = highest); `null` for no tier. */
export function tierStyle(prefix: string, index: number | null): TierStyle {
  if (index === null)
    return { fill: '#ffffff', stroke: ' stroke="#555" stroke-dasharray="3 2"', swatch: '#ffffff' };
  return {
    fill: `url(#${prefix}-p${index})`,
    stroke: ' stroke="#1d3f6e" stroke-width="0.5"',
    swatch: COLOURS[Math.min(index, COLOURS.length - 1)]!,
  };
}

/** The colour of text drawn on tier number `index`. */
export function inkOn(index: number | null): string {
  return index === null ? '#222' : INK[Math.min(index, INK.length - 1)]!;
}

/** A halo behind text on tier number `index`, so it reads over a pattern. */
export function halo(index: number | null): string {
  return inkOn(index) === '#ffffff' ? '#1d3f6e' : '#ffffff';
}

export const ACCENT = '#c0392b';
export const MUTED = '#888888';
export const TRACK = '#eeeeee';
