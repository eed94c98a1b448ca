import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { marked, matcher } from './helpers/annotate.ts';

/*
 * "it" continues the organisation the sentence before opens with, also after a connective ("And
 * Microsoft had…. It announced…", "Meanwhile, Microsoft…"); "its" after an apposition ("Emmett Shear,
 * once of Twitch, as its interim chief") is the clause's organisation, not the apposition's; and a
 * sentence that opens "That night…" reports nothing (the negation of the sentence before does not reach
 * it). Every sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';
const ids = (text: string) => marked([LEAD, text], 'claim').map(([id]) => id);

describe('"it" after a connective continues the organisation', () => {
  it.each([
    ['And Microsoft had about $13 billion riding on OpenAI. It announced it was hiring Altman.'],
    ['But Microsoft, with billions at stake, moved first. It said on Sunday that it had hired Altman.'],
    ['Meanwhile, Microsoft kept its counsel. On Sunday it hired Altman.'],
    ['So Microsoft stepped in. It hired Altman and Brockman.'],
    ['Still, Microsoft had the most to lose. It took on Altman within 48 hours.'],
  ])('%s', (text) => expect(ids(text)).toContain('altman-joins-microsoft'));

  it('a connective before a board: "it" is the board, which hired nobody at Microsoft', () =>
    expect(ids('And the board stood firm. It said it had hired Altman.')).not.toContain(
      'altman-joins-microsoft',
    ));
});

/** Whom the first "its" of the last sentence of `text` refers to. */
function its(text: string): string[] {
  const reading = readBlock(matcher, text, findNames(matcher, text), { lastPair: [], words: new Set() });
  const at = reading.tokens.findLastIndex((t) => t.lower === 'its');
  return reading.refAt[at]?.entities ?? [];
}

describe('"its" after an apposition is the clause’s organisation', () => {
  it.each([
    ['That same night OpenAI hired Emmett Shear, once of Twitch, to steady its staff.', 'openai'],
    ['OpenAI then installed Emmett Shear, formerly of Twitch, as its caretaker boss.', 'openai'],
    ["Microsoft, OpenAI's biggest backer, said its shares rose.", 'microsoft'],
    ['OpenAI hired Bret Taylor, late of Salesforce, to chair its board.', 'openai'],
  ])('%s', (text, id) => expect(its(text)).toEqual([id]));

  it.each([
    ['Twitch hired Emmett Shear in 2011 and its users loved him.', 'twitch'],
    ['OpenAI hired Bret Taylor from Salesforce, and its board agreed.', 'salesforce'],
  ])('a name outside any apposition still is: %s', (text, id) => expect(its(text)).toEqual([id]));

  it.each([
    ['That same night it installed Emmett Shear, once of Twitch, as its interim chief executive.'],
    ['The board did not wait. That night it named Emmett Shear, late of Twitch, as its interim chief.'],
  ])('%s', (text) =>
    expect(marked([LEAD, text], 'claim')).toContainEqual([
      'shear-appointment',
      expect.stringMatching(/^(?:installed|named) Emmett Shear/),
    ]),
  );
});

describe('a sentence opening "That night…" is stated', () => {
  it.each([
    [
      'The board did not wait for her to try. That same night it installed Emmett Shear as interim chief executive.',
    ],
    ['Nobody saw it coming. That evening Microsoft hired Altman.'],
  ])('%s', (text) => expect(ids(text).length).toBeGreaterThan(0));

  it('a report denied in the same sentence still is not', () =>
    expect(
      ids('The board did not say that it had installed Emmett Shear as interim chief executive.'),
    ).toEqual([]));
});
