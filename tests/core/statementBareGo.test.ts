import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: Brockman's exit told with a bare "go" as headlines and lists tell it ("Brockman goes,
 * too"), as "leave" alone already is: nothing after it in its clause but "too", "as well" or an
 * adverb. "go to Microsoft", "go too far", "let Brockman go", the colloquial "he goes, no way" and the
 * summing-up "had gone" are not the act told. Every sentence is invented.
 */

describe('a bare "go" is Brockman leaving', () => {
  found([
    ['a headline list item', 'Altman out as CEO; Brockman goes, too', [['brockman-exit', 'goes']]],
    [
      'a past report',
      'Altman was fired on Friday. Hours later Brockman went as well.',
      [['brockman-exit', 'went']],
    ],
    [
      'a live-blog line',
      ['6:40 p.m.', 'Greg Brockman goes too, in protest at the way Altman was treated.'],
      [['brockman-exit', 'goes']],
    ],
    [
      'a present in a list of the day',
      'Friday: the board fires Altman. Murati steps in. Brockman goes as well.',
      [['brockman-exit', 'goes']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a dismissal', 'OpenAI let Brockman go on Friday.'],
    ['a place', 'Brockman goes to Microsoft with Altman.'],
    ['an idiom', 'Brockman goes too far, critics say.'],
    ['a question', 'Will Brockman go?'],
    ['a condition', 'If Altman is fired, Brockman would go too.'],
    ['a denial', 'Brockman did not go.'],
    ['another person', 'Shear goes, too'],
    ['the colloquial "says"', 'They offered Brockman the presidency and he goes, no way.'],
    ['a state summed up', 'By then Brockman had gone — first demoted, then out by his own choice.'],
  ]);
});
