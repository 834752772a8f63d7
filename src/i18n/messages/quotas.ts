import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

type P = Record<string, string>;
/** The grouping named in the user's language: `by` is community, street, district or all. */
const byEN = (p: P) => (p.by === 'all' || !p.by ? 'group' : p.by);
const byCN = (p: P) => ({ community: '社区', street: '街道', district: '区' })[p.by ?? ''] ?? '组';
const byTW = (p: P) => ({ community: '社區', street: '街道', district: '區' })[p.by ?? ''] ?? '組';

/** Quotas over every community: the roster, group names, periods, communities in doubt. */
export const quotaMessages = defineMessages(
  {
    'roster.field-missing': (p) =>
      `roster row without ${p.fields}: every community needs a street, an id and a name`,
    'roster.duplicate-id': (p) => `community id "${p.id}" is already listed on line ${p.line}`,
    'roster.empty': () => 'the roster lists no community',
    'roster.csv-syntax': (p) => `the roster is not readable CSV: ${p.reason}`,
    'roster.header': (p) =>
      `the roster's first row must name its columns; missing: ${p.fields} (street, id, name, district; or 街道, 编号, 名称, 区)`,
    'roster.not-a-list': () =>
      'a roster file needs "communities:", a list of { street, id, name } (district optional)',
    'roster.id-case': (p) =>
      `community id "${p.id}" is written "${p.rosterId}" on the roster ${p.roster}: counted as that community (ids that differ only in letter case are one community); write it as the roster does`,
    'roster.not-listed': (p) =>
      `community "${p.id}" is not on the roster ${p.roster}: it is ranked, but counted in no quota; check its id or add it to the roster`,
    'roster.street-differs': (p) =>
      `the file gives the street "${p.street}", the roster "${p.rosterStreet}": counted in ${p.rosterStreet}, as the roster says`,
    'roster.community-differs': (p) =>
      `the file gives the community "${p.community}", the roster "${p.rosterCommunity}": counted in ${p.rosterCommunity}, as the roster says`,
    'quota.group-merged': (p) =>
      `${p.names} are counted as one ${byEN(p)}: ${p.as}${p.folds ? ` (${p.folds})` : ''}`,
    'quota.group-alike': (p) =>
      `${byEN(p)} names "${p.a}" and "${p.b}" differ by one character and are counted apart; if they are one, write it one way in every file (or give --roster)`,
    'quota.no-group': (p) =>
      `the file names no ${byEN(p)}: it is ranked, but counted in no ${byEN(p)}'s quota, and those quotas are provisional`,
    'quota.units.compound': (p) => (p.count === '1' ? 'compound' : 'compounds'),
    'quota.units.community': (p) => (p.count === '1' ? 'community' : 'communities'),
    'quota.units.street': (p) => (p.count === '1' ? 'street' : 'streets'),
    'quota.n.unscored': (p) => `, ${p.count} not scored`,
    'quota.n.missing': (p) => `, ${p.count} with no file`,
    'quota.provisional': () => ', provisional',
    'quota.in-doubt': () => 'Counted as not reaching the tier, until settled:',
    'quota.doubt.invalid': (p) => `${p.who}: its self-assessment could not be scored (${p.files})`,
    'quota.doubt.duplicate': (p) =>
      `${p.who}: the same id in several self-assessments, none of them scored (${p.files})`,
    'quota.doubt.missing': (p) => `${p.who}: on the roster, but no file was submitted`,
    'quota.doubt.misplaced': (p) =>
      `${p.who}: a file was sent, but its period or rubric is not this table's, so it is not scored (${p.files})`,
    'quota.street-districts': (p) =>
      `street ${p.street} is named under more than one district (${p.districts}): its communities count in ${p.as}, where most of its files put it; if the street is in another district, correct the files (or give --roster)`,
    'quota.unplaced': (p) =>
      p.count === '1'
        ? `1 ${p.units} names no ${byEN(p)} and is counted in none`
        : `${p.count} ${p.units} name no ${byEN(p)} and are counted in none`,
    'quota.next-tier-event': (p) =>
      `${p.tier} (${counted(p.min, 'point')}) cannot be reached this period: "${p.events}" failed on an event that happened, which no fix can undo`,
    'quota.unattributed': (p) =>
      `${counted(p.count, 'file')} could not be tied to any community: every verdict is provisional`,
  },
  {
    'roster.field-missing': (p) => `名册中此行缺少 ${p.fields}：每个社区都要有街道、编号和名称`,
    'roster.duplicate-id': (p) => `社区编号“${p.id}”已在第 ${p.line} 行列出`,
    'roster.empty': () => '名册中没有任何社区',
    'roster.csv-syntax': (p) => `名册不是可读的 CSV：${p.reason}`,
    'roster.header': (p) =>
      `名册第一行应为列名；缺少：${p.fields}（街道、编号、名称、区，或 street、id、name、district）`,
    'roster.not-a-list': () =>
      '名册文件需要“communities:”，即由 { street, id, name } 组成的列表（district 可选）',
    'roster.id-case': (p) =>
      `社区编号“${p.id}”在名册 ${p.roster} 中写作“${p.rosterId}”：按名册中的该社区计入（只有字母大小写不同的编号是同一个社区）；请按名册书写编号`,
    'roster.not-listed': (p) =>
      `社区“${p.id}”不在名册 ${p.roster} 中：参加排名，但不计入任何指标；请核对编号，或将其补入名册`,
    'roster.street-differs': (p) =>
      `文件填写的街道为“${p.street}”，名册为“${p.rosterStreet}”：按名册计入${p.rosterStreet}`,
    'roster.community-differs': (p) =>
      `文件填写的社区为“${p.community}”，名册为“${p.rosterCommunity}”：按名册计入${p.rosterCommunity}`,
    'quota.group-merged': (p) => `${p.names}按同一${byCN(p)}计算：${p.as}${p.folds ? `（${p.folds}）` : ''}`,
    'quota.group-alike': (p) =>
      `${byCN(p)}名称“${p.a}”与“${p.b}”只差一个字，目前分开计算；如为同一${byCN(p)}，请在各文件中统一写法（或使用 --roster）`,
    'quota.no-group': (p) =>
      `文件未填写${byCN(p)}：参加排名，但不计入任何${byCN(p)}的指标，相关指标结论为暂定`,
    'quota.units.compound': () => '小区',
    'quota.units.community': () => '社区',
    'quota.units.street': () => '街道',
    'quota.n.unscored': (p) => `，其中 ${p.count} 个未评分`,
    'quota.n.missing': (p) => `，其中 ${p.count} 个未报送`,
    'quota.provisional': () => '（结论暂定）',
    'quota.in-doubt': (p) => `以下${p.level === 'compound' ? '小区' : '社区'}暂按未达到计算：`,
    'quota.doubt.invalid': (p) => `${p.who}：自评无法评分（${p.files}）`,
    'quota.doubt.duplicate': (p) => `${p.who}：同一编号出现在多份自评中，均未评分（${p.files}）`,
    'quota.doubt.missing': (p) => `${p.who}：在名册中，但未报送文件`,
    'quota.doubt.misplaced': (p) => `${p.who}：已报送文件，但年度或评分细则与本表不符，未评分（${p.files}）`,
    'quota.street-districts': (p) =>
      `${p.street}被写在不止一个区（${p.districts}）：其社区按多数文件所写计入${p.as}；如该街道确属其他区，请更正文件（或使用 --roster）`,
    'quota.unplaced': (p) => `${p.count} 个${p.units}未填写${byCN(p)}，未计入任何${byCN(p)}`,
    'quota.next-tier-event': (p) =>
      `本期无法达到${p.tier}（${p.min} 分）：“${p.events}”未达到，且是已经发生的事件，无法整改`,
    'quota.unattributed': (p) => `${p.count} 个文件无法对应到任何社区：各项指标结论均为暂定`,
  },
  {
    'roster.field-missing': (p) => `名冊中此列缺少 ${p.fields}：每個社區都要有街道、編號和名稱`,
    'roster.duplicate-id': (p) => `社區編號「${p.id}」已在第 ${p.line} 行列出`,
    'roster.empty': () => '名冊中沒有任何社區',
    'roster.csv-syntax': (p) => `名冊不是可讀取的 CSV：${p.reason}`,
    'roster.header': (p) =>
      `名冊第一列應為欄位名稱；缺少：${p.fields}（街道、編號、名稱、區，或 street、id、name、district）`,
    'roster.not-a-list': () =>
      '名冊檔案需要「communities:」，即由 { street, id, name } 組成的清單（district 可省略）',
    'roster.id-case': (p) =>
      `社區編號「${p.id}」在名冊 ${p.roster} 中寫作「${p.rosterId}」：視為名冊中的該社區計入（僅英文字母大小寫不同的編號視為同一個社區）；請依名冊書寫編號`,
    'roster.not-listed': (p) =>
      `社區「${p.id}」不在名冊 ${p.roster} 中：參加排名，但不計入任何指標；請核對編號，或將其補入名冊`,
    'roster.street-differs': (p) =>
      `檔案填寫的街道為「${p.street}」，名冊為「${p.rosterStreet}」：依名冊計入${p.rosterStreet}`,
    'roster.community-differs': (p) =>
      `檔案填寫的社區為「${p.community}」，名冊為「${p.rosterCommunity}」：依名冊計入${p.rosterCommunity}`,
    'quota.group-merged': (p) =>
      `${p.names}視為同一${byTW(p)}計算：${p.as}${p.folds ? `（${p.folds}）` : ''}`,
    'quota.group-alike': (p) =>
      `${byTW(p)}名稱「${p.a}」與「${p.b}」只差一個字，目前分開計算；如為同一${byTW(p)}，請在各檔案中統一寫法（或使用 --roster）`,
    'quota.no-group': (p) =>
      `檔案未填寫${byTW(p)}：參加排名，但不計入任何${byTW(p)}的指標，相關指標結論為暫定`,
    'quota.units.compound': () => '小區',
    'quota.units.community': () => '社區',
    'quota.units.street': () => '街道',
    'quota.n.unscored': (p) => `，其中 ${p.count} 個未評分`,
    'quota.n.missing': (p) => `，其中 ${p.count} 個未提交`,
    'quota.provisional': () => '（結論暫定）',
    'quota.in-doubt': (p) => `以下${p.level === 'compound' ? '小區' : '社區'}暫以未達到計算：`,
    'quota.doubt.invalid': (p) => `${p.who}：自評無法評分（${p.files}）`,
    'quota.doubt.duplicate': (p) => `${p.who}：同一編號出現在多份自評中，皆未評分（${p.files}）`,
    'quota.doubt.missing': (p) => `${p.who}：在名冊中，但未提交檔案`,
    'quota.doubt.misplaced': (p) => `${p.who}：已提交檔案，但年度或評分細則與本表不符，未評分（${p.files}）`,
    'quota.street-districts': (p) =>
      `${p.street}被寫在不只一個區（${p.districts}）：其社區依多數檔案所寫計入${p.as}；如該街道確屬其他區，請更正檔案（或使用 --roster）`,
    'quota.unplaced': (p) => `${p.count} 個${p.units}未填寫${byTW(p)}，未計入任何${byTW(p)}`,
    'quota.next-tier-event': (p) =>
      `本期無法達到${p.tier}（${p.min} 分）：「${p.events}」未達到，且為已經發生的事件，無法改善`,
    'quota.unattributed': (p) => `${p.count} 個檔案無法對應到任何社區：各項指標結論皆為暫定`,
  },
);
