/** Each chart is a pure function data → SVG: its geometry, its words, and text that cannot add markup. */
import { describe, expect, it } from 'vitest';
import { barChart, barGeometry } from '../../src/report/html/charts/bar.js';
import { gaugeGeometry, quotaGauge } from '../../src/report/html/charts/gauge.js';
import { bins, histogram } from '../../src/report/html/charts/histogram.js';
import { stackedBars } from '../../src/report/html/charts/stacked-bar.js';

/** The numbers of every x/width attribute of an SVG's marks. */
function rects(svg: string, cls: string): { x: number; width: number }[] {
  return [
    ...svg.matchAll(new RegExp(`<rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"[^>]*class="${cls}"`, 'g')),
  ].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
}

function viewWidth(svg: string): number {
  return Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
}

describe('barChart', () => {
  const input = {
    id: 'b',
    title: '各类别得分',
    bars: [
      { label: '社区服务和设施', value: 30, max: 60, valueLabel: '30 / 60' },
      { label: '治安', value: 26, max: 26, valueLabel: '26 / 26' },
      { label: '空', value: 0, max: 0, valueLabel: '0 / 0' },
    ],
  };
  const svg = barChart(input);

  it('draws each bar in proportion to its own maximum, inside the chart', () => {
    const bars = rects(svg, 'bar');
    const tracks = rects(svg, 'track');
    expect(bars).toHaveLength(3);
    expect(bars[0]!.width).toBeCloseTo(tracks[0]!.width / 2, 0);
    expect(bars[1]!.width).toBeCloseTo(tracks[1]!.width, 0);
    expect(bars[2]!.width).toBe(0);
    for (const t of tracks) expect(t.x + t.width).toBeLessThanOrEqual(viewWidth(svg));
    expect(barGeometry(input, 0).width).toBeCloseTo(barGeometry(input, 0).track / 2, 5);
  });

  it('writes every label and value, and an accessible title', () => {
    for (const b of input.bars) {
      expect(svg).toContain(`>${b.label}</text>`);
      expect(svg).toContain(`>${b.valueLabel}</text>`);
    }
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="b-t"/);
    expect(svg).toContain('<title id="b-t">各类别得分</title>');
  });

  it('never lets a label add markup or reorder text', () => {
    const hostile = barChart({
      id: 'x"><script>',
      title: '</title><script>alert(1)</script>',
      bars: [{ label: '<img src=x onerror=alert(1)>\u202e', value: 1, max: 2, valueLabel: '&' }],
    });
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('\u202e');
    expect(hostile).toContain('\\u202e');
    expect(hostile).toContain('&amp;');
  });
});

describe('quotaGauge', () => {
  const input = {
    id: 'g',
    title: '50%的社区达到新型现代化社区标准',
    share: 2 / 9,
    targets: [0.5],
    reachedLabel: '已达22.2%（2/9个）',
    targetLabel: '要求50%以上',
    met: false,
  };

  it('puts the share and the target line where they belong on a 0–100% track', () => {
    const g = gaugeGeometry(input);
    const svg = quotaGauge(input);
    const track = rects(svg, 'track')[0]!;
    expect(g.shareEnd).toBeCloseTo(track.x + (track.width * 2) / 9, 0);
    expect(g.targets[0]).toBeCloseTo(track.x + track.width / 2, 0);
    expect(svg.match(/class="target"/g)).toHaveLength(1);
    expect(svg).toContain('已达22.2%（2/9个）');
    expect(svg).toContain('要求50%以上');
  });

  it('draws no target line for a masked target, and clamps a share over 100%', () => {
    const svg = quotaGauge({ ...input, targets: [], share: 1.5 });
    expect(svg).not.toContain('class="target"');
    const bar = rects(svg, 'bar')[0]!;
    const track = rects(svg, 'track')[0]!;
    expect(bar.width).toBeCloseTo(track.width, 0);
  });
});

describe('histogram', () => {
  it('puts every score in one bin, the maximum in the last', () => {
    const b = bins([0, 9.99, 10, 49, 95, 100, 100], 100, 10);
    expect(b.map((x) => x.count)).toEqual([2, 1, 0, 0, 1, 0, 0, 0, 0, 3]);
    expect(b.reduce((s, x) => s + x.count, 0)).toBe(7);
  });

  it('draws a bar per non-empty bin with its count, and a labelled line per tier', () => {
    const svg = histogram({
      id: 'h',
      title: '得分分布',
      scores: [49, 61, 77, 82, 85, 89, 93, 95, 100],
      max: 100,
      marks: [
        { value: 90, label: '新型现代化社区' },
        { value: 70, label: '安全文明社区' },
      ],
    });
    const bars = rects(svg, 'bin');
    expect(bars).toHaveLength(5);
    for (const r of bars) expect(r.x + r.width).toBeLessThanOrEqual(viewWidth(svg));
    expect(svg.match(/class="mark"/g)).toHaveLength(2);
    expect(svg).toContain('新型现代化社区 90');
    expect(svg).toContain('安全文明社区 70');
    // The tallest bin (80–90: three scores) is the tallest bar.
    const heights = [...svg.matchAll(/height="([\d.]+)" fill="#3d6fb0" class="bin"/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.max(...heights)).toBe(heights[3]);
  });
});

describe('stackedBars', () => {
  const input = {
    id: 's',
    title: '各组等级构成',
    tiers: ['新型现代化社区', '安全文明社区', '未定级'],
    rows: [
      { label: '五马街道', counts: [2, 4, 3] },
      { label: '松台街道', counts: [0, 0, 5] },
    ],
  };
  const svg = stackedBars(input);

  it('fills each row to the same width, split by count', () => {
    const segs = rects(svg, 'seg');
    expect(segs).toHaveLength(4);
    const first = segs.slice(0, 3);
    const total = first.reduce((s, r) => s + r.width, 0);
    expect(first[0]!.width / total).toBeCloseTo(2 / 9, 2);
    expect(first[1]!.x).toBeCloseTo(first[0]!.x + first[0]!.width, 0);
    expect(segs[3]!.width).toBeCloseTo(total, 0);
    for (const r of segs) expect(r.x + r.width).toBeLessThanOrEqual(viewWidth(svg) + 0.5);
  });

  it('tells tiers apart without colour: a pattern each, a legend with words, counts written', () => {
    expect(svg).toContain('<pattern id="s-p0"');
    expect(svg).toContain('<pattern id="s-p1"');
    expect(svg).toContain('stroke-dasharray'); // no tier: dashed outline
    for (const t of input.tiers) expect(svg).toContain(`>${t}</text>`);
    expect(svg).toMatch(/>4<\/text>/);
    expect(svg).toMatch(/>5<\/text>/);
  });
});
