/**
 * The batch's simple reader must give exactly the data `yaml` gives, or decline. Checked on the
 * examples, on generated submissions, on hand-picked cases, and on random documents built from
 * the constructs it reads and the ones it must refuse, with random indentation, comments and
 * blank lines.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unclosedBracket, unreadFindings } from '../../src/batch/fast-parse.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import {
  locateSimpleYaml,
  parseSimpleYaml,
  readSimpleYaml,
  simpleLocator,
} from '../../src/load/simple-yaml.js';
import type { Path } from '../../src/model/finding.js';
import { generatedSubmissions, yamlFilesIn } from '../helpers/generated.js';

/** Every path into the data, and beside each a path that goes one step too far. */
function paths(data: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/**
 * The reader's answer, checked against `yaml` whenever it gives one: the data and where each
 * path is; or, for repeated keys or a list at the top, the findings the fast path makes of them.
 */
function agreed(text: string): 'read' | 'judged' | 'declined' {
  const reading = readSimpleYaml(text);
  if (reading === undefined) return 'declined';
  const full = parseYaml(text);
  if (reading.kind !== 'data') {
    const found = unreadFindings(text, reading);
    // Stars the typing repairs would read again: left to parseYaml.
    if (found === undefined) return 'declined';
    expect(found, JSON.stringify(text)).toStrictEqual(full.findings);
    expect(full.data).toBeUndefined();
    expect(parseSimpleYaml(text)).toBeUndefined();
    return 'judged';
  }
  const simple = reading.data;
  expect(parseSimpleYaml(text)).toStrictEqual(simple);
  const errors = full.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    throw new Error(`read a file yaml refuses: ${JSON.stringify(text)} ${JSON.stringify(errors)}`);
  expect(simple, JSON.stringify(text)).toStrictEqual(full.data);
  // Findings are placed where yaml places them.
  const locate = locateSimpleYaml(text)!;
  // And by the reading's own marks, as the batch places them (reading again only for deep paths).
  const quick = simpleLocator(text, reading);
  // Compared quietly first, and by expect (with its message) only where they differ: building a
  // message for each of some 160 paths of 2,000 files was most of this test's time.
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const p of paths(simple)) {
    const want = full.locate(p);
    const [byReader, byMarks] = [locate(p), quick(p)];
    if (!same(byReader, want)) expect(byReader, `${JSON.stringify(text)} at ${p.join('.')}`).toEqual(want);
    if (!same(byMarks, want))
      expect(byMarks, `${JSON.stringify(text)} at ${p.join('.')} (marks)`).toEqual(want);
  }
  return 'read';
}

/**
 * Random documents built from the constructs the reader reads and the ones it must refuse, with
 * random indentation, comments and blank lines.
 */
