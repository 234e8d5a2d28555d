/** The compare texts every language's catalog provides (owned by the compare feature). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CompareText {}
