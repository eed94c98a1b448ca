import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const newcomers = (sentence: string) =>
  claims([sentence])
    .filter(([id]) => id === 'new-board-newcomers')
    .map(([, text]) => text);

describe(
  'the story’s remade board names its newcomers’ topic without a named member',
  { timeout: 30000 },
  () => {
    it.each<[string, string]>([
      ['Altman returned to a rebuilt three-person board with two fresh faces on it.', 'two'],
      [
        'The company named a new initial board of three people, two of whom did not sit on the old one.',
        'two',
      ],
      ['The new board started with three people, two of them new.', 'two'],
      ["Of the new board's three members, two are newcomers.", 'two'],
      ['The newly configured trio includes two newcomers.', 'two'],
      ['Two newcomers sit on the pared-back board that brought Altman back.', 'Two'],
      ['The revamped board counts two newcomers among its three directors.', 'two'],
      ['The interim board, with two fresh faces, will pick the rest.', 'two'],
      ['Only two newcomers made the cut for the reconstituted board.', 'two'],
    ])('%s', (sentence, figure) => {
      expect(newcomers(sentence)).toEqual([figure]);
    });

    it.each([
      // The remade board's own size, another organisation's board, a board with no newcomer count.
      'The initial board of three will grow later.',
      'The new board has three members.',
      'A rebuilt three-person board took charge.',
      "Acme's new board has two newcomers.",
      'Microsoft named a new board with two newcomers.',
    ])('not the story’s newcomers: %s', (sentence) => {
      expect(newcomers(sentence)).toEqual([]);
    });
  },
);
