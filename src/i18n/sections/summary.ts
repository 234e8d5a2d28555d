/** The summary texts every language's catalog provides (owned by the summary feature). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SummaryText {}
