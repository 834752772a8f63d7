// A deterministic synthetic workbook for the spreadsheet benchmark: one sheet, one community per
// row, the 2005 district targets' metrics and facilities as columns headed by their Chinese
// titles and units (as a street office types them), figures spelled every way people write them
// (120, "120 m2", "85%", 0.85, 是/否), about 0.5% bad rows (a masked figure, text in a count).
// Written with exceljs's streaming writer, shared strings on, as Excel and WPS save.
import { createRequire } from 'node:module';
import { prng } from './generate.js';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const SYLLABLES =
  '桂柑丁字府前鼓楼花柳塘林垟青年坊桃李五马解放南浦松台广化滨江蒲鞋市黎明翠微双屿仰义藤桥'.split('');
const name = (r, n) =>
  Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');

export const HEADER = [
  '编号',
  '社区名称',
  '街道',
  '区',
  '年度',
  '评分细则',
  '服务站、服务用房面积（平方米）',
  '办公和服务用房面积（平方米）',
  '文化室可同时学习人数',
  '社区户数',
  '社区民警人数',
  '有卫生服务站覆盖',
  '组建社区义务巡逻队',
  '居务公开、民主议事制度',
  '居委会干部高中以上文化程度比例（%）',
  '发生重大火灾或死亡事故',
  '社区服务站（平方米）',
  '社区文化室（平方米）',
  '社区教育活动站（平方米）',
  '社区警务室（平方米）',
  '社区求助站（平方米）',
];

/** Row i (0-based) of the workbook: a community of street i / 12. */
export function workbookRow(i, r) {
  const street = Math.floor(i / 12);
  const district = Math.floor(street / 10);
  const good = r();
  const yes = (p) => (r() < p ? '是' : '否');
  const area = Math.round(100 + good * 300 + r() * 60);
  const office = Math.round(area * (1.2 + r() * 1.6));
  const rate = Math.min(99, Math.round(70 + good * 25 + r() * 5));
  const bad = r() < 0.005;
  return [
    `c${String(i).padStart(6, '0')}`,
    `${name(r, 2)}社区${i}`,
    `${name(prng(street * 7 + 1), 2)}街道${street}`,
    `${name(prng(district * 13 + 5), 2)}区${district}`,
    2005,
    'district-2005-community',
    bad ? '**' : r() < 0.5 ? area : `${area} m2`,
    office,
    Math.round(30 + good * 40 + r() * 10),
    Math.round(1800 + r() * 1400),
    good < 0.1 ? 0 : 1 + Math.floor(r() * 2),
    yes(0.2 + good),
    yes(0.3 + good),
    yes(0.5 + good),
    r() < 0.7 ? `${rate}%` : rate / 100,
    yes(0.01),
    ...[0, 1, 2, 3, 4].map(() => (r() > 0.55 + good ? null : r() < 0.2 ? '是' : Math.round(15 + r() * 80))),
  ];
}

/** Writes a workbook of `count` community rows to `file`. */
export async function generateWorkbook(file, count, seed = 2005) {
  const r = prng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('自评');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < count; i++) ws.addRow(workbookRow(i, r)).commit();
  ws.commit();
  await wb.commit();
  return { rows: count };
}
