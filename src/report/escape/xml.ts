/**
 * Text in XML (JUnit): characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE,
 * U+FFFF) become U+FFFD, markup characters become entities. In an attribute, line breaks and tabs
 * are written as character references (`&#10;`), which a reader keeps: written raw, XML's
 * attribute normalisation would turn them into spaces.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function xmlAttribute(s: string): string {
  return xmlText(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
