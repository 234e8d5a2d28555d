import { describe, expect, it } from 'vitest';
import { mentionsAny, personSpellings } from '../../src/quiz/mentions.js';

describe('mentionsAny', () => {
  it('finds a name as a whole word in any case, across hyphens and possessives', () => {
    expect(mentionsAny('Die Netflix-hauseigenen Studios', ['netflix'])).toBe(true);
    expect(mentionsAny("via Netflix' interne studio", ['Netflix'])).toBe(true);
    expect(mentionsAny('som Goya-akademiet i Spania', ['Goya-akademiet'])).toBe(true);
    expect(mentionsAny('the Hollywood  Reporter wrote', ['The Hollywood Reporter'])).toBe(true);
    expect(mentionsAny('Netflixing all day', ['Netflix'])).toBe(false);
  });

  it('matches acronyms only in capitals', () => {
    expect(mentionsAny('Picture credit: AP', ['AP'])).toBe(true);
    expect(mentionsAny('Das ap-Kürzel und die Kapelle', ['AP'])).toBe(false);
    expect(mentionsAny('laut DPA', ['dpa'])).toBe(true);
  });

  it('looks for people by full and family name', () => {
    expect(personSpellings('Ted Sarandos')).toEqual(['Ted Sarandos', 'Sarandos']);
    expect(mentionsAny('Sarandos sagte', personSpellings('Ted Sarandos'))).toBe(true);
    expect(personSpellings('Li')).toEqual(['Li']);
  });
});
