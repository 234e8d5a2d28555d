/** The ui texts every language's catalog provides (owned by the ui feature). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UiText {}
