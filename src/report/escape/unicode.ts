/**
 * Well-formed Unicode for formats that require it (SARIF is UTF-8 JSON: a lone surrogate has no
 * UTF-8 form, and encodeURIComponent throws on one): each lone surrogate becomes U+FFFD.
 */
const LONE_SURROGATE = /\p{Cs}/gu;

export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}
