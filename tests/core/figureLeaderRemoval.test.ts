import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a count that removed the leader, named, or voted on his removal is the board that decided (leaderRemoval.ts)', () => {
  it.each<[string, string]>([
    // Phrasal removals with the one removed between verb and "out".
    ['Four directors voted Altman out.', 'Four'],
    ['Four directors voted Sam Altman out on a Friday afternoon.', 'Four'],
    ['Four board members forced the chief executive out.', 'Four'],
    ['In the end, four trustees pushed their own CEO out.', 'four'],
    ['Four directors eased the company’s co-founder out, and the staff revolted.', 'Four'],
    // Direct removals of a named leader.
    ['Four people ousted their own CEO.', 'Four'],
    ['Four directors deposed the chief executive, Sam Altman, by video call.', 'Four'],
    // Voting on the removal itself.
    ['Only four directors voted on the motion to remove Altman.', 'four'],
    ['Four board members voted on the resolution to oust the CEO.', 'Four'],
    // So few that decided: the whole board ("only", "just", "a mere").
    ['Only four directors voted on the decision.', 'four'],
    ['In the end, just four board members voted on that motion.', 'four'],
    ["Only four of its members voted on Altman's removal.", 'four'],
    ['Just four board members voted on the decision to fire him.', 'four'],
    // So few voted on "the matter", "the question": the day's decision, unnamed.
    ['Only four directors voted on the matter; Altman was left out.', 'four'],
    ['In the end, just four directors voted on the question.', 'four'],
    ['Only four board members voted on that issue.', 'four'],
    ['Only three directors voted on the question.', 'three'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['board-size', wording]]);
  });

  it.each<string>([
    // Some of the group, acting against him or otherwise: not its size.
    'Three directors voted against him.',
    'Two directors voted on the decision and two abstained.',
    // A vote on another matter.
    'Four directors voted on the decision to hire Emmett Shear.',
    'Four directors voted on the new budget.',
    // Another body's removal, and no removal at all.
    'Four directors voted for the merger.',
    // review19b #5: directors counted voting on an unnamed decision are those who voted, not the board.
    'Two directors voted on the resolution.',
    'Two directors voted on that decision, sources said.',
    'Three directors voted on the motion after a long debate.',
    'Three trustees voted on the question.',
    'Only four directors voted on the decision to hire Emmett Shear.',
    // Not so few, or another matter named after the noun.
    'Four directors voted on the matter.',
    "Only four directors voted on the matter of Emmett Shear's pay.",
    'Just four directors voted on the question about the budget.',
  ])('no board size: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
