import { defineMessages } from '../define.js';

/** The files a command writes: the format its name says, the kind of a file it would replace. */
const KIND_EN: Record<string, string> = {
  zip: 'an Excel workbook',
  pdf: 'a PDF',
  parquet: 'a Parquet file',
  text: 'text',
  binary: 'binary data',
};
const KIND_CN: Record<string, string> = {
  zip: 'Excel 工作簿',
  pdf: 'PDF 文件',
  parquet: 'Parquet 数据文件',
  text: '文本',
  binary: '二进制文件',
};
const KIND_TW: Record<string, string> = {
  zip: 'Excel 活頁簿',
  pdf: 'PDF 檔案',
  parquet: 'Parquet 資料檔',
  text: '文字',
  binary: '二進位檔案',
};

export const outputFilesMessages = defineMessages(
  {
    'help.opt.results-out': () =>
      "also write every community's result (scores, tier, vetoes, each criterion's points) as a Parquet file, for DuckDB or pandas",
    'usage.format-mismatch': (p) =>
      `${p.option} ${p.format} does not match ${p.output}, a ${p.ext} file: ${
        p.fits ? `leave out ${p.option} to write ${p.fits}` : `name a file this command writes`
      }${p.want ? `, or name the file *${p.want}` : ''}`,
    'usage.output-extension': (p) =>
      `cannot write a ${p.ext} file (${p.output}); name the file with one of ${p.list}`,
    'usage.needs-output': (p) =>
      `${p.option} ${p.format} writes a file, not to the screen: add --output <file${p.ext}>`,
    'usage.output-other-kind': (p) =>
      `${p.output} is ${KIND_EN[p.there ?? ''] ?? p.there}; it is not replaced by ${KIND_EN[p.writing ?? ''] ?? p.writing}: name another file, or remove it first`,
    'usage.output-is-input': (p) =>
      `${p.option} ${p.output} is one of the files this run reads (${p.input}): the report would replace it; name another file`,
  },
  {
    'help.opt.results-out': () =>
      '另将每个社区的结果（得分、等级、否决项、各项指标得分）写成 Parquet 数据文件，供 DuckDB、pandas 等分析',
    'usage.format-mismatch': (p) =>
      `${p.option} ${p.format} 与输出文件 ${p.output}（${p.ext}）不符：${
        p.fits ? `去掉 ${p.option} 即按扩展名写成 ${p.fits}` : '请换用本命令能写的文件名'
      }${p.want ? `，或把文件名改为 *${p.want}` : ''}`,
    'usage.output-extension': (p) =>
      `不能写 ${p.ext} 文件（${p.output}）；文件名请用以下扩展名之一：${p.list}`,
    'usage.needs-output': (p) =>
      `${p.option} ${p.format} 只能写入文件，不能显示在屏幕上：请加上 --output <文件${p.ext}>`,
    'usage.output-other-kind': (p) =>
      `${p.output} 是${KIND_CN[p.there ?? ''] ?? p.there}，不能用${KIND_CN[p.writing ?? ''] ?? p.writing}覆盖：请另选文件名，或先删除它`,
    'usage.output-is-input': (p) =>
      `${p.option} ${p.output} 是本次要读取的文件（${p.input}）：写入报告会覆盖它；请另选文件名`,
  },
  {
    'help.opt.results-out': () =>
      '另將每個社區的結果（得分、等級、否決項、各項指標得分）寫成 Parquet 資料檔，供 DuckDB、pandas 等分析',
    'usage.format-mismatch': (p) =>
      `${p.option} ${p.format} 與輸出檔案 ${p.output}（${p.ext}）不符：${
        p.fits ? `拿掉 ${p.option} 即依副檔名寫成 ${p.fits}` : '請改用本命令能寫的檔名'
      }${p.want ? `，或將檔名改為 *${p.want}` : ''}`,
    'usage.output-extension': (p) =>
      `無法寫入 ${p.ext} 檔案（${p.output}）；檔名請用以下副檔名之一：${p.list}`,
    'usage.needs-output': (p) =>
      `${p.option} ${p.format} 只能寫入檔案，無法顯示在螢幕上：請加上 --output <檔案${p.ext}>`,
    'usage.output-other-kind': (p) =>
      `${p.output} 是${KIND_TW[p.there ?? ''] ?? p.there}，不能以${KIND_TW[p.writing ?? ''] ?? p.writing}覆蓋：請另選檔名，或先刪除它`,
    'usage.output-is-input': (p) =>
      `${p.option} ${p.output} 是本次要讀取的檔案（${p.input}）：寫入報告會覆蓋它；請另選檔名`,
  },
);
