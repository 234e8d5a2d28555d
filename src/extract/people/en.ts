/** People in English text. */
import type { PeopleRules } from './rules.js';

export const en: PeopleRules = {
  roles: [
    { cue: String.raw`co-?CEO|co-chief executive(?: officer)?`, role: 'co-CEO' },
    { cue: String.raw`CEO|chief executive(?: officer)?`, role: 'CEO' },
    { cue: String.raw`(?:co-?)?founder`, role: 'founder' },
    { cue: String.raw`chair(?:man|woman|person)?`, role: 'chair' },
    { cue: String.raw`president`, role: 'president' },
    { cue: String.raw`(?:film )?director`, role: 'director' },
    { cue: String.raw`(?:executive |co-)?producer`, role: 'producer' },
    { cue: String.raw`spokes(?:person|man|woman)`, role: 'spokesperson' },
    { cue: String.raw`(?:industry |media |senior )?analyst`, role: 'analyst' },
    { cue: String.raw`(?:prime |culture |finance |economy |foreign )?minister`, role: 'minister' },
    { cue: String.raw`author`, role: 'author' },
    { cue: String.raw`(?:managing|creative|artistic|executive|finance|general) director|director[- ]general|CFO|COO|CTO|chief (?:financial|operating|technology|content|legal) officer|general counsel|editor(?:-in-chief)?|reporter|journalist|actor|actress|creator|showrunner|screenwriter|professor|head coach|coach` },
  ],
  roleOf: ['of', 'at'],
  placePrepositions: ['in', 'at', 'from', 'near', 'outside'],
  articles: ['the', 'a', 'an'],
  byline: ['By'],
  and: ['and', '&'],
  reportingVerbs: ['said', 'says', 'added', 'explained', 'noted', 'stressed', 'argued', 'warned', 'insisted', 'recalled', 'replied', 'wrote'],
  afterSpeaker: ['in', 'on', 'at', 'of', 'from', 'during', 'after', 'before', 'when', 'while', 'who', 'whose', 'as', 'to', 'and', 'adding', 'last', 'this', 'earlier', 'recently', 'yesterday', 'today', 'via', 'according', 'that'],
  notNames: new Set([
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'You', 'His', 'Her', 'Its',
    'Their', 'Our', 'In', 'On', 'At', 'For', 'With', 'And', 'But', 'Or', 'As', 'If', 'When', 'While', 'After',
    'Before', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
    'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December', 'Last', 'Next', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow',
  ]),
  maxNameWords: 3,
};
