import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** The last line of a run that does not exit 0: why, and the code. */
export const exitReasonMessages = defineMessages(
  {
    'exit.line': (p) => `${p.reasons} (exit code ${p.code})`,
    'exit.and': () => '; ',
    'exit.could-not-run': () => 'the command could not run on all its inputs (see above)',
    'exit.invalid': (p) => `${counted(p.count, 'self-assessment')} with errors`,
    'exit.unscored': (p) => `${counted(p.count, 'self-assessment')} not scored`,
    'exit.errors': (p) => counted(p.count, 'error'),
    'exit.warnings': (p) => `${counted(p.count, 'warning')}, more than --max-warnings ${p.max}`,
    'exit.below-tier': (p) => `${counted(p.count, 'self-assessment')} below --min-tier`,
    'exit.quotas': (p) => `${counted(p.count, 'quota')} not met`,
    'exit.no-plan': () => 'no plan meets every quota',
    'exit.tampered': (p) => `${counted(p.count, 'change')} since the statement was signed`,
  },
  {
    'exit.line': (p) => `${p.reasons}（退出码 ${p.code}）`,
    'exit.and': () => '；',
    'exit.could-not-run': () => '有输入无法处理（见上文）',
    'exit.invalid': (p) => `${p.count} 份自评有错误`,
    'exit.unscored': (p) => `${p.count} 份自评未评分`,
    'exit.errors': (p) => `${p.count} 个错误`,
    'exit.warnings': (p) => `警告 ${p.count} 条，超过 --max-warnings ${p.max}`,
    'exit.below-tier': (p) => `${p.count} 份自评未达到 --min-tier`,
    'exit.quotas': (p) => `${p.count} 项配额未达标`,
    'exit.no-plan': () => '没有能满足全部配额的整改计划',
    'exit.tampered': (p) => `签名后有 ${p.count} 处改动`,
  },
  {
    'exit.line': (p) => `${p.reasons}（結束代碼 ${p.code}）`,
    'exit.and': () => '；',
    'exit.could-not-run': () => '有輸入無法處理（見上文）',
    'exit.invalid': (p) => `${p.count} 份自評有錯誤`,
    'exit.unscored': (p) => `${p.count} 份自評未評分`,
    'exit.errors': (p) => `${p.count} 個錯誤`,
    'exit.warnings': (p) => `警告 ${p.count} 則，超過 --max-warnings ${p.max}`,
    'exit.below-tier': (p) => `${p.count} 份自評未達到 --min-tier`,
    'exit.quotas': (p) => `${p.count} 項配額未達標`,
    'exit.no-plan': () => '沒有能滿足全部配額的改善計畫',
    'exit.tampered': (p) => `簽署後有 ${p.count} 處變動`,
  },
);
