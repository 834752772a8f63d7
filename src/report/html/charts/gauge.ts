/**
 * A quota as a bullet gauge: the share of a group's communities that reached the tier, on a 0–100%
 * track, with the target drawn as a line and both written as words ("已达 22.2%", "要求 50%以上").
 */
import { ACCENT, MUTED, TRACK } from './palette.js';
import { f, frame, line, rect, text } from './svg.js';

export interface GaugeInput {
  id: string;
  title: string;
  /** Reached, a fraction 0–1. */
  share: number;
  /** The target line(s), fractions; none when the target is masked. */
  targets: number[];
  /** The words under the bar: what was reached, and what is required. */
  reachedLabel: string;
  targetLabel: string;
  met: boolean;
  width?: number;
}

const H = 58;
const LEFT = 8;
const RIGHT = 8;

export function quotaGauge(input: GaugeInput): string {
  const width = input.width ?? 640;
  const track = width - LEFT - RIGHT;
  const x = (v: number) => LEFT + track * Math.min(1, Math.max(0, v));
  let body = rect(LEFT, 8, track, 18, TRACK, ' class="track"');
  body += rect(LEFT, 8, x(input.share) - LEFT, 18, input.met ? '#3d6fb0' : MUTED, ' class="bar"');
  for (const t of input.targets) {
    body += line(x(t), 2, x(t), 32, ` stroke="${ACCENT}" stroke-width="2.5" class="target"`);
  }
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    body += line(x(tick), 26, x(tick), 30, ` stroke="${MUTED}"`);
  }
  body += text(LEFT, 48, input.reachedLabel, { weight: 'bold' });
  body += text(width - RIGHT, 48, input.targetLabel, { anchor: 'end' });
  return frame({ id: input.id, title: input.title, width, height: H }, body);
}

/** The x of the share's end and of each target, for tests. */
export function gaugeGeometry(input: GaugeInput): { shareEnd: number; targets: number[] } {
  const width = input.width ?? 640;
  const track = width - LEFT - RIGHT;
  const x = (v: number) => Number(f(LEFT + track * Math.min(1, Math.max(0, v))));
  return { shareEnd: x(input.share), targets: input.targets.map(x) };
}
