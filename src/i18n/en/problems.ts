import type { ProblemsText } from '../sections/problems.js';

export const problems: ProblemsText = {
  notFound: 'no such file or folder',
  unreadable: (why) => `cannot be read (${why})`,
  permissionDenied: 'permission denied',
  empty: 'the file is empty',
  whitespace: 'the file holds only white space',
  binary: 'this is a binary file, not text',
  invalidUtf8: 'the text is not valid UTF-8 (save it as UTF-8)',
  tooLarge: (mib) => `the file is too large for an article (over ${mib} MiB)`,
  folderTooBig: (max) => `the folder holds more than ${max} article files; nothing in it was read (name a smaller folder)`,
  tooManyFiles: (max, more) => `at most ${max} article files are read at once; ${more ? `this one and ${more} more were` : 'this one was'} skipped`,
  noArticleFiles: (extensions) => `no article files in this folder (${extensions})`,
  symlinkLoop: 'a symbolic link loops back on itself',
  notAFile: 'this is not a regular file',
  noText: 'the file has a header but no article text',
  unsupportedLanguage: (guess, supported) => `the language is not supported${guess ? ` (it looks like ${guess})` : ''}; supported: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `cannot tell the language for sure (${first} or ${second}); add a header line "language: xx" (${supported})`,
  tooShort: (supported) => `the text is too short to tell its language; add a header line "language: xx" (${supported})`,
  noArticleLoaded: 'no article could be loaded',
  noQuestions: 'no question could be built: the articles state too few facts with a certain answer',
  header: {
    unknownField: (field) => `unknown header field ${field} (ignored)`,
    malformedLine: (line) => `header line ${line} is not "key: value" (ignored)`,
    repeatedField: (field) => `header field ${field} is given twice (the last one counts)`,
    unsupportedLanguage: (value) => `header language ${value} is not supported (the language is detected from the text)`,
    notClosed: (lines) => `the header is not closed by a "---" line within ${lines} lines (it is read as article text)`,
  },
};
