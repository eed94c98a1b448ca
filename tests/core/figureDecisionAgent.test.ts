import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a count that is the agent of the decision is the board that decided (decisionAgent.ts)', () => {
  it.each<[string, string]>([
    // The decision and who held it, with or without "was", stressed or not.
    ['The decision was ultimately taken by four people behind closed doors.', 'four'],
    ['It was a call made by only four directors, and the company paid for it.', 'four'],
    [
      'The decision to fire the chief executive of the hottest company in tech was made by just four people.',
      'four',
    ],
    ['The vote belonged to four people; the two founders on the board lost.', 'four'],
    ['In the end the choice rested with four trustees.', 'four'],
    ['His sacking came down to four people in a video call.', 'four'],
    ['The ouster, we now know, was in the hands of four directors.', 'four'],
    ['The move to remove Altman on 17 November was carried out by four of its members.', 'four'],
    // What it took.
    ['It took only four of them to remove the best-known face in tech.', 'four'],
    ['It took just four directors to oust the chief executive.', 'four'],
    ['All it took was four directors to push him out.', 'four'],
    // Choosing the removal, in any tense, after a subordinating conjunction too.
    ['Four people on a board decide to sack the boss, and nobody is told why.', 'Four'],
    ['Four directors chose to get rid of him on a Friday afternoon.', 'Four'],
    ['When four of them decided on Friday that he had not been candid, the rest was mechanics.', 'four'],
    ['Once four directors concluded that he had to go, it was over.', 'four'],
    // The decision in idiom.
    ['That is what happened at OpenAI: four directors acted, and everyone else found out later.', 'four'],
    // review19 #9: "acted" with a manner adverb closing the clause.
    ['Four directors acted swiftly.', 'Four'],
    ['In the end, four directors acted decisively, and the rest of the company was told afterwards.', 'four'],
    ['Four board members acted unilaterally; the two founders were not consulted.', 'Four'],
    ['Four people pulled the trigger, and the company nearly fell apart.', 'Four'],
    ['Four board members wielded the axe on a Friday afternoon.', 'Four'],
    // A bare "acted" that ends its clause or is the removal itself.
    ['In the end, four directors acted.', 'four'],
    ['Four directors acted swiftly to oust him, and the staff revolted.', 'Four'],
    ['Four directors acted against Altman on a Friday afternoon.', 'Four'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['board-size', wording]]);
  });

  it.each<string>([
    // Another decision, another decider, another count.
    'The decision to appoint Shear was taken by the board on Sunday night.',
    'The decision to hire him was made by Satya Nadella and two deputies.',
    'It took four years to build the product.',
    // Acting as, on or for something is no decision.
    'Four directors acted as advisers to the company.',
    'Four directors acted on outside legal advice.',
    // Acting in another cause, however quickly, is no decision to remove him.
    'Two directors acted quickly to reassure investors after the board fired Altman.',
    'Three board members acted swiftly to calm staff after the firing.',
    'Four directors acted fast to limit the damage once he was fired.',
    'Two directors acted surprisingly quickly to reassure staff after the firing.',
    'Three directors acted responsibly in the weeks after the ouster.',
    'Two board members acted to shore up confidence after the ouster.',
    // Who pushed for the removal is not the whole group that decided it.
    'The ouster was engineered by two board members who had clashed with him.',
    'The firing was driven by two directors who distrusted him.',
    'His removal was engineered by three people close to the board.',
    'It took two days to reach a deal, and four hours to announce it.',
    // The new board's decisions are not the firing (the topic's exclusions hold).
    'The decision to expand was taken by the three members of the new board.',
    'The initial board decided on Sunday that three seats were enough.',
  ])('not the firing board: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});

/*
 * A vote for the decision itself is cast only by those who carried it ("voted for the move", "voted in
 * favour of his removal"), in a reported clause too ("Reports said four directors…"); "only" makes a vote
 * on the matter the whole that decided (leaderRemoval.ts);
 * and the decision may be named as theirs ("a decision of four directors", "the work of just four people").
 * A vote against him, on another matter, or split by a second count stays some of the board.
 */
describe('a vote on the decision, and a decision named as the count’s', () => {
  it.each<[string, string]>([
    ['Only four directors voted on the matter.', 'four'],
    ['Four directors voted for the move, according to reports.', 'Four'],
    ['Reports said four directors voted in favour of his removal.', 'four'],
    ['The Times reported that four directors voted for the decision.', 'four'],
    ['Four of them cast their votes in favour of his removal.', 'Four'],
    ['It was a decision of four directors, taken in a video call.', 'four'],
    ['The firing was the work of just four people.', 'four'],
  ])('%s', (text, words) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([['board-size', words]]);
  });

  it.each([
    'Three directors voted against him.',
    'Four directors voted on a new chair last spring.',
    'Three directors voted for the move, while one was against.',
    'Reports said four directors voted on the budget.',
    'Two directors voted on the matter.',
    'Four directors voted for the merger.',
    'Four directors voted for the decision to hire a new chief.',
    'Analysts said four directors would be added next year.',
  ])('%s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
