export function prng(seed: number): () => number;
export function communityFile(i: number, r: () => number): string;
export function invalidFile(i: number, r: () => number): string;
export function streetFile(s: number, r: () => number): string;
export function generate(
  dir: string,
  count: number,
  seed?: number,
): { files: number; invalid: number; streets: number };
