/** Test helpers: build articles from text as the loader does. */
import { articleFromText, isProblem } from '../src/corpus/load.js';
import { extractFacts } from '../src/extract/index.js';
import type { Article, Fact, Lang } from '../src/facts.js';
import { UserError } from '../src/util/io.js';

export function article(text: string, language: Lang, id = 'test'): Article {
  const a = articleFromText(`---\nlanguage: ${language}\n---\n${text}`, `${id}.txt`, id);
  if (isProblem(a)) throw new Error(`test article did not load: ${a.reason}`);
  return a;
}

export function factsIn(text: string, language: Lang): Fact[] {
  return extractFacts(article(text, language));
}

/** Every fact's evidence is an exact substring at its offsets, inside its sentence. */
export function evidenceIsExact(a: Article, facts: readonly Fact[]): boolean {
  return facts.every(
    (f) =>
      a.body.slice(f.evidence.start, f.evidence.end) === f.evidence.text &&
      f.evidence.sentence.includes(f.evidence.text) &&
      a.sentences.some((s) => s.text === f.evidence.sentence),
  );
}

/** The UserError that `fn` throws; fails the test when it throws nothing or something else. */
export function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}
