// The floor of the spreadsheet benchmark: exceljs's own streaming read of a workbook, every row
// and every cell's value visited, nothing else. `node bench/baseline-xlsx.js <file.xlsx>`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
});
let rows = 0;
let cells = 0;
for await (const sheet of reader)
  for await (const row of sheet) {
    rows++;
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.value !== undefined) cells++;
    });
  }
console.log(`${rows} rows, ${cells} cells`);
