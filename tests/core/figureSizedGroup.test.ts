import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a compound sizes its own group: a crew, squad or unit is no board (sizedGroupNoun.ts)', () => {
  it.each<string>([
    'A five-person crew filmed the meeting.',
    'OpenAI now runs with a 40-person crew.',
    'The lab has a 30-member research unit.',
    'A six-man squad of lawyers arrived at the office on Saturday.',
    'Microsoft flew in a 12-strong delegation to the talks.',
    'The company set up a nine-person taskforce on safety.',
    'A seven-member contingent of researchers left for Anthropic.',
  ])('no topic takes the count: %s', (text) => {
    expect(claims([text])).toEqual([]);
  });

  it.each<[string, string]>([
    // The founding act still makes such a group the founding team (foundingAct.ts).
    ['OpenAI was set up with just an 11-person crew.', '11'],
    ['OpenAI was started by an 11-member band of researchers.', '11'],
  ])('founding team: %s', (text, wording) => {
    expect(claims([text])).toEqual([['founding-team-size', wording]]);
  });

  it.each<[string, string]>([
    // The board's own compound still counts the board.
    ['A six-person board fired him.', 'six'],
    ['The four-member board voted him out on Friday.', 'four'],
  ])('board: %s', (text, wording) => {
    expect(claims([text])).toEqual([['board-size', wording]]);
  });
});
