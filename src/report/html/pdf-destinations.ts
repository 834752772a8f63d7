/**
 * The page each named destination of a PDF printed by Chromium falls on: what the printed table of
 * contents needs, and no browser tells (Chromium has no CSS target-counter). Chromium writes every
 * element a link points to as a named destination (`/Dests` of the catalog: `/t1-c3 [85 0 R /XYZ …]`),
 * in plain objects found through a classic cross-reference table. That is all this reads; for any
 * other PDF (object streams, a name tree) it returns undefined, and the contents go without pages.
 * test/report/pdf-pages.test.ts checks it against poppler's pdftotext, page by page.
 */

/** Page numbers (from 1) by destination name, or undefined when the PDF is not of that plain form. */
export function destinationPages(pdf: Uint8Array): Map<string, number> | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const offsets = xrefOffsets(text);
  if (!offsets) return undefined;
  const object = (n: number): string | undefined => {
    const at = offsets.get(n);
    if (at === undefined) return undefined;
    const head = /^\s*(\d+)\s+\d+\s+obj\b/.exec(text.slice(at, at + 40));
    if (!head || Number(head[1]) !== n) return undefined;
    const end = text.indexOf('endobj', at);
    const stream = text.indexOf('stream', at);
    // The dictionaries read here have no stream; an object with one is cut before it.
    return text.slice(at + head[0].length, stream >= 0 && stream < end ? stream : end);
  };
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = ref(trailer, 'Root');
  const catalog = root === undefined ? undefined : object(root);
  if (!catalog) return undefined;
  const pagesRoot = ref(catalog, 'Pages');
  const destsRef = ref(catalog, 'Dests');
  if (pagesRoot === undefined || destsRef === undefined) return undefined;
  const pageNumbers = new Map<number, number>();
  const walk = (n: number, depth: number): boolean => {
    const node = object(n);
    if (!node || depth > 64) return false;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
      if (!kids) return false;
      for (const m of kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) if (!walk(Number(m[1]), depth + 1)) return false;
      return true;
    }
    if (!/\/Type\s*\/Page\b/.test(node)) return false;
    pageNumbers.set(n, pageNumbers.size + 1);
    return true;
  };
  if (!walk(pagesRoot, 0)) return undefined;
  const dests = object(destsRef);
  if (!dests) return undefined;
  const out = new Map<string, number>();
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageNumbers.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1]!), page);
  }
  return out;
}

/** Object number → byte offset, from every subsection of the last cross-reference table. */
function xrefOffsets(text: string): Map<number, number> | undefined {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!start) return undefined;
  const at = Number(start[1]);
  if (!text.startsWith('xref', at)) return undefined;
  const out = new Map<number, number>();
  const re = /(\d+)\s+(\d+)\s*[\r\n]+|(\d{10}) (\d{5}) ([nf])\s*[\r\n]*|trailer/y;
  re.lastIndex = at + 4;
  while (/\s/.test(text[re.lastIndex] ?? '')) re.lastIndex++;
  let next = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === 'trailer') return out;
    if (m[1] !== undefined) next = Number(m[1]);
    else {
      if (m[5] === 'n') out.set(next, Number(m[3]));
      next++;
    }
  }
  return undefined;
}

/** `/Root 138 0 R` → 138. */
function ref(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** A PDF name's #xx escapes. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}
