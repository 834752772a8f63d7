import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** civscore trend, and a rubric's cycle of years. */
export const trendMessages = defineMessages(
  {
    'rubric.cycle-weight': (p) =>
      `cycle weight "${p.value}" is not a number or a percentage (write 15% or 0.15)`,
    'rubric.cycle-weights-count': (p) =>
      `the cycle has ${counted(p.years, 'year')} but ${counted(p.count, 'weight')}: give one weight per year, oldest first`,
    'lint.cycle-weights-sum': (p) => `the cycle's weights add up to ${p.sum}, not 100%`,
    'trend.heading': (p) =>
      `${p.rubric} (${p.id}): ${counted(p.count, 'community', 'communities')} over ${p.periods}`,
    'trend.col.community': () => 'Community',
    'trend.col.street': () => 'Street',
    'trend.col.change': () => 'Change',
    'trend.col.moves': () => 'Tier moves',
    'trend.col.rank': () => 'Rank',
    'trend.col.composite': () => 'Composite',
    'trend.col.tier': () => 'Tier',
    'trend.col.tier-conferred': () => 'May apply for',
    'trend.col.moves-conferred': () => 'Moves in the titles it may apply for',
    'trend.groups-conferred': () => 'Share meeting the standard to apply for each title, by period',
    'trend.unscored': () => 'not scored',
    'trend.point-self': (p) => `${p.total} (self-reported ${p.self})`,
    'trend.absent': () => 'no file',
    'trend.move.up': (p) => `${p.from}→${p.to}: ${p.fromTier} → ${p.toTier} (up)`,
    'trend.move.down': (p) => `${p.from}→${p.to}: ${p.fromTier} → ${p.toTier} (down)`,
    'trend.move.vetoed': (p) =>
      `${p.from}→${p.to}: ${p.fromTier} → ${p.toTier} (veto, 一票否决: ${p.criteria} not met)`,
    'trend.changes': () => 'Criteria whose status changed',
    'trend.change': (p) => `${p.community}: ${p.criterion}, ${p.before} → ${p.after} (${p.from}→${p.to})`,
    'trend.groups': () => 'Share reaching each tier, by period',
    'trend.group': (p) => `${p.group}, ${p.period}: ${p.tiers}`,
    'trend.group-tier': (p) => `${p.tier} ${p.share} (${p.reached} of ${p.n})`,
    'trend.group-unscored': (p) => `${p.count} not scored`,
    'trend.group-missing': (p) => `${p.count} on the roster sent no file`,
    'trend.cycle': (p) => `Cycle composite: ${p.years}, weighted ${p.weights} (each year out of 100)`,
    'trend.cycle-source': (p) => `Weights from ${p.source}`,
    'trend.cycle-flag': () => 'Weights from --weights',
    'trend.cycle-thin-year': (p) =>
      `period ${p.period} has files from ${p.communities} of the table's ${counted(p.of, 'community', 'communities')}: it is shown, but it is no year of the cycle (a year of the cycle needs files from at least half of them); check the period written in those files`,
    'trend.cycle-short': (p) =>
      `the cycle takes ${counted(p.years, 'year')}, and the files give ${p.periods}: no composite is made; add the files of the other years, or give --weights for as many years as there are`,
    'trend.year-missing': (p) => `${p.community} (${p.id}): no file for ${p.years}, so no composite`,
    'trend.year-unscored': (p) =>
      `${p.community} (${p.id}): the file for ${p.years} could not be scored, so no composite`,
    'trend.period-after': (p) =>
      `period ${p.period} is later than ${p.asOf}: the file is left out of the trend and its cycle; correct its period (or give --as-of)`,
    'trend.weights-usage': (p) =>
      `--weights ${p.value}: give each year's weight, oldest first, as whole percentages adding up to 100 (e.g. 15,25,60)`,
    'trend.summary': (p) =>
      `${counted(p.files, 'self-assessment')}: ${counted(p.communities, 'community', 'communities')} over ${counted(p.periods, 'period')}; ${p.invalid} not scored, ${p.errors && p.errors !== '0' ? `${counted(p.errors, 'error')} in the inspections, ` : ''}${counted(p.warnings, 'warning')}${p.fileWarnings && p.fileWarnings !== '0' ? `; ${p.fileWarnings} more in the scored files, not listed (validate lists them)` : ''}`,
    'trend.no-files': (p) => `no self-assessments found in ${p.inputs}`,
  },
  {
    'rubric.cycle-weight': (p) => `周期权重“${p.value}”不是数字或百分数（请写15%或0.15）`,
    'rubric.cycle-weights-count': (p) =>
      `周期为${p.years}年，却给了${p.count}个权重：请按年度从早到晚每年给一个权重`,
    'lint.cycle-weights-sum': (p) => `周期各年权重合计为${p.sum}，不是100%`,
    'trend.heading': (p) => `${p.rubric}（${p.id}）：${p.count} 个社区，${p.periods}`,
    'trend.col.community': () => '社区',
    'trend.col.street': () => '街道',
    'trend.col.change': () => '增减',
    'trend.col.moves': () => '等级变化',
    'trend.col.rank': () => '名次',
    'trend.col.composite': () => '综合得分',
    'trend.col.tier': () => '等级',
    'trend.col.tier-conferred': () => '可申报称号',
    'trend.col.moves-conferred': () => '可申报称号变化',
    'trend.groups-conferred': () => '各年度达到各称号申报标准的比例',
    'trend.unscored': () => '未评分',
    'trend.point-self': (p) => `${p.total}（自评${p.self}）`,
    'trend.absent': () => '无文件',
    'trend.move.up': (p) => `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（升）`,
    'trend.move.down': (p) => `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（降）`,
    'trend.move.vetoed': (p) =>
      `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（一票否决：${p.criteria}未达到）`,
    'trend.changes': () => '评分项状态变化',
    'trend.change': (p) => `${p.community}：${p.criterion}，${p.before}→${p.after}（${p.from}→${p.to}年）`,
    'trend.groups': () => '各年度达到各等级的比例',
    'trend.group': (p) => `${p.group}，${p.period}年：${p.tiers}`,
    'trend.group-tier': (p) => `${p.tier} ${p.share}（${p.reached}/${p.n}个）`,
    'trend.group-unscored': (p) => `${p.count}个未评分`,
    'trend.group-missing': (p) => `名单内${p.count}个未报送`,
    'trend.cycle': (p) => `周期综合得分：${p.years}年，权重${p.weights}（每年按百分制计）`,
    'trend.cycle-source': (p) => `权重依据：${p.source}`,
    'trend.cycle-flag': () => '权重由 --weights 指定',
    'trend.cycle-thin-year': (p) =>
      `期间${p.period}只有${p.communities}个社区报送了文件（本表共${p.of}个）：照常列出，但不作为周期年度（周期年度须有至少一半的社区报送）；请核对这些文件所写的期间（period）`,
    'trend.cycle-short': (p) =>
      `周期需要 ${p.years} 年，而文件只有 ${p.periods}：不计算综合得分；请补齐其他年度的文件，或用 --weights 按现有年数给出权重`,
    'trend.year-missing': (p) => `${p.community}（${p.id}）：缺少${p.years}年的文件，无法计算综合得分`,
    'trend.year-unscored': (p) => `${p.community}（${p.id}）：${p.years}年的文件未能评分，无法计算综合得分`,
    'trend.period-after': (p) =>
      `期间${p.period}晚于${p.asOf}：该文件不计入趋势和周期；请更正其期间（period），或用 --as-of 指定日期`,
    'trend.weights-usage': (p) =>
      `--weights ${p.value}：请按年度从早到晚写各年权重的百分数，合计为100（如 15,25,60）`,
    'trend.summary': (p) =>
      `${p.files} 份自评：${p.communities} 个社区，${p.periods} 个年度；${p.invalid} 个未能评分，${p.errors && p.errors !== '0' ? `督查记录错误 ${p.errors} 个，` : ''}警告 ${p.warnings} 个${p.fileWarnings && p.fileWarnings !== '0' ? `；已评分的自评文件中另有 ${p.fileWarnings} 个警告未逐条列出（可用 validate 查看）` : ''}`,
    'trend.no-files': (p) => `在 ${p.inputs} 中没有找到自评`,
  },
  {
    'rubric.cycle-weight': (p) => `週期權重「${p.value}」不是數字或百分比（請寫15%或0.15）`,
    'rubric.cycle-weights-count': (p) =>
      `週期為${p.years}年，卻給了${p.count}個權重：請依年度由早到晚每年給一個權重`,
    'lint.cycle-weights-sum': (p) => `週期各年權重合計為${p.sum}，不是100%`,
    'trend.heading': (p) => `${p.rubric}（${p.id}）：${p.count} 個社區，${p.periods}`,
    'trend.col.community': () => '社區',
    'trend.col.street': () => '街道',
    'trend.col.change': () => '增減',
    'trend.col.moves': () => '等級變化',
    'trend.col.rank': () => '名次',
    'trend.col.composite': () => '綜合得分',
    'trend.col.tier': () => '等級',
    'trend.col.tier-conferred': () => '可申報稱號',
    'trend.col.moves-conferred': () => '可申報稱號變化',
    'trend.groups-conferred': () => '各年度達到各稱號申報標準的比例',
    'trend.unscored': () => '未評分',
    'trend.point-self': (p) => `${p.total}（自評${p.self}）`,
    'trend.absent': () => '無檔案',
    'trend.move.up': (p) => `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（升）`,
    'trend.move.down': (p) => `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（降）`,
    'trend.move.vetoed': (p) =>
      `${p.from}→${p.to}年：${p.fromTier}→${p.toTier}（一票否決：${p.criteria}未達到）`,
    'trend.changes': () => '評分項目狀態變化',
    'trend.change': (p) => `${p.community}：${p.criterion}，${p.before}→${p.after}（${p.from}→${p.to}年）`,
    'trend.groups': () => '各年度達到各等級的比例',
    'trend.group': (p) => `${p.group}，${p.period}年：${p.tiers}`,
    'trend.group-tier': (p) => `${p.tier} ${p.share}（${p.reached}/${p.n}個）`,
    'trend.group-unscored': (p) => `${p.count}個未評分`,
    'trend.group-missing': (p) => `名冊內${p.count}個未報送`,
    'trend.cycle': (p) => `週期綜合得分：${p.years}年，權重${p.weights}（每年以百分制計）`,
    'trend.cycle-source': (p) => `權重依據：${p.source}`,
    'trend.cycle-flag': () => '權重由 --weights 指定',
    'trend.cycle-thin-year': (p) =>
      `期間${p.period}只有${p.communities}個社區報送了檔案（本表共${p.of}個）：照常列出，但不作為週期年度（週期年度須有至少一半的社區報送）；請核對這些檔案所寫的期間（period）`,
    'trend.cycle-short': (p) =>
      `週期需要 ${p.years} 年，而檔案只有 ${p.periods}：不計算綜合得分；請補齊其他年度的檔案，或以 --weights 依現有年數給出權重`,
    'trend.year-missing': (p) => `${p.community}（${p.id}）：缺少${p.years}年的檔案，無法計算綜合得分`,
    'trend.year-unscored': (p) => `${p.community}（${p.id}）：${p.years}年的檔案未能評分，無法計算綜合得分`,
    'trend.period-after': (p) =>
      `期間${p.period}晚於${p.asOf}：此檔案不列入趨勢與週期；請更正其期間（period），或以 --as-of 指定日期`,
    'trend.weights-usage': (p) =>
      `--weights ${p.value}：請依年度由早到晚寫各年權重的百分比，合計為100（如 15,25,60）`,
    'trend.summary': (p) =>
      `${p.files} 份自評：${p.communities} 個社區，${p.periods} 個年度；${p.invalid} 個未能評分，${p.errors && p.errors !== '0' ? `督查記錄錯誤 ${p.errors} 個，` : ''}警告 ${p.warnings} 個${p.fileWarnings && p.fileWarnings !== '0' ? `；已評分的自評檔案中另有 ${p.fileWarnings} 個警告未逐條列出（可用 validate 查看）` : ''}`,
    'trend.no-files': (p) => `在 ${p.inputs} 中沒有找到自評`,
  },
);
