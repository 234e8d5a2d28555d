/** The key hints the screens share, in the reader's language. */
import type { UiText } from '../../i18n/sections/ui.js';
import type { KeyHint } from './frame.js';

export function hints(t: UiText) {
  return {
    move: { keys: '↑↓', label: t.hint.move },
    choose: { keys: t.keys.enter, label: t.hint.choose },
    quit: { keys: `q/${t.keys.esc}`, label: t.hint.quit },
    menu: { keys: 'm', label: t.hint.menu },
    page: { keys: `↑↓/${t.keys.pages}`, label: t.hint.page },
    article: { keys: '←→', label: t.hint.article },
    answer: { keys: `1–4/↑↓ ${t.keys.enter}`, label: t.hint.answer },
    next: { keys: t.keys.enter, label: t.hint.next },
    startQuiz: { keys: t.keys.enter, label: t.hint.startQuiz },
    results: { keys: t.keys.enter, label: t.hint.results },
    review: { keys: 'v', label: t.hint.review },
    retry: { keys: 'r', label: t.hint.retry },
    mistake: { keys: '←→', label: t.hint.mistake },
    back: { keys: `b/${t.keys.enter}`, label: t.hint.back },
    yes: { keys: `${t.yesKey}/${t.keys.enter}`, label: t.hint.yes },
    no: { keys: `n/${t.keys.esc}`, label: t.hint.no },
  } satisfies Record<string, KeyHint>;
}
