/**
 * JSON written in chunks, byte for byte what `JSON.stringify(value, null, 2)` gives: arrays whose
 * elements are made only when written (Lazy) and objects written field by field (Fields), so a
 * report of 100,000 files is never one string nor one array of fresh objects.
 */

/** An array whose elements are made when written. */
export class Lazy {
  constructor(
    readonly count: number,
    readonly at: (i: number) => unknown,
  ) {}
}

/** An object written field by field (fields whose value is undefined are left out, as JSON.stringify does). */
export class Fields {
  constructor(readonly fields: readonly (readonly [string, unknown])[]) {}
}

/** JSON.stringify(v, null, 2) as chunks, nested at `indent`. */
export function* jsonChunks(v: unknown, indent = ''): Generator<string> {
  if (v instanceof Lazy) {
    if (v.count === 0) {
      yield '[]';
      return;
    }
    const inner = `${indent}  `;
    yield '[\n';
    for (let i = 0; i < v.count; i++) {
      yield i ? `,\n${inner}` : inner;
      yield* jsonChunks(v.at(i), inner);
    }
    yield `\n${indent}]`;
  } else if (v instanceof Fields) {
    const present = v.fields.filter(([, x]) => x !== undefined);
    if (present.length === 0) {
      yield '{}';
      return;
    }
    const inner = `${indent}  `;
    yield '{\n';
    for (let i = 0; i < present.length; i++) {
      const [k, x] = present[i]!;
      yield `${i ? ',\n' : ''}${inner}${JSON.stringify(k)}: `;
      yield* jsonChunks(x, inner);
    }
    yield `\n${indent}}`;
  } else {
    const s = JSON.stringify(v, null, 2);
    yield indent && s.includes('\n') ? s.replaceAll('\n', `\n${indent}`) : s;
  }
}
