import { defineMessages } from '../define.js';

/** What a community's file may not decide: which rubric judges it, and options that must be right. */
export const trustMessages = defineMessages(
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}: rubric “${p.rubric}” has no such tier; did you mean "${p.suggestion}"? (tiers: ${p.known}; a tier's title in any language works too)`,
    'trust.rubric-not-allowed': (p) =>
      p.allowed
        ? `not judged: the file names its own rubric ${p.rubric}, which is not under the rubric folders allowed for this run (${p.allowed}); name a built-in rubric, or have the office add the rubric's folder with --rubrics`
        : `not judged: the file names its own rubric ${p.rubric}; a submission may name only a built-in rubric unless the office allows a folder with --rubrics <dir> (or judges every file by --rubric)`,
    'trust.rubric-conflict': (p) =>
      `not judged: rubric id ${p.id} stands for two different rubrics, ${p.file} and ${p.other}; one id never merges two rubrics into one table: give one of them another id`,
    'trust.rubric-other': (p) =>
      `not ranked: this file is scored under rubric “${p.rubric}”, but more files of ${p.group} name “${p.other}” (${p.count}) than “${p.rubric}” (${p.own}); it counts in ${p.group}'s table under that rubric as not scored. A count of files does not decide a street's rubric, the office does: if ${p.group} is judged by this file's rubric, rank again with --rubric ${p.ownId}; if this self-assessment is for the other campaign, write rubric: ${p.write}`,
    'trust.period-other': (p) =>
      `not ranked: this file is for period ${p.period}, but the other files of ${p.group} under its rubric are for ${p.other}; it counts in ${p.group}'s table for ${p.other} as not scored: write period: ${p.other} if this self-assessment is for that table`,
    'trust.period-second': (p) =>
      `not counted: ${p.name} has a file for ${p.other} already, and this one is for ${p.period}, another period of that year; a trend takes one file per community and year (a cycle would take ${p.period} for a year of its own): delete this file, or write period: ${p.other} in it and remove the other one`,
    'trust.rubric-unusable': (p) =>
      `not judged: rubric ${p.rubric} could not be used (its problems are listed with it)`,
    'trust.rubric-builtin': (p) => `Rubric: built in (${p.id}), sha256 ${p.sha}`,
    'trust.rubric-path': (p) => `Rubric: ${p.path}, sha256 ${p.sha}`,
    'trust.rubric-empty': () =>
      `usage: --rubric '' names no rubric; give a built-in id or a rubric file, or leave --rubric out to use each file's own`,
    'trust.rubrics-dir': (p) => `usage: --rubrics ${p.dir}: no such folder`,
  },
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}：评分细则“${p.rubric}”没有这个等级，是不是要写“${p.suggestion}”？（等级有：${p.known}；也可以写等级的中文或英文名称）`,
    'trust.rubric-not-allowed': (p) =>
      p.allowed
        ? `未评判：本文件自行指定了评分细则 ${p.rubric}，它不在本次允许使用的细则目录（${p.allowed}）中；请改用内置评分细则，或由区里用 --rubrics 把该细则所在目录列入允许范围`
        : `未评判：本文件自行指定了评分细则 ${p.rubric}；上报的自评文件只能指定内置评分细则，除非区里用 --rubrics <目录> 放行（或用 --rubric 统一指定细则）`,
    'trust.rubric-conflict': (p) =>
      `未评判：细则编号 ${p.id} 对应两份内容不同的评分细则（${p.file} 和 ${p.other}）；同一编号不能把两份细则并入一张表，请给其中一份换个编号`,
    'trust.rubric-other': (p) =>
      `未参加排名：本文件按评分细则“${p.rubric}”评分，而${p.group}用“${p.other}”的文件（${p.count} 份）多于用本细则的（${p.own} 份）；本社区在${p.group}按“${p.other}”评分的表中按未评分计算。街道按哪份细则评比，不由文件多少决定，由区里决定：如${p.group}应按本文件的细则评比，请用 --rubric ${p.ownId} 重新排名；如这份自评属于另一项评比，请写 rubric: ${p.write}`,
    'trust.period-other': (p) =>
      `未参加排名：本文件的年度是 ${p.period}，而${p.group}按同一评分细则的其他文件都是 ${p.other}；本社区在${p.group} ${p.other} 的表中按未评分计算：如这份自评属于该表，请写 period: ${p.other}`,
    'trust.period-second': (p) =>
      `未计入：${p.name}已有 ${p.other} 的文件，本文件是 ${p.period}，属同一年的另一期；趋势分析每个社区每年只取一份文件（否则周期会把 ${p.period} 当作单独的一年）：请删除本文件，或把其中的 period 改为 ${p.other} 并删除另一份`,
    'trust.rubric-unusable': (p) => `未评判：评分细则 ${p.rubric} 无法使用（问题见该细则下方）`,
    'trust.rubric-builtin': (p) => `评分细则：内置（${p.id}），sha256 ${p.sha}`,
    'trust.rubric-path': (p) => `评分细则：${p.path}，sha256 ${p.sha}`,
    'trust.rubric-empty': () =>
      `用法错误：--rubric '' 没有指定任何评分细则；请写内置编号或细则文件，或者不加 --rubric，按各文件自己的 rubric: 评判`,
    'trust.rubrics-dir': (p) => `用法错误：--rubrics ${p.dir}：没有这个目录`,
  },
  {
    'trust.unknown-tier-near': (p) =>
      `--min-tier ${p.tier}：評分細則「${p.rubric}」沒有這個等級，是不是要寫「${p.suggestion}」？（等級有：${p.known}；也可以寫等級的中文或英文名稱）`,
    'trust.rubric-not-allowed': (p) =>
      p.allowed
        ? `未評判：本檔案自行指定了評分細則 ${p.rubric}，它不在本次允許使用的細則資料夾（${p.allowed}）中；請改用內建評分細則，或由區裡用 --rubrics 把該細則所在的資料夾列入允許範圍`
        : `未評判：本檔案自行指定了評分細則 ${p.rubric}；上報的自評檔案只能指定內建評分細則，除非區裡用 --rubrics <資料夾> 放行（或用 --rubric 統一指定細則）`,
    'trust.rubric-conflict': (p) =>
      `未評判：細則代號 ${p.id} 對應兩份內容不同的評分細則（${p.file} 和 ${p.other}）；同一代號不能把兩份細則併入一張表，請替其中一份換個代號`,
    'trust.rubric-other': (p) =>
      `未列入排名：本檔案依評分細則「${p.rubric}」評分，但${p.group}用「${p.other}」的檔案（${p.count} 份）多於用本細則的（${p.own} 份）；本社區在${p.group}依「${p.other}」評分的表中視為未評分。街道依哪份細則評比，不由檔案多寡決定，由區裡決定：如${p.group}應依本檔案的細則評比，請用 --rubric ${p.ownId} 重新排名；如這份自評屬於另一項評比，請寫 rubric: ${p.write}`,
    'trust.period-other': (p) =>
      `未列入排名：本檔案的年度是 ${p.period}，但${p.group}依同一評分細則的其他檔案皆為 ${p.other}；本社區在${p.group} ${p.other} 的表中視為未評分：如這份自評屬於該表，請寫 period: ${p.other}`,
    'trust.period-second': (p) =>
      `未計入：${p.name}已有 ${p.other} 的檔案，本檔案是 ${p.period}，屬同一年的另一期；趨勢分析每個社區每年只取一份檔案（否則週期會把 ${p.period} 當作單獨的一年）：請刪除本檔案，或把其中的 period 改為 ${p.other} 並刪除另一份`,
    'trust.rubric-unusable': (p) => `未評判：評分細則 ${p.rubric} 無法使用（問題列在該細則下方）`,
    'trust.rubric-builtin': (p) => `評分細則：內建（${p.id}），sha256 ${p.sha}`,
    'trust.rubric-path': (p) => `評分細則：${p.path}，sha256 ${p.sha}`,
    'trust.rubric-empty': () =>
      `用法錯誤：--rubric '' 沒有指定任何評分細則；請寫內建代號或細則檔案，或者不加 --rubric，依各檔案自己的 rubric: 評判`,
    'trust.rubrics-dir': (p) => `用法錯誤：--rubrics ${p.dir}：沒有這個資料夾`,
  },
);
