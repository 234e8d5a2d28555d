/** `eternaut-quiz facts`: the facts of each article with their evidence. */
import { sanitize, safeJson } from '../corpus/sanitize.js';
import { extractAll } from '../extract/index.js';
import type { Fact } from '../facts.js';
import type { Io } from '../util/io.js';
import { loadInputs } from './load-inputs.js';

export interface FactsOptions {
  json?: boolean;
}

/** The JSON form of a fact: kind, value fields, and evidence {text, sentence}. */
export function factToJson(fact: Fact): Record<string, unknown> {
  const { evidence, ...value } = fact;
  return { ...value, evidence: { text: evidence.text, sentence: evidence.sentence } };
}

function describeFact(f: Fact): string {
  switch (f.kind) {
    case 'speedup':
      return `speed-up     ×${f.factor}`;
    case 'money':
      return `money        ${f.role ?? '(no role)'}: ${f.approximate ? '≈' : ''}${f.amount} ${f.currency}`;
    case 'percent':
      return `percent      ${f.role ?? '(no role)'}: ${f.value} %`;
    case 'budget':
      return 'budget       statement';
    case 'organization':
      return `organization ${f.name} [${f.canonical}]`;
    case 'person':
      return `person       ${f.name}${f.role ? ` (${f.role})` : ''}`;
    case 'source':
      return `source       ${f.name}`;
  }
}

export function runFacts(paths: string[], options: FactsOptions, io: Io): number {
  const { articles, exitCode } = loadInputs(paths, io);
  const results = extractAll(articles);
  if (options.json) {
    const out = results.map(({ article, facts }) => ({
      file: article.file,
      language: article.language,
      title: article.title,
      facts: facts.map(factToJson),
    }));
    io.stdout.write(safeJson(out) + '\n');
    return exitCode;
  }
  for (const { article, facts } of results) {
    io.stdout.write(`${article.file} (${article.language}): ${sanitize(article.title)}\n`);
    if (facts.length === 0) io.stdout.write('  no facts found\n');
    for (const f of facts) io.stdout.write(`  ${describeFact(f).padEnd(44)} “${f.evidence.text}”\n`);
    io.stdout.write('\n');
  }
  return exitCode;
}
