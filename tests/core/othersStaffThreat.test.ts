import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/*
 * review23 #3: the staff threat shapes ("said they would quit", "signed a threat to walk out") are the
 * story's staff's only when no other company's staff are named before them. Every sentence is invented.
 */
const demands = (sentence: string) =>
  annotate([STORY_LEAD, sentence])
    .highlights.filter((h) => h.kind === 'claim' && h.id === 'staff-letter-demand')
    .map((h) => h.text);

describe('another company’s staff threatening is no threat of the story’s staff', { timeout: 30000 }, () => {
  it.each([
    'Staff at Anthropic say they will quit if the company takes military money.',
    'Microsoft engineers said they would quit if the new unit was shut down.',
    'Staff at Google DeepMind signed a threat to walk out over military contracts.',
    'Google staff signed a threat to walk out over Project Maven in 2018.',
    'At Microsoft, some researchers told managers they would resign over the deal.',
    'Anthropic employees have signed an ultimatum to quit, according to the memo.',
  ])('%s', (sentence) => expect(demands(sentence)).toEqual([]));

  it.each([
    'Staff said they would walk out if the board did not resign.',
    'OpenAI staff said they would quit unless the board stepped down.',
    'Hundreds of OpenAI employees signed a threat to walk out.',
    'Employees told managers they would resign if Altman was not reinstated.',
  ])('the story’s staff: %s', (sentence) => expect(demands(sentence)).not.toEqual([]));

  // The plain "threatened to quit", its staff owned by a company named right with them (review24).
  it.each([
    'Google employees threatened to quit over a defence contract in 2018.',
    'Meta workers threatened to walk out over the policy.',
    'Microsoft’s engineers threatened to resign over the new unit.',
    'Anthropic staff threatened to leave en masse.',
  ])('%s', (sentence) => expect(demands(sentence)).toEqual([]));

  it.each([
    'OpenAI employees threatened to quit unless the board resigned.',
    'After Microsoft hired Altman, employees threatened to quit.',
    'OpenAI’s staff threatened to quit.',
    // "its", after another company in the sentence, points back at the petition's company.
    'Microsoft had hired Altman, and a staff petition drew 700 names, its signers vowing to walk out and follow him.',
  ])('the story’s staff, another company elsewhere: %s', (sentence) =>
    expect(demands(sentence)).not.toEqual([]),
  );
});
