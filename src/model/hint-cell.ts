/**
 * A cell that still holds the fill-in workbook's hint for its column (是/否, yes/no, A/B/C/C#,
 * 平方米, m², %, 户, 人) and not a value: said as that ("the cell still holds the hint"), never as
 * "“是/否” is not 是/否". Recognised by shape, so a hint in any of our languages (or a sheet an
 * office made the same way) is caught without the catalogue.
 */
const FLAG_PAIR = /^(是|有|yes|y|true)\s*[/／|、]\s*(否|无|無|no|n|false)$/i;
const GRADE_LIST = /^[A-D]#?(\s*[/／|、,，]\s*[A-D]#?)+$/i;
const UNIT_ONLY =
  /^(m2|m²|㎡|sqm|平方米|平米|平方公尺|%|％|户|戶|人|个|個|households?|people|persons?|面积，平方米|面積，平方公尺|数量|數量)$/i;

export function isHintCell(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const s = raw.trim();
  return FLAG_PAIR.test(s) || GRADE_LIST.test(s) || UNIT_ONLY.test(s);
}
