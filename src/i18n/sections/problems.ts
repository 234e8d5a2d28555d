/**
 * Why an article file or folder was skipped, and what is wrong with a header
 * (owned by the corpus feature). Each text follows "<file>: " on one line.
 * Language names come already in this language; `supported` is "en, de, nl, nb, es, fr".
 */
export interface ProblemsText {
  notFound: string;
  /** `why`: `permissionDenied`, or a system error code ("EIO"). */
  unreadable(why: string): string;
  permissionDenied: string;
  empty: string;
  whitespace: string;
  binary: string;
  invalidUtf8: string;
  /** `mib`: the limit in MiB. */
  tooLarge(mib: number): string;
  /** A folder holding more article files than `max`: none of it is read. */
  folderTooBig(max: number): string;
  /** More than `max` files named in all: this one and `more` after it are not read. */
  tooManyFiles(max: number, more: number): string;
  /** A folder without files named .txt, .md, .text or .markdown. */
  noArticleFiles(extensions: string): string;
  symlinkLoop: string;
  notAFile: string;
  noText: string;
  unsupportedLanguage(guess: string | undefined, supported: string): string;
  uncertainLanguage(first: string, second: string, supported: string): string;
  tooShort(supported: string): string;
  /** The last line when every input was skipped. */
  noArticleLoaded: string;
  /** When the articles loaded give no question at all. */
  noQuestions: string;
  /** Header warnings (`text` is already quoted); several are joined with "; " on one line. */
  header: {
    unknownField(field: string): string;
    malformedLine(line: string): string;
    repeatedField(field: string): string;
    unsupportedLanguage(value: string): string;
    notClosed(lines: number): string;
  };
}