function randomDocument(): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('null', 'true', 'Yes', 'a b', '社区', '1a', '-a', 'a:b', '_x', 'on', 'x#'),
    },
  );
  const piece = fc.oneof(
    fc.constantFrom(
      'yes',
      '0755',
      '0o7',
      '0x1f',
      '1e5',
      '-.inf',
      '.nan',
      '~',
      'null',
      'true',
      'False',
      '2005-03-16',
      '12:30',
      '-5',
      '+3.5',
      '1_0',
      '150 m²',
      '85%',
      '社区服务站',
      '社區',
      '**',
      '** m2',
      '**%',
      '** 3 # c',
    ),
    fc.stringMatching(/^[a-z0-9 .%\-社区:#'",[\]{}|>!&*?@`]{0,10}$/),
  );
  const quoted = fc.oneof(
    piece.map((s) => `'${s.replace(/'/g, "''")}'`),
    piece.map((s) => `"${s.replace(/["\\]/g, '')}"`),
    piece.map((s) => `'${s}'`),
  );
  const scalar = fc.oneof({ weight: 4, arbitrary: piece }, { weight: 2, arbitrary: quoted });
  // Flow collections on one line, nested in each other (a rubric's `{ id: x, title: { zh-CN: … } }`).
  const { flowMap, flowSeq } = fc.letrec<{ flowMap: string; flowSeq: string; flowValue: string }>((tie) => ({
    flowValue: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: scalar },
      { weight: 1, arbitrary: tie('flowMap') },
      { weight: 1, arbitrary: tie('flowSeq') },
    ),
    flowMap: fc
      .array(fc.tuple(key, tie('flowValue')), { maxLength: 4 })
      .chain((pairs) =>
        fc
          .constantFrom(', ', ',', ' , ')
          .map((sep) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(sep)} }`),
      ),
    flowSeq: fc
      .array(tie('flowValue'), { maxLength: 4 })
      .chain((xs) => fc.constantFrom(', ', ',').map((sep) => `[${xs.join(sep)}]`)),
  }));
  const comment = fc.oneof(fc.constant(''), fc.constantFrom(' # note', ' #', '  # 说明: x'));
  const inline = fc
    .tuple(
      fc.oneof(
        { weight: 5, arbitrary: scalar },
        { weight: 1, arbitrary: flowMap },
        { weight: 1, arbitrary: flowSeq },
      ),
      comment,
    )
    .map(([v, c]) => `${v}${c}`);
  const blockLine = fc.oneof(
    fc.stringMatching(/^[a-z 社区#:'"-]{1,12}$/),
    fc.constant(''),
    fc.stringMatching(/^ {1,3}[a-z]{1,4}$/),
  );
  const block = fc.tuple(
    fc.constantFrom('|', '|-', '>', '>-', '|+', '>2'),
    fc.array(blockLine, { minLength: 1, maxLength: 4 }),
  );

  type Node =
    | { t: 'inline'; v: string }
    | { t: 'block'; h: string; lines: string[] }
    | { t: 'map'; entries: [string, Node][] }
    | { t: 'seq'; items: Node[] };
  const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: inline.map((v): Node => ({ t: 'inline', v })) },
      { weight: 1, arbitrary: block.map(([h, lines]): Node => ({ t: 'block', h, lines })) },
      { weight: 2, arbitrary: tie('map') },
      { weight: 2, arbitrary: tie('seq') },
    ),
    map: fc
      .array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 })
      .map((entries): Node => ({ t: 'map', entries: entries as [string, Node][] })),
    seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Node => ({ t: 'seq', items })),
  }));

  // How each nested block is laid out: its extra indentation, compact sequences, stray comments.
  const layout = fc.record({
    step: fc.integer({ min: 1, max: 3 }),
    compact: fc.boolean(),
    jitter: fc.integer({ min: 0, max: 12 }),
    comments: fc.integer({ min: 0, max: 6 }),
    blanks: fc.integer({ min: 0, max: 6 }),
  });

  function render(
    root: Node,
    o: { step: number; compact: boolean; jitter: number; comments: number; blanks: number },
  ): string {
    const out: string[] = [];
    let n = 0;
    const push = (line: string) => {
      n++;
      // Now and then a comment line, a blank line, or one space too many or too few.
      if (o.comments && n % (o.comments + 2) === 0) out.push(`${' '.repeat(n % 5)}# c${n}`);
      if (o.blanks && n % (o.blanks + 3) === 0) out.push(n % 2 ? '' : '   ');
      if (o.jitter && n % (o.jitter + 5) === 0) line = line.startsWith(' ') ? line.slice(1) : ` ${line}`;
      out.push(line);
    };
    const value = (v: Node, indent: number, head: string) => {
      if (v.t === 'inline') return push(`${head} ${v.v}`.replace(/ $/, ''));
      if (v.t === 'block') {
        push(`${head} ${v.h}`);
        for (const l of v.lines) push(l === '' ? '' : `${' '.repeat(indent + o.step)}${l}`);
        return;
      }
      push(head);
      if (v.t === 'map') mapping(v, indent + o.step);
      else sequence(v, o.compact ? indent : indent + o.step);
    };
    const mapping = (m: Extract<Node, { t: 'map' }>, indent: number, first?: string) => {
      m.entries.forEach(([k, v], i) => {
        const pad = i === 0 && first !== undefined ? first : ' '.repeat(indent);
        value(v, indent, `${pad}${k}:`);
      });
    };
    const sequence = (s: Extract<Node, { t: 'seq' }>, indent: number) => {
      for (const item of s.items) {
        const dash = `${' '.repeat(indent)}- `;
        if (item.t === 'map') mapping(item, indent + 2, dash);
        else if (item.t === 'seq') {
          push(`${' '.repeat(indent)}-`);
          sequence(item, indent + 2);
        } else value(item, indent + 2, dash.trimEnd());
      }
    };
    if (root.t === 'map') mapping(root, 0);
    else if (root.t === 'seq' && o.compact) sequence(root, 0);
    else value(root, 0, 'top:');
    return `${out.join('\n')}\n`;
  }
  return fc.tuple(node, layout).map(([root, o]) => render(root, o));
}

