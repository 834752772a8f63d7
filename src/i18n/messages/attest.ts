import { defineMessages } from '../define.js';
import { counted } from '../english-count.js';

/** Signing keys, signed results (--attest) and `verify`. */
export const attestMessages = defineMessages(
  {
    'help.cmd.key': () => 'signing keys for signed results (--attest)',
    'help.cmd.key.generate': () =>
      'make an Ed25519 key pair in OpenSSH formats (the private key and <file>.pub)',
    'help.opt.key.generate.output': () => 'the private key file (the public key is <file>.pub)',
    'help.opt.key.generate.comment': () =>
      'who the key is for, as allowed_signers will name them (e.g. wuma-street@lucheng)',
    'help.cmd.verify': () =>
      'check a signed result (rank --attest): signature, every input, and the scoring run again',
    'help.arg.verify.statement': () => 'the statement file --attest wrote',
    'help.opt.verify.inputs': () =>
      "the folder the statement's paths are read from (default: the statement's folder)",
    'help.opt.verify.allowed-signers': () =>
      "who may sign, in ssh-keygen's allowed_signers format (default: allowed_signers beside the statement)",
    'help.opt.attest': () =>
      'also write a signed statement of this run (in-toto in DSSE), its sha256 list, result and SSH signature',
    'help.opt.key': () => 'the OpenSSH Ed25519 private key that signs --attest (civscore key generate)',
    'help.opt.signer': () => "who signs, as allowed_signers names them (default: the key's comment)",
    'key.written': (p) =>
      `wrote the private key ${p.private} (keep it secret) and the public key ${p.public}`,
    'key.allowed-line': (p) =>
      `add the line on standard output to the ${p.file} file of whoever checks your results`,
    'key.exists': (p) =>
      `${p.file} already exists: choose another --output, or remove it first (a key is never overwritten)`,
    'attest.needs-key': () =>
      `--attest needs --key <private key file> (make one with: civscore key generate)`,
    'attest.input-kind': (p) =>
      `--attest ${p.file}: a signed statement is never written as a ${p.ext} file, the kind self-assessments, rubrics and rosters are (it would replace one); name it like rank.att or statement.json`,
    'attest.key-unreadable': (p) => `--key ${p.file}: no such file, or it cannot be read`,
    'attest.key-not-a-key': (p) =>
      `--key ${p.file} is not an OpenSSH private key (civscore key generate makes one)`,
    'attest.key-encrypted': (p) =>
      `--key ${p.file} has a passphrase; civscore signs only with a key without one (civscore key generate)`,
    'attest.key-not-ed25519': (p) =>
      `--key ${p.file} is not an Ed25519 key; make one with civscore key generate`,
    'attest.written': (p) =>
      `signed statement ${p.file} (${counted(p.count, 'file')} listed, signer ${p.signer})`,
    'verify.not-a-statement': (p) =>
      `${p.file} is not a civscore statement (a DSSE envelope written by --attest)`,
    'verify.no-allowed-signers': (p) =>
      `${p.file}: no such allowed_signers file; name yours with --allowed-signers <file>`,
    'verify.signed': (p) => `signature good: signed by ${p.signer} (${p.key})`,
    'verify.signer-not-allowed': (p) =>
      `signer not allowed: ${p.signer || '(none named)'} with key ${p.key} is not in the allowed_signers file`,
    'verify.bad-signature': (p) => `signature does not match: ${p.file} was changed after it was signed`,
    'verify.ssh-signature-good': (p) => `SSH signature ${p.file} good`,
    'verify.ssh-signature-missing': (p) =>
      `SSH signature missing: ${p.file} (--attest writes it beside the statement; ssh-keygen -Y verify needs it)`,
    'verify.ssh-signature-bad': (p) =>
      `SSH signature ${p.file} does not match the statement or an allowed signer`,
    'verify.other-version': (p) =>
      `made by civscore ${p.signed}, checked with civscore ${p.now}: a difference in the results may come from the version`,
    'verify.subject-changed': (p) => `changed since signing: ${p.file}`,
    'verify.subject-missing': (p) => `missing: ${p.file}`,
    'verify.file-changed': (p) => `input changed: ${p.file}`,
    'verify.file-missing': (p) => `input missing: ${p.file}`,
    'verify.file-added': (p) => `input added (not in the signed list): ${p.file}`,
    'verify.file-link-outside': (p) =>
      `input now a symbolic link to ${p.target}, outside the input folders: ${p.file} (scoring does not follow it)`,
    'verify.evidence-changed': (p) => `evidence (台账) changed: ${p.file}`,
    'verify.evidence-missing': (p) => `evidence (台账) missing: ${p.file}`,
    'verify.evidence-added': (p) => `evidence (台账) added (not in the signed list): ${p.file}`,
    'verify.files-intact': (p) =>
      p.count === '1' ? 'the 1 input unchanged' : `all ${p.count} inputs unchanged`,
    'verify.rubric-differs': (p) => `rubric ${p.rubric} differs: signed sha256 ${p.signed}, now ${p.now}`,
    'verify.result-differs': (p) =>
      `scored again, the result differs first at ${p.name} (${p.id}, ${p.file}, rubric “${p.rubric}”)`,
    'verify.unscored-differs': (p) => `scored again, a file not scored differs first at ${p.file}`,
    'verify.result-file-differs': () =>
      `scored again, the result differs from the signed result file (its shape)`,
    'verify.quota-differs': (p) =>
      `scored again, the quota “${p.quota}”${p.group ? ` of ${p.group}` : ''} (rubric “${p.rubric}”) has another verdict`,
    'verify.result-same': () => `scored again: the same result`,
    'verify.plan-differs': () => 'the plan made again differs from the signed plan',
    'verify.results-same': (p) => `scored again: the same Parquet results as ${p.file}`,
    'verify.results-differs': (p) =>
      `scored again, the Parquet results differ from the signed ${p.file}: it was not made from these inputs`,
    'verify.intact': () => `intact`,
    'verify.tampered': (p) => `TAMPERED: ${counted(p.count, 'problem')}`,
  },
  {
    'help.cmd.key': () => '签名结果（--attest）所用的密钥',
    'help.cmd.key.generate': () => '生成 OpenSSH 格式的 Ed25519 密钥对（私钥和 <file>.pub）',
    'help.opt.key.generate.output': () => '私钥文件（公钥为 <file>.pub）',
    'help.opt.key.generate.comment': () =>
      '密钥属于谁，即 allowed_signers 中的名称（如 wuma-street@lucheng）',
    'help.cmd.verify': () => '核验签名的结果（rank --attest）：签名、每个输入文件，并重新评分比对',
    'help.arg.verify.statement': () => '--attest 写出的声明文件',
    'help.opt.verify.inputs': () => '从哪个文件夹读取声明中的路径（默认为声明所在文件夹）',
    'help.opt.verify.allowed-signers': () =>
      '允许签名的人，ssh-keygen 的 allowed_signers 格式（默认为声明旁的 allowed_signers）',
    'help.opt.attest': () => '另写出本次运行的签名声明（DSSE 中的 in-toto）、sha256 清单、结果和 SSH 签名',
    'help.opt.key': () => '为 --attest 签名的 OpenSSH Ed25519 私钥（civscore key generate）',
    'help.opt.signer': () => '签名方，按 allowed_signers 中的名称（默认为密钥的注释）',
    'key.written': (p) => `已写入私钥 ${p.private}（请妥善保密）和公钥 ${p.public}`,
    'key.allowed-line': (p) => `请把标准输出上的那一行加入核验方的 ${p.file} 文件`,
    'key.exists': (p) => `${p.file} 已存在：请换一个 --output，或先删除它（密钥从不覆盖）`,
    'attest.needs-key': () => `--attest 需要 --key <私钥文件>（可用 civscore key generate 生成）`,
    'attest.input-kind': (p) =>
      `--attest ${p.file}：签名声明不能写成 ${p.ext} 文件（自评、评分细则、名册都是这类文件，会被覆盖）；请另取文件名，如 rank.att 或 statement.json`,
    'attest.key-unreadable': (p) => `--key ${p.file}：文件不存在或无法读取`,
    'attest.key-not-a-key': (p) => `--key ${p.file} 不是 OpenSSH 私钥（可用 civscore key generate 生成）`,
    'attest.key-encrypted': (p) =>
      `--key ${p.file} 设有口令；civscore 只用无口令的密钥签名（civscore key generate）`,
    'attest.key-not-ed25519': (p) => `--key ${p.file} 不是 Ed25519 密钥；请用 civscore key generate 生成`,
    'attest.written': (p) => `已签名声明 ${p.file}（列出 ${p.count} 个文件，签名方 ${p.signer}）`,
    'verify.not-a-statement': (p) => `${p.file} 不是 civscore 声明（--attest 写出的 DSSE 信封）`,
    'verify.no-allowed-signers': (p) =>
      `${p.file}：没有这个 allowed_signers 文件；请用 --allowed-signers <文件> 指定`,
    'verify.signed': (p) => `签名有效：由 ${p.signer} 签名（${p.key}）`,
    'verify.signer-not-allowed': (p) =>
      `签名方不被允许：${p.signer || '（未写明）'}，密钥 ${p.key} 不在 allowed_signers 文件中`,
    'verify.bad-signature': (p) => `签名不符：${p.file} 在签名后被改动过`,
    'verify.ssh-signature-good': (p) => `SSH 签名 ${p.file} 有效`,
    'verify.ssh-signature-missing': (p) =>
      `缺少 SSH 签名：${p.file}（--attest 会把它写在声明旁边；ssh-keygen -Y verify 要用它核对签名方）`,
    'verify.ssh-signature-bad': (p) => `SSH 签名 ${p.file} 与声明或允许的签名方不符`,
    'verify.other-version': (p) =>
      `由 civscore ${p.signed} 生成，现用 civscore ${p.now} 核验：结果的差异可能来自版本不同`,
    'verify.subject-changed': (p) => `签名后被改动：${p.file}`,
    'verify.subject-missing': (p) => `缺少：${p.file}`,
    'verify.file-changed': (p) => `输入文件被改动：${p.file}`,
    'verify.file-missing': (p) => `输入文件缺失：${p.file}`,
    'verify.file-added': (p) => `新增输入文件（不在签名清单中）：${p.file}`,
    'verify.file-link-outside': (p) =>
      `输入文件已换成指向 ${p.target} 的符号链接，在输入文件夹之外：${p.file}（评分时不跟随）`,
    'verify.evidence-changed': (p) => `台账已被改动：${p.file}`,
    'verify.evidence-missing': (p) => `台账缺失：${p.file}`,
    'verify.evidence-added': (p) => `新增台账文件（不在签名清单中）：${p.file}`,
    'verify.files-intact': (p) => `全部 ${p.count} 个输入文件未改动`,
    'verify.rubric-differs': (p) => `评分细则 ${p.rubric} 不同：签名时 sha256 ${p.signed}，现在 ${p.now}`,
    'verify.result-differs': (p) =>
      `重新评分后结果不同，第一处在${p.name}（${p.id}，${p.file}，评分细则“${p.rubric}”）`,
    'verify.unscored-differs': (p) => `重新评分后，未评分的文件第一处不同在 ${p.file}`,
    'verify.result-file-differs': () => `重新评分后，结果与签名的结果文件（的结构）不同`,
    'verify.quota-differs': (p) =>
      `重新评分后，${p.group ? `${p.group}的` : ''}配额“${p.quota}”（评分细则“${p.rubric}”）结论不同`,
    'verify.result-same': () => `重新评分：结果相同`,
    'verify.plan-differs': () => '重新制定的整改计划与签名的计划不同',
    'verify.results-same': (p) => `重新评分：与 Parquet 结果文件 ${p.file} 相同`,
    'verify.results-differs': (p) =>
      `重新评分后，Parquet 结果与签名的 ${p.file} 不同：它不是由这些输入得出的`,
    'verify.intact': () => `完好`,
    'verify.tampered': (p) => `已被篡改：${p.count} 处问题`,
  },
  {
    'help.cmd.key': () => '簽署結果（--attest）所用的金鑰',
    'help.cmd.key.generate': () => '產生 OpenSSH 格式的 Ed25519 金鑰對（私鑰與 <file>.pub）',
    'help.opt.key.generate.output': () => '私鑰檔（公鑰為 <file>.pub）',
    'help.opt.key.generate.comment': () =>
      '金鑰屬於誰，即 allowed_signers 中的名稱（如 wuma-street@lucheng）',
    'help.cmd.verify': () => '查核已簽署的結果（rank --attest）：簽章、每個輸入檔，並重新評分比對',
    'help.arg.verify.statement': () => '--attest 寫出的聲明檔',
    'help.opt.verify.inputs': () => '從哪個資料夾讀取聲明中的路徑（預設為聲明所在的資料夾）',
    'help.opt.verify.allowed-signers': () =>
      '獲允許簽署者，ssh-keygen 的 allowed_signers 格式（預設為聲明旁的 allowed_signers）',
    'help.opt.attest': () => '另寫出本次執行的簽署聲明（DSSE 中的 in-toto）、sha256 清單、結果與 SSH 簽章',
    'help.opt.key': () => '為 --attest 簽署的 OpenSSH Ed25519 私鑰（civscore key generate）',
    'help.opt.signer': () => '簽署者，依 allowed_signers 中的名稱（預設為金鑰的註解）',
    'key.written': (p) => `已寫入私鑰 ${p.private}（請妥善保密）與公鑰 ${p.public}`,
    'key.allowed-line': (p) => `請把標準輸出上的那一行加入查核方的 ${p.file} 檔案`,
    'key.exists': (p) => `${p.file} 已存在：請換一個 --output，或先刪除它（金鑰一律不覆寫）`,
    'attest.needs-key': () => `--attest 需要 --key <私鑰檔>（可用 civscore key generate 產生）`,
    'attest.input-kind': (p) =>
      `--attest ${p.file}：簽署聲明不能寫成 ${p.ext} 檔（自評、評分細則、名冊都是這類檔案，會被覆蓋）；請另取檔名，如 rank.att 或 statement.json`,
    'attest.key-unreadable': (p) => `--key ${p.file}：檔案不存在或無法讀取`,
    'attest.key-not-a-key': (p) => `--key ${p.file} 不是 OpenSSH 私鑰（可用 civscore key generate 產生）`,
    'attest.key-encrypted': (p) =>
      `--key ${p.file} 設有密語；civscore 只用沒有密語的金鑰簽署（civscore key generate）`,
    'attest.key-not-ed25519': (p) => `--key ${p.file} 不是 Ed25519 金鑰；請用 civscore key generate 產生`,
    'attest.written': (p) => `已簽署聲明 ${p.file}（列出 ${p.count} 個檔案，簽署者 ${p.signer}）`,
    'verify.not-a-statement': (p) => `${p.file} 不是 civscore 聲明（--attest 寫出的 DSSE 信封）`,
    'verify.no-allowed-signers': (p) =>
      `${p.file}：沒有這個 allowed_signers 檔案；請以 --allowed-signers <檔案> 指定`,
    'verify.signed': (p) => `簽章有效：由 ${p.signer} 簽署（${p.key}）`,
    'verify.signer-not-allowed': (p) =>
      `簽署者未獲允許：${p.signer || '（未載明）'}，金鑰 ${p.key} 不在 allowed_signers 檔案中`,
    'verify.bad-signature': (p) => `簽章不符：${p.file} 在簽署後遭到更動`,
    'verify.ssh-signature-good': (p) => `SSH 簽章 ${p.file} 有效`,
    'verify.ssh-signature-missing': (p) =>
      `缺少 SSH 簽章：${p.file}（--attest 會將它寫在聲明旁；ssh-keygen -Y verify 要用它核對簽署者）`,
    'verify.ssh-signature-bad': (p) => `SSH 簽章 ${p.file} 與聲明或獲允許的簽署者不符`,
    'verify.other-version': (p) =>
      `由 civscore ${p.signed} 產生，現以 civscore ${p.now} 查核：結果的差異可能出自版本不同`,
    'verify.subject-changed': (p) => `簽署後遭更動：${p.file}`,
    'verify.subject-missing': (p) => `缺少：${p.file}`,
    'verify.file-changed': (p) => `輸入檔遭更動：${p.file}`,
    'verify.file-missing': (p) => `輸入檔不見了：${p.file}`,
    'verify.file-added': (p) => `多出的輸入檔（不在簽署清單中）：${p.file}`,
    'verify.file-link-outside': (p) =>
      `輸入檔已換成指向 ${p.target} 的符號連結，在輸入資料夾之外：${p.file}（評分時不跟隨）`,
    'verify.evidence-changed': (p) => `佐證資料遭更動：${p.file}`,
    'verify.evidence-missing': (p) => `佐證資料不見了：${p.file}`,
    'verify.evidence-added': (p) => `多出的佐證資料檔（不在簽署清單中）：${p.file}`,
    'verify.files-intact': (p) => `全部 ${p.count} 個輸入檔未經更動`,
    'verify.rubric-differs': (p) => `評分細則 ${p.rubric} 不同：簽署時 sha256 ${p.signed}，現在 ${p.now}`,
    'verify.result-differs': (p) =>
      `重新評分後結果不同，第一處在${p.name}（${p.id}，${p.file}，評分細則「${p.rubric}」）`,
    'verify.unscored-differs': (p) => `重新評分後，未評分的檔案第一處不同在 ${p.file}`,
    'verify.result-file-differs': () => `重新評分後，結果與簽署的結果檔（的結構）不同`,
    'verify.quota-differs': (p) =>
      `重新評分後，${p.group ? `${p.group}的` : ''}配額「${p.quota}」（評分細則「${p.rubric}」）結論不同`,
    'verify.result-same': () => `重新評分：結果相同`,
    'verify.plan-differs': () => '重新制定的改善計畫與簽署的計畫不同',
    'verify.results-same': (p) => `重新評分：與 Parquet 結果檔 ${p.file} 相同`,
    'verify.results-differs': (p) => `重新評分後，Parquet 結果與簽署的 ${p.file} 不同：它並非由這些輸入產生`,
    'verify.intact': () => `完好無缺`,
    'verify.tampered': (p) => `遭到竄改：${p.count} 處問題`,
  },
);
