import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures, lastBlockClaimIds } from './helpers/annotate.ts';

/*
 * Round 23's family words: for each, the whole family a reporter writes for the same thing, and the
 * near-misses that must stay unmarked. Sentences are invented, never a fixture's.
 */

const LEAD = 'OpenAI fired Sam Altman on Friday.';
const claimsOf = (sentence: string) => lastBlockClaimIds([LEAD, sentence]);

describe('a unit told as new by its forming, not by "new"', () => {
  it.each([
    'Microsoft is setting up a research group on advanced AI from scratch, with Altman in charge.',
    'Microsoft will create an AI research team for Altman and Brockman.',
    'Nadella said Microsoft plans to build a research lab around Altman.',
    "Microsoft's building an AI research group for the pair.",
    'Microsoft said Altman would head an AI research group still to be built.',
    'Altman will lead an advanced AI research unit yet to be formed, Microsoft said.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('microsoft-new-unit');
  });

  it.each([
    // A past forming may be any unit of any year; another company's forming is not Microsoft's.
    'Microsoft set up a research group in 2019 that Altman never visited.',
    'Microsoft has a research group that studies AI safety.',
    'Microsoft may yet set up a research team for the pair.',
    'Google is building a research lab in London, Microsoft said.',
  ])('not the new unit: %s', (sentence) => {
    expect(claimsOf(sentence)).not.toContain('microsoft-new-unit');
  });
});

describe('the letter judges the board unable, in events’ words and with a modal', () => {
  it.each([
    'Its authors wrote that the directors had proved unequal to the job of overseeing OpenAI.',
    'The letter said the board had shown themselves out of their depth.',
    'The signers said the directors could no longer oversee OpenAI.',
    'Staff said the board cannot govern the company.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('staff-letter-demand');
  });

  it.each([
    'Regulators could not oversee the company’s finances.',
    'The council has proved unequal to the job of overseeing schools.',
  ])('not the letter: %s', (sentence) => {
    expect(claimsOf(sentence)).not.toContain('staff-letter-demand');
  });
});

describe('the board could no longer take Altman at his word', () => {
  it.each([
    'The board pushed out Sam Altman, saying it could no longer rely on what he told it.',
    'The board fired Altman because it could not trust what he said.',
    'Directors said they could no longer take him at his word, and fired Altman.',
    'The board was no longer able to believe what he was telling it, and removed Altman.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('firing-reason');
  });
});

describe('research moved off: the kinds of long-range work', () => {
  it.each([
    'The company has been moving compute from exploratory projects to the models inside its chatbot.',
    'OpenAI shifted staff from blue-sky work to product teams.',
    'OpenAI pulled chips from speculative bets to ChatGPT.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('research-deprioritised');
  });
});

describe('the observer: a seat with a vote denied by a concession', () => {
  it.each([
    'Microsoft came away with a seat in the boardroom, though not a vote.',
    'Microsoft gets a place at the table, but not a vote.',
    'Microsoft will have a chair at board meetings, though no vote.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('microsoft-board-observer');
  });
});

describe('the title again', () => {
  it.each(['Altman had his title again by Wednesday.', 'Altman had his chief executive title again.'])(
    '%s',
    (sentence) => {
      expect(claimsOf(sentence)).toContain('altman-returns-as-ceo');
    },
  );
});

describe('support for a return is no return (convention d)', () => {
  it.each([
    'Microsoft ended up backing his return instead.',
    "Investors supported Altman's reinstatement as chief executive.",
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).not.toContain('altman-returns-as-ceo');
  });

  it.each([
    "Altman's return was announced late Tuesday.",
    'Microsoft backed Altman, and his return came on Tuesday.',
  ])('still the return: %s', (sentence) => {
    expect(claimsOf(sentence)).toContain('altman-returns-as-ceo');
  });
});

describe('a title with "own" or "current" between its owner and itself', () => {
  it.each([
    "Ilya Sutskever, the company's own chief scientist, led the vote.",
    'Ilya Sutskever, its very own chief scientist, turned on him.',
    "Sutskever, OpenAI's current chief scientist, signed the letter.",
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('sutskever-title');
  });
});

describe('figure cues of the same families', () => {
  it.each<[string, string, string]>([
    ["Microsoft's outlay on the start-up so far stands at $13bn.", 'microsoft-investment', '$13bn'],
    [
      'Microsoft, whose backing of OpenAI reportedly totals $13 billion, remains calm.',
      'microsoft-investment',
      '$13 billion',
    ],
    [
      'Its financial backing of the ChatGPT maker runs to some $13 billion.',
      'microsoft-investment',
      'some $13 billion',
    ],
    [
      'The Times, citing 10 people who work or have worked there, said so.',
      'research-shift-interviewees',
      '10',
    ],
    ['Ten former and current staff described the shift.', 'research-shift-interviewees', 'Ten'],
    ['He had been one of a four-person majority that voted Altman out.', 'board-size', 'four'],
    ['Sutskever was one of four people who voted him out.', 'board-size', 'four'],
    ['The board is chaired by Bret Taylor, 43…', 'bret-taylor-age', '43'],
    ['Its new chair, Bret Taylor, 43 ... read more', 'bret-taylor-age', '43'],
  ])('%s', (sentence, id, wording) => {
    expect(figures([sentence])).toContainEqual([id, wording]);
  });

  it('a vote that removed someone else is no board count', () => {
    expect(figures(['Voters voted him out of the Senate in 2016 after four terms.'])).toEqual([]);
  });
});
