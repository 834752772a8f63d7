/**
 * The little of XML a workbook's parts need: an element's attributes, text with its character
 * references decoded, and the text of a string item (`<si>` or `<is>`: its `<t>` runs, without
 * the phonetic guides `<rPh>` that Japanese Excel adds).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with `&lt;`, `&#20013;`, `&#x4E2D;` and the like decoded (an unknown reference is kept). */
export function xmlText(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? all;
    const code =
      ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * An attribute's raw value in the text between an element's name and its `>` (` r="A1" t="s"`),
 * or undefined. `name` may be matched by its local part only (`r:id` by `:id`).
 */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = attrs.indexOf(`${name}=`, from);
    if (i < 0) return undefined;
    const before = attrs.charCodeAt(i - 1);
    const q = attrs.charCodeAt(i + name.length + 1);
    // Preceded by a space (a whole name) or, for a local name given as ":id", anything.
    if (
      (name.charCodeAt(0) === 58 || before === 32 || before === 9 || before === 10 || before === 13) &&
      (q === 34 || q === 39)
    ) {
      const start = i + name.length + 2;
      const end = attrs.indexOf(q === 34 ? '"' : "'", start);
      return end < 0 ? undefined : attrs.slice(start, end);
    }
    from = i + 1;
  }
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const RUN_TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g;

/** The text of a string item's inner XML: its `<t>` elements, joined, decoded. */
export function itemText(inner: string): string {
  if (inner.startsWith('<t>')) {
    const end = inner.indexOf('</t>');
    if (end === inner.length - 4 && inner.indexOf('<', 3) === end) return xmlText(inner.slice(3, end));
  }
  const body = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  RUN_TEXT.lastIndex = 0;
  for (let m = RUN_TEXT.exec(body); m; m = RUN_TEXT.exec(body)) text += m[1];
  return xmlText(text);
}
