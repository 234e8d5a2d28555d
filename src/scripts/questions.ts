// `npm run questions`: regenerates questions/<lang>.json from the bundled corpus, one bank per
// language, and refuses to write a bank that is invalid or breaks a quiz quality rule.
import { LANGS } from '../facts.js';
import { bankProblems, bundledBankPath, writeBank } from '../quiz/bank.js';
import { bankOf, bundledCorpusFacts } from '../quiz/bundled.js';
import { bankQuality, qualityProblems } from '../quiz/quality.js';

const all = bundledCorpusFacts();
let failed = false;
for (const lang of LANGS) {
  const bank = bankOf(all, lang);
  const quality = bankQuality(bank.questions, lang);
  const problems = [...bankProblems(bank), ...qualityProblems(quality)];
  if (problems.length) {
    failed = true;
    console.error(`questions/${lang}.json not written:\n  ${problems.join('\n  ')}`);
    continue;
  }
  writeBank(bundledBankPath(lang), bank);
  const positions = quality.positions.map((p) => `${Math.round(p * 100)} %`).join(' / ');
  console.log(`questions/${lang}.json: ${bank.questions.length} questions; answers at A/B/C/D ${positions}; correct option the single longest in ${Math.round(quality.longest * 100)} %`);
}
process.exitCode = failed ? 1 : 0;