describe('simple reader', () => {
  const generated = generatedSubmissions(2000, 11);

  it('agrees with yaml on every example and reads most of them', () => {
    const files = yamlFilesIn('examples');
    const used = files.map((f) => agreed(readFileSync(f, 'utf8')));
    expect(used.filter((u) => u === 'read').length).toBeGreaterThan(files.length / 2);
  });

  it('agrees with yaml on generated submissions and reads nearly all of them', () => {
    const used = generated.files().map((f) => agreed(readFileSync(f, 'utf8')));
    expect(used.filter((u) => u === 'read').length / used.length).toBeGreaterThan(0.98);
  });

  it('reads the constructs of a self-assessment', () => {
    const text = [
      '# header comment',
      'rubric: district-2005-community   # trailing comment',
      'community: { id: c1, name: 桂柑社区, street: 五马街道 }',
      'period: 2005',
      'metrics:',
      '  service-area: 171 m²',
      "  quoted: 'it''s # not a comment'",
      '  double: "a: b"',
      '  rate: 0.85',
      '  flag: true',
      '  empty:',
      '  hex: 0x1F',
      '  octal: 0o17',
      '  leading-zero: 0755',
      '  date: 2005-03-16',
      '  hash: a#b',
      'facilities:',
      '- { kind: 社區服務站, area: 41 }',
      '- kind: 文化室',
      '  area: 25 m²',
      'list: [a, 1, "x y", ~]',
      'tiers:',
      '  - { id: top, title: { zh-CN: 周期, en: over the cycle }, weights: [1, [2, 3]], min: 90 }',
      'note: { text: A/B/C/C#，示例, empty: {}, none: [] }',
      'notes: >-',
      '  first line',
      '  second line',
      '',
      '  after a blank',
      'literal: |',
      '  keep',
      '    indented',
      '  # not a comment',
      '',
    ].join('\n');
    expect(agreed(text)).toBe('read');
    expect(parseSimpleYaml(text)).toMatchObject({
      community: { id: 'c1', name: '桂柑社区', street: '五马街道' },
      period: 2005,
      metrics: {
        quoted: "it's # not a comment",
        double: 'a: b',
        empty: null,
        // Hexadecimal and octal stay text (core-scalars.ts): a figure refuses them, never reads 0x96 as 150.
        hex: '0x1F',
        octal: '0o17',
        'leading-zero': 755,
        date: '2005-03-16',
        hash: 'a#b',
      },
      facilities: [
        { kind: '社區服務站', area: 41 },
        { kind: '文化室', area: '25 m²' },
      ],
      list: ['a', 1, 'x y', null],
      tiers: [{ id: 'top', title: { 'zh-CN': '周期', en: 'over the cycle' }, weights: [1, [2, 3]], min: 90 }],
      note: { text: 'A/B/C/C#，示例', empty: {}, none: [] },
      notes: 'first line second line\nafter a blank',
      literal: 'keep\n  indented\n# not a comment\n',
    });
  });

  it('declines what it does not read, leaving it to js-yaml and yaml', () => {
    const declined = [
      '', // empty
      '# only a comment\n',
      '- a\n- b\n', // not a mapping
      'a: 1\na: 2\n', // duplicate key
      'a: {x: 1, x: 2}\n', // duplicate key in a flow mapping
      'a:\tb\n', // tab
      'a: 1\r\nb: 2\r\n', // CR
      '\uFEFFa: 1\n', // byte-order mark
      'a: &x 1\nb: *x\n', // anchor, alias
      'a: !!str 1\n', // tag
      '%YAML 1.2\n---\na: 1\n', // directive
      '---\na: 1\n', // document marker
      'a: b\n  c\n', // multi-line plain scalar
      "a: 'b\n  c'\n", // multi-line quoted scalar
      'a: "b\\n"\n', // escape
      'a: {x: 1,\n  y: 2}\n', // multi-line flow mapping
      'a: {x: 1,}\n', // trailing comma
      'a: {x: {y: 1},}\n',
      'a: [x #y]\n', // a comment inside a flow collection
      'a: {x: {y: 1}z}\n', // text after a nested collection
      'a: {x: {y: 1}\n', // a nested collection, its parent never closed
      `a: ${'['.repeat(40)}x${']'.repeat(40)}\n`, // nested past MAX_NESTING
      'a: [x: 1]\n', // a pair in a flow sequence
      'a: {x: }\n', // empty flow value
      'a: |+\n  x\n', // keep chomping
      'a: |2\n   x\n', // indentation indicator
      'a: |\n\n  x\n', // leading blank line
      'a: >\n  x\n   more\n', // more-indented folded line
      'a: |\n  x', // no final line break
      'a: |\n  x \n', // trailing space in a block scalar
      '__proto__: 1\n', // prototype keys
      'constructor: 1\n',
      'null: 1\n', // a key that is not a string
      'True: 1\n',
      '1: x\n', // a number key
      '"a": 1\n', // quoted key
      'a : 1\n', // space before the colon
      'a:b\n', // no space after the colon
      'a: b: c\n', // a mapping in a plain scalar
      'a: b:\n',
      'a: - b\n', // a dash where a value starts
      'a: -\n',
      'a: ? b\n',
      'a: @b\n', // reserved indicator
      "a: 'b'c\n", // text after a quoted scalar
      "a: 'b'#c\n", // comment glued to a quote
      'a:\n  b: 1\n c: 2\n', // odd indentation
      'a:\n  b: 1\n   c: 2\n',
      'a:\n- x\n  - y\n',
      'a:\n  - x\n  y: 1\n', // a key after a sequence at the sequence's indentation
      'a:\n  -\n    b: 1\n', // an item on its own line
      'a:\n  - - x\n', // nested sequence on one line
      'a:\n  - |\n    x\n', // block scalar as an item
      'a: 1\n- b\n', // a dash at a mapping's indentation
      `${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`, // too deep
      `${'k'.repeat(200)}: 1\n`, // very long key
      'a: b\u2028c\n', // line separator
      'a: \u0085\n', // NEL
    ];
    for (const t of declined) expect(parseSimpleYaml(t), JSON.stringify(t)).toBeUndefined();
    // Many one-line flow collections, each closed on its line (a rubric's metrics): read.
    expect(
      agreed(
        `metrics:\n${Array.from({ length: 300 }, (_, i) => `  m${i}: { type: flag, of: [a, b] }`).join('\n')}\n`,
      ),
    ).toBe('read');
    // Nested flow collections are read, to yaml's data and positions.
    expect(agreed(`a: ${'['.repeat(3)}x${']'.repeat(3)}\n`)).toBe('read');
    expect(agreed('a: [x, [y, {z: [1, {}]}]]\nb: {c: {d: [e]}, f: C#}\n')).toBe('read');
  });

  it('finds repeated keys and a list at the top where yaml reports them, and declines what yaml would refuse as too deep', () => {
    const judged = [
      'a: 1\na: 2\n',
      'period: 2005\nperiod: 2006\nx: 1\nperiod: 2007\n', // each repeat, in order
      'a:\n  b: 1\n  c: 2\n  b: 3\nd: 4\na: 5\n', // nested, then outer
      'a: {x: 1, y: 2, x: 2}\nb: [1, 1]\n', // in a flow mapping; a list may repeat
      'facilities:\n  - kind: a\n    kind: b\n  - kind: a\n', // in an item
      '- just\n- a list\n',
      '# a list\n\n- x: 1\n  y: 2\n- z\n',
      '- a: 1\n  a: 2\n', // repeated keys in a list: the keys are reported
      'a: 1\nb: ** m2\nc: 2\n', // a masked figure with text after it, unquoted
      'a:\n  b: ** m2 # masked\n  c: ** 3\n',
      'a:\n  - ** m2\n  - k: ** m2\n    j: 1\n',
      'a: **\nb: ** m2\n', // the error is reported, the alias alone is not
      '- ** m2\n', // in a list: the value is reported
      '# only a comment\n', // no document: load.empty
      '\n  \n# a comment\n   # another\n\n',
    ];
    for (const t of judged) expect(agreed(t), JSON.stringify(t)).toBe('judged');
    // A masked figure alone is an alias that parseYaml reads as its own text.
    for (const t of ['a: **\n', 'a: **%\nb:\n  - ***-***m2 # range\n', 'a: **　m2\n'])
      expect(agreed(t), JSON.stringify(t)).toBe('read');
    expect(parseSimpleYaml('a: **%\n')).toEqual({ a: '**%' });
    // What parseYaml would read otherwise, or repair: declined.
    for (const t of ['a: ** m2: x\n', 'a: ** m2#x\n', 'a: **, x\n', 'a: {b: ** m2}\n', 'a: *x y\n'])
      expect(agreed(t), JSON.stringify(t)).toBe('declined');
    expect(
      unreadFindings(
        'x: 1\nperiod: 2005\nperiod: 2006\n',
        readSimpleYaml('x: 1\nperiod: 2005\nperiod: 2006\n') as never,
      ),
    ).toEqual([
      { code: 'load.duplicate-key', severity: 'error', params: { key: 'period' }, line: 3, column: 1 },
    ]);
    // Too deep for parseYaml (nestingDepth), in the subset otherwise: declined.
    const deep = [
      `a: |\n${' '.repeat(500)}x\n`,
      `a:\n${' '.repeat(402)}b: 1\n`,
      `a: 1\n${' '.repeat(402)}# indented comment\n`,
      `a: 1\n${' '.repeat(402)}\n`,
      `a: x${'['.repeat(201)}\n`,
      // Brackets inside plain text never close: parseYaml counts them as nesting.
      `${Array.from({ length: 201 }, (_, i) => `k${i}: a[`).join('\n')}\n`,
    ];
    for (const t of deep) {
      expect(
        parseYaml(t).findings.map((f) => f.code),
        JSON.stringify(t),
      ).toContain('load.too-deep');
      expect(agreed(t), JSON.stringify(t)).toBe('declined');
    }
  });

  it('property: random documents are read as yaml reads them, or declined', () => {
    let read = 0;
    let judged = 0;
    fc.assert(
      fc.property(randomDocument(), (text) => {
        const r = agreed(text);
        if (r === 'read') read++;
        else if (r === 'judged') judged++;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
    // The property means something only if many documents were actually read, and many with
    // repeated keys or a list at the top judged.
    expect(read).toBeGreaterThan(100);
    expect(judged).toBeGreaterThan(10);
  });

  it('property: a bracket left open at a line end is reported as parseYaml reports it, or left to yaml', () => {
    /** The text with the last `drop` closing brackets of its `pick`-th line that ends with one removed. */
    const unclose = (text: string, pick: number, drop: number): string | undefined => {
      const lines = text.split('\n');
      const ends = lines.flatMap((l, i) => (/[}\]](?:\s+#.*)?$/.test(l) ? [i] : []));
      if (ends.length === 0) return undefined;
      const i = ends[pick % ends.length]!;
      lines[i] = lines[i]!.replace(new RegExp(`[}\\]]{1,${drop}}((?:\\s+#.*)?)$`), '$1');
      return lines.join('\n');
    };
    // Flow collections yaml reads over several lines, and a bracket inside text: not reported.
    // A quote inside a plain scalar (`社"`) is text, so the bracket after it closes the collection.
    for (const t of [
      'a: {x: 1,\n}\n',
      'a: [x,\n  y]\n',
      'a: [x\n ]\n',
      'a: x[\nb: 1\n',
      'a: "{"\n',
      'top: { a: 社"}  # note\n',
      "top: [ it's ]\n",
    ])
      expect(unclosedBracket(t), JSON.stringify(t)).toBeUndefined();
    expect(unclosedBracket('rubric: r\ncommunity: { id: x, name: 社区\nperiod: 2005\n')).toEqual(
      parseYaml('rubric: r\ncommunity: { id: x, name: 社区\nperiod: 2005\n').findings,
    );
    let reported = 0;
    const check = (text: string | undefined) => {
      if (text === undefined) return;
      const found = unclosedBracket(text);
      if (found === undefined) return;
      const full = parseYaml(text);
      expect(found, JSON.stringify(text)).toStrictEqual(full.findings);
      expect(full.data).toBeUndefined();
      reported++;
    };
    fc.assert(
      fc.property(randomDocument(), fc.nat(), fc.integer({ min: 1, max: 3 }), (text, pick, drop) =>
        check(unclose(text, pick, drop)),
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
    expect(reported).toBeGreaterThan(50);
    // Real submissions: `community: { id: …` never closed, then the rest of the file.
    const before = reported;
    for (const [i, f] of generated.files().slice(0, 300).entries())
      check(unclose(readFileSync(f, 'utf8'), i, 1 + (i % 2)));
    expect(reported - before).toBeGreaterThan(100);
  });
});
