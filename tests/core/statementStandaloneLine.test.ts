import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Convention (i): a post card, pull quote, quotes-list entry or on-screen caption that shows the slogan
 * alone reports nobody posting it: not a staff-solidarity-post claim (standaloneLine.ts). A block that
 * says who posted it, in any form, stays one (convention h). Invented lines.
 */

const LINE = 'OpenAI is nothing without its people';

describe('the line shown alone in its block is not a claim', () => {
  unmarked('staff-solidarity-post', [
    ['a card in double quotes with an emoji', `"${LINE}" 💙`],
    ['a pull quote in curly quotes with a full stop', `“${LINE}.”`],
    ['a bare heading', LINE],
    ['a card with a bracketed label', `[Post, in full] ${LINE}`],
    ['an on-screen caption', `[ON SCREEN: "${LINE.toUpperCase()}"]`],
    [
      'a card between a byline and a stamp',
      ['Mira Murati @miramurati', `${LINE} ❤️❤️`, '2:01 AM · Nov 20, 2023'],
    ],
  ]);
});

describe('a block that reports the posting keeps the line', () => {
  found([
    ['headline grammar: a speaker and a colon', `Staff: "${LINE}"`, [['staff-solidarity-post', LINE]]],
    [
      'a name and a posting verb',
      `Murati posted "${LINE}" 💙`,
      [['staff-solidarity-post', `Murati posted "${LINE}`]],
    ],
    [
      'the card, then the clause reporting the posting with the line',
      [`"${LINE}"`, `Engineer after engineer had posted the same words: "${LINE}."`],
      [['staff-solidarity-post', `Engineer after engineer had posted the same words: "${LINE}`]],
    ],
    [
      'the line as a sentence of a longer paragraph',
      `Remember the posts? ${LINE}. Nobody who saw them forgot.`,
      [['staff-solidarity-post', LINE]],
    ],
  ]);
});
