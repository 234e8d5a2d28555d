/**
 * What went wrong with an input, as one line in the reader's language: the file
 * (already sanitized, otherwise verbatim), then the reason.
 */
import { LANGS, type HeaderWarning, type Lang } from '../facts.js';
import { catalog, languageName } from '../i18n/catalog.js';
import { MAX_HEADER_LINES } from './header.js';
import { ARTICLE_EXTENSIONS, MAX_FILE_BYTES, MAX_FILES, type LoadProblem } from './load.js';

const SUPPORTED = LANGS.join(', ');

function reason(p: LoadProblem, lang: Lang): string {
  const t = catalog(lang).problems;
  const name = (code: string) => languageName(code, lang);
  switch (p.reason) {
    case 'not-found':
      return t.notFound;
    case 'unreadable':
      return t.unreadable(p.detail === 'EACCES' || p.detail === 'EPERM' ? t.permissionDenied : (p.detail ?? '?'));
    case 'empty':
      return t.empty;
    case 'whitespace':
      return t.whitespace;
    case 'binary':
      return t.binary;
    case 'invalid-utf8':
      return t.invalidUtf8;
    case 'too-large':
      return t.tooLarge(MAX_FILE_BYTES / 1024 / 1024);
    case 'too-many-files':
      return p.detail === undefined ? t.folderTooBig(MAX_FILES) : t.tooManyFiles(MAX_FILES, Number(p.detail));
    case 'no-article-files':
      return t.noArticleFiles(ARTICLE_EXTENSIONS.join(', '));
    case 'symlink-loop':
      return t.symlinkLoop;
    case 'not-a-file':
      return t.notAFile;
    case 'no-text':
      return t.noText;
    case 'unsupported-language':
      return t.unsupportedLanguage(p.detail && name(p.detail), SUPPORTED);
    case 'uncertain-language': {
      const [first = '?', second = '?'] = (p.detail ?? '').split('/').map(name);
      return t.uncertainLanguage(first, second, SUPPORTED);
    }
    case 'too-short':
      return t.tooShort(SUPPORTED);
  }
}

/** "<file>: <why it was skipped>". */
export function describeProblem(p: LoadProblem, lang: Lang = 'en'): string {
  return `${p.file}: ${reason(p, lang)}`;
}

/** "<file>: <warning>; <warning>": every header warning of one article on one line. */
export function describeWarnings(file: string, warnings: readonly HeaderWarning[], lang: Lang = 'en'): string {
  const { problems: t, quiz } = catalog(lang);
  const text = (w: HeaderWarning) => quiz.quote(w.text ?? '');
  const told = warnings.map((w) => {
    switch (w.kind) {
      case 'unknown-field':
        return t.header.unknownField(text(w));
      case 'malformed-line':
        return t.header.malformedLine(text(w));
      case 'repeated-field':
        return t.header.repeatedField(text(w));
      case 'unsupported-language':
        return t.header.unsupportedLanguage(text(w));
      case 'not-closed':
        return t.header.notClosed(MAX_HEADER_LINES);
    }
  });
  return `${file}: ${told.join('; ')}`;
}
