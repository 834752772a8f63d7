/**
 * A workbook's shared-strings table (xl/sharedStrings.xml), read as it inflates: each `<si>` item
 * its plain text (rich text runs joined, as the YAML path reads any text). Bounded by the number
 * of items and by the size of one item; the bytes themselves by the inflate budget.
 */
import { SheetLimitError, type SheetLimits } from './sheet-limits.js';
import { itemText } from './xml-text.js';

const ITEM = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

export async function sharedStrings(chunks: AsyncIterable<Buffer>, limits: SheetLimits): Promise<string[]> {
  const out: string[] = [];
  const utf8 = new TextDecoder('utf-8');
  let carry = '';
  /** The complete items of `text`; what follows the last one is carried to the next chunk. */
  const take = (text: string) => {
    let end = 0;
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
      if (out.length >= limits.sharedStrings)
        throw new SheetLimitError('strings', limits.sharedStrings, limits.maxBytes);
      out.push(m[1] === undefined ? '' : itemText(m[1]));
      end = ITEM.lastIndex;
    }
    return end === 0 ? text : text.slice(end);
  };
  for await (const chunk of chunks) {
    const text = utf8.decode(chunk, { stream: true });
    // Nothing can end in a chunk without `si>`: only append (a long item is scanned once, not per chunk).
    carry = (carry.slice(-2) + text).includes('si>') ? take(carry + text) : carry + text;
    if (carry.length > limits.rowChars)
      throw new SheetLimitError('row-size', limits.rowChars, limits.maxBytes);
  }
  take(carry + utf8.decode());
  return out;
}
