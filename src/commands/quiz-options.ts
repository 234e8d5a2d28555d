/** The quiz command's options, apart from the command so that the flags can be declared without loading the lesson. */
export interface QuizOptions {
  lang?: string;
  seed?: string;
  count?: string;
  articles?: string;
  name?: string;
  results?: string;
  /** false with --no-summary. */
  summary?: boolean;
}

/** Questions in a lesson unless --count says otherwise. */
export const DEFAULT_COUNT = 12;
