import type { WorkRules } from './rules.js';

export const nb: WorkRules = {
  genres: [
    ['serien?|(?:mini|drama|krim|komedie|nett|animasjons|dokumentar|tv)serien?', 'series'],
    ['dokumentar(?:en|filmen|film)?', 'documentary'],
    ['filmen|film|(?:spille|kino|animasjons)filmen?', 'film'],
  ],
  stoppers: ['og', 'eller', 'i', 'på', 'av', 'fra', 'til', 'med', 'for', 'om', 'under', 'over', 'uten', 'den', 'det', 'en', 'et', 'ei', 'of', 'the', 'and'],
  articles: ['den', 'det', 'de', 'en', 'et', 'ei', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 0,
};
