import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/*
 * A count of the people who did the act, whatever role the count has in its clause: the act names the
 * topic (countedAgent.ts). Invented wordings, none of them an evaluation page's sentence.
 */
describe('a count whose clause says it did the removal is the board that acted (countedAgent.ts)', () => {
  it.each<[string, string]>([
    // A pronoun-numeral, then the people it is, defined by the act.
    ['These four were the people who fired him, and none of them has explained why.', 'four'],
    ['Those four are the board members who voted him out.', 'four'],
    ['The four were the directors that made the call on Friday.', 'four'],
    // "N of those/them/its <noun>", then the act.
    [
      'Last November three of its directors and its chief scientist acted; four of those people decided.',
      'four',
    ],
    ['On that Friday four of the directors voted to remove him.', 'four'],
    ['By noon, four of its trustees had fired the chief executive.', 'four'],
    // The board described in a phrase after its count's noun.
    ['Four members of a six-seat nonprofit board fired the best-known chief executive in tech.', 'Four'],
    ['In 2023 four directors of the non-profit board ousted its chief executive.', 'four'],
    // An agent noun that names the act.
    ['It was a panel of four decision-makers, meeting by video.', 'four'],
    ['With only four deciders in the room, nobody argued.', 'four'],
  ])('%s', (text, wording) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([['board-size', wording]]);
  });

  it.each<string>([
    // An act no frame has.
    'Those four were the directors who attended the dinner.',
    'Four of those directors attended the dinner on Thursday.',
    // A hypothetical, a question, another organisation's board, the people acted on.
    'A board of four deciders would have moved more slowly.',
    'Were those four the people who decided?',
    'The four trustees of the charity removed its founder last year.',
    'The board removed two directors from its audit committee.',
    // Those who decided something else.
    'Those three were the directors who decided to expand the board.',
    // A part of those who acted, its own verb after their relative clause.
    'By Wednesday three of the directors who had moved against him were off the board.',
    'Two of the trustees who voted for the removal later left.',
  ])('not the board that acted: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});

/*
 * An answer whose verb stands for the act its question names ("did it", "were behind it"): the count did
 * that act. The question may stand in the answer's block or in the short block before it.
 */
describe('an answer that counts who did the act its question names (countedAgent.ts)', () => {
  it.each<[string[], string]>([
    [['Who actually removed him? Four directors did.'], 'Four'],
    [['Q: Who voted him out?', 'A: Four people did, in a video call.'], 'Four'],
    [['INTERVIEWER: And the people who made the decision?', 'GUEST: Four of them did it.'], 'Four'],
    [['So who was it that pushed him out? Four board members were behind it.'], 'Four'],
  ])('%s', (blocks, wording) => {
    expect(claims(blocks).filter(([id]) => id === 'board-size')).toEqual([['board-size', wording]]);
  });

  it.each<string[]>([
    // A question about another act, no pro-verb, or the count asked about.
    ['Q: Who built the first version of the product?', 'A: Four people did it.'],
    ['Who fired him? Nobody knows; four people were in the room.'],
    ['Q: Who fired him?', 'A: Did four people really do it?'],
    ['Q: Who fired him?', 'A: I think we all know. Later, four people did the paperwork.'],
  ])('not the board that acted: %s', (...blocks) => {
    expect(claims(blocks).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
