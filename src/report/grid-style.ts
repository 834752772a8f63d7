/** One look for every cli-table3 table: single-line box characters, no colours of its own, compact rows. */
import Table from 'cli-table3';

const chars = {
  'top-mid': '┬',
  'bottom-mid': '┴',
  'left-mid': '├',
  'mid-mid': '┼',
  'right-mid': '┤',
  mid: '─',
};

export function boxTable(head: string[], options: { wordWrap?: boolean } = {}): Table.Table {
  return new Table({ head, style: { head: [], border: [], compact: true }, chars, ...options });
}
