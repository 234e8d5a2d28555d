/** The quiz texts every language's catalog provides (owned by the quiz feature). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuizText {}
