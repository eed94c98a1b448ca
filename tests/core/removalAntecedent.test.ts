import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/*
 * review23 #1: "the ousted executive", "the man the board had thrown out" is the removed one the text
 * before names (Brockman, Dorsey, Jobs…), and the story's removed chief only when the removal told is
 * his, or none is told. Every sentence is invented.
 */
const returns = (blocks: string[]) =>
  annotate([STORY_LEAD, ...blocks])
    .highlights.filter((h) => h.kind === 'claim' && h.id === 'altman-returns-as-ceo')
    .map((h) => h.text);

describe(
  'a person told by their removal is the removed one the text before names',
  { timeout: 30000 },
  () => {
    it.each([
      [
        [
          'Greg Brockman was removed as chairman on Friday and quit in protest.',
          'On Tuesday the ousted executive was back at OpenAI as president.',
        ],
      ],
      [
        [
          "Twitter's board pushed out Jack Dorsey as chief executive in 2008.",
          'The man the board had thrown out returned as chief executive in 2015.',
        ],
      ],
      [
        [
          'Steve Jobs was forced out of Apple in 1985.',
          'The founder who was forced out returned as chief executive in 1997.',
        ],
      ],
      [
        [
          'Uber investors ousted Travis Kalanick in 2017. The sacked founder never returned as chief executive.',
        ],
      ],
      [
        [
          'In 1985 the Apple board sided with John Sculley and pushed out Steve Jobs.',
          'The ousted executive came back as CEO twelve years later.',
        ],
      ],
      [['Yahoo fired Carol Bartz over the phone in 2011.', 'The fired boss never got her job back.']],
    ])('someone else was removed: %j', (blocks) => expect(returns(blocks)).toEqual([]));

    it.each([
      [['By Wednesday the man the board had thrown out was back behind his old desk.']],
      [
        [
          'Mira Murati was named interim chief on Friday.',
          'By Wednesday the ousted boss was back in charge.',
        ],
      ],
      [
        [
          'The board fired Sam Altman on Friday. Mira Murati took over. The ousted executive returned as CEO on Wednesday.',
        ],
      ],
      [
        [
          'Greg Brockman quit in protest when the board removed Altman.',
          'The ousted executive returned as chief executive five days later.',
        ],
      ],
      [['Satya Nadella said the ousted boss would return as chief executive.']],
      [
        [
          'Altman was pushed out on Friday.',
          'Microsoft hired him, and then the ousted executive returned as CEO.',
        ],
      ],
    ])('the story’s removed chief: %j', (blocks) => expect(returns(blocks)).not.toEqual([]));
  },
);
