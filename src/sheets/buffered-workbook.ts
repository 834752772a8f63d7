/**
 * A streaming exceljs workbook writer whose bytes are collected in memory (shared strings off, so
 * memory stays flat while rows are added); the caller writes the finished bytes atomically.
 */
import { Writable } from 'node:stream';
import { excel } from './exceljs.js';

type Writer = InstanceType<ReturnType<typeof excel>['stream']['xlsx']['WorkbookWriter']>;

export function bufferedWorkbook(): { wb: Writer; finish(): Promise<Uint8Array> } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new (excel().stream.xlsx.WorkbookWriter)({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  return {
    wb,
    async finish() {
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}
