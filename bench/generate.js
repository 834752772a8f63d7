// Deterministic synthetic self-assessments for benchmarks and tests: the same seed and count
// always give the same files, byte for byte. A realistic mix under the 2005 district targets:
// about 12 communities per street and 10 streets per district, areas and rates spelled every
// way people write them, simplified / traditional / English facility names, comments, a few
// files with warnings, one street self-assessment per street, and about 0.5% invalid files
// (syntax, duplicate key, masked figure, missing metric, not a mapping).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  '桂柑丁字府前鼓楼花柳塘林垟青年坊桃李五马解放南浦松台广化滨江蒲鞋市黎明翠微双屿仰义藤桥'.split('');
const FACILITIES = [
  ['社区服务站', '服务站', 'service-station', '社區服務站'],
  ['文化室', '社区文化室', 'culture-room', '文化活動室'],
  ['社区教育活动站', '教育活动站', 'education-station', '社區課堂'],
  ['社区警务室', '警务室', 'police-office', '社區警務室'],
  ['社区求助站', '求助站', 'help-station', '市民求助站'],
];
const AREA = [(n) => `${n} m2`, (n) => `${n}平方米`, (n) => `${n}㎡`, (n) => `${n} m²`, (n) => `${n}`];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function name(r, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s;
}

/** The text of community number i (0-based). */
export function communityFile(i, r) {
  const street = Math.floor(i / 12);
  const district = Math.floor(street / 10);
  const id = `c${String(i).padStart(6, '0')}`;
  const good = r(); // how well this community does overall
  const lines = [];
  lines.push(`# ${id}: self-assessment for the 2005 district targets (synthetic, seed-generated).`);
  lines.push("# Figures as reported by the residents' committee; areas in square metres.");
  lines.push('rubric: district-2005-community');
  const streetName = `${name(prng(street * 7 + 1), 2)}街道${street}`;
  const districtName = `${name(prng(district * 13 + 5), 2)}区${district}`;
  const warnStreet = r() < 0.004; // a few files without a street: a warning, still ranked
  lines.push(
    // The kind of area (the 2005 size ranges differ by it): from the index, so that no random
    // figure after it changes.
    `community: { id: ${id}, name: ${name(r, 2)}社区${i}${warnStreet ? '' : `, street: ${streetName}`}, district: ${districtName}, type: ${i % 3 === 0 ? '新村小区' : '老城区'} }`,
  );
  lines.push('period: 2005');
  lines.push('metrics:');
  const area = Math.round(100 + good * 300 + r() * 60);
  const office = Math.round(area * (1.2 + r() * 1.6));
  const households = Math.round(1800 + r() * 1400);
  lines.push(`  service-area: ${pick(r, AREA)(area)}`);
  lines.push(`  office-service-area: ${pick(r, AREA)(office)}`);
  lines.push(`  households: ${households}`);
  lines.push(`  culture-room-seats: ${Math.round(30 + good * 40 + r() * 10)}`);
  lines.push(`  community-police-officers: ${good < 0.1 ? 0 : 1 + Math.floor(r() * 2)}`);
  lines.push(`  health-station-coverage: ${r() < 0.2 + good ? 'true' : 'false'}`);
  lines.push(`  patrol-team: ${r() < 0.3 + good ? 'true' : 'false'}`);
  lines.push(`  open-affairs: ${r() < 0.5 + good ? 'true' : 'false'}`);
  const rate = Math.round(70 + good * 25 + r() * 5);
  lines.push(`  cadre-education-rate: ${r() < 0.7 ? `${rate}%` : (rate / 100).toFixed(2)}`);
  lines.push(`  major-incident: ${r() < 0.01 ? 'true' : 'false'}`);
  if (r() < 0.003) lines.push('  green-rate: 30%'); // unknown metric: a warning
  const items = [];
  for (const f of FACILITIES) {
    if (r() > 0.55 + good) continue;
    const label = pick(r, f);
    items.push(`  - { kind: ${label}, area: ${pick(r, AREA)(Math.round(15 + r() * 80))} }`);
  }
  lines.push(items.length ? 'facilities:' : 'facilities: []', ...items);
  lines.push(`notes: >-`);
  lines.push(`  ${name(r, 6)}，${name(r, 8)}。居委会于2005年组织自查，`);
  lines.push(`  服务用房、文化室和教育活动站情况如上；${name(r, 10)}。`);
  return lines.join('\n') + '\n';
}

/** An invalid file of one of several kinds. */
export function invalidFile(i, r) {
  const base = communityFile(i, r);
  switch (i % 5) {
    case 0:
      return base.replace('metrics:\n', 'metrics:\n   bad-indent: 1\n  service-area: 1\n');
    case 1:
      return base.replace('period: 2005\n', 'period: 2005\nperiod: 2006\n');
    case 2:
      return base.replace(/service-area: [^\n]+/, 'service-area: ** m2');
    case 3:
      return base.replace(/ {2}households: \d+\n/, '');
    default:
      return '- just\n- a list\n';
  }
}

export function streetFile(s, r) {
  const district = Math.floor(s / 10);
  const good = r();
  return [
    `# street ${s}: street self-assessment for the 2005 district targets (synthetic).`,
    'rubric: district-2005-street',
    `street: { id: s${String(s).padStart(5, '0')}, name: ${name(prng(s * 7 + 1), 2)}街道${s}, district: ${name(prng(district * 13 + 5), 2)}区${district} }`,
    'period: 2005',
    'metrics:',
    `  service-centre-area: ${pick(r, AREA)(Math.round(700 + good * 600))}`,
    `  service-items: ${Math.round(6 + good * 8)}`,
    `  communities: 12`,
    `  health-stations: ${2 + Math.floor(r() * 4)}`,
    `  help-centre: ${r() < 0.3 + good ? 'true' : 'false'}`,
    `  joint-meetings: ${r() < 0.5 + good ? 'true' : 'false'}`,
    `  leadership-body: ${r() < 0.6 + good ? 'true' : 'false'}`,
    '',
  ].join('\n');
}

/**
 * Writes `count` files under dir (100 per folder, as offices collect them): communities, one
 * street file per 12 communities, about 0.5% invalid. Returns the file counts.
 */
export function generate(dir, count, seed = 2005) {
  const r = prng(seed);
  let invalid = 0;
  let streets = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(
      dir,
      `d${String(Math.floor(i / 1000)).padStart(3, '0')}`,
      `s${String(Math.floor(i / 100)).padStart(4, '0')}`,
    );
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    let text;
    if (i % 12 === 11) {
      text = streetFile(Math.floor(i / 12), r);
      streets++;
    } else if (r() < 0.005) {
      text = invalidFile(i, r);
      invalid++;
    } else text = communityFile(i, r);
    writeFileSync(join(sub, `${i % 12 === 11 ? 's' : 'c'}${String(i).padStart(6, '0')}.yaml`), text);
  }
  return { files: count, invalid, streets };
}
