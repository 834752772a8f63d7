export const HEADER: string[];
export function generateWorkbook(file: string, count: number, seed?: number): Promise<{ rows: number }>;
