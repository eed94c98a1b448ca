import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, wording]` of each figure claim marked after the story's lead. */
function figures(block: string) {
  return annotate([STORY_LEAD, block])
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text]);
}

describe('a count whose own words are only its whole’s noun continues the topic before', () => {
  it.each<[string, string]>([
    [
      'First reports said nearly 500 had signed. By the end of Monday it was over 700 out of a workforce of around 770.',
      'over 700',
    ],
    ['Staff signed through the night. By breakfast it stood at 702 of a staff of roughly 770.', '702'],
  ])('%s', (block, wording) => {
    expect(figures(block)).toContainEqual(['staff-letter-signatories', wording]);
  });
});

describe('a count whose own words agree with the topic before continues it', () => {
  it.each<[string, string]>([
    [
      'Early copies of the letter bore about 500 names; OpenAI employs roughly 770 people. By lunchtime in Europe organisers were speaking of more than 700.',
      'more than 700',
    ],
    ['About 500 staff had signed by breakfast. Organisers were talking of 650 by lunch.', '650'],
  ])('%s', (block, wording) => {
    expect(figures(block)).toContainEqual(['staff-letter-signatories', wording]);
  });
});

describe('near misses: the sentence before does not speak for a count of something else', () => {
  it.each([
    'About 500 staff signed the letter. Investors, meanwhile, were speaking of $90 billion.',
    'Nearly 500 staff signed the letter on Monday. Microsoft, by contrast, employs some 220,000 people.',
    'About 500 staff signed the letter. The board said it had 6 weeks to respond.',
    'About 500 employees signed. Analysts were speaking of 12 rival bids.',
  ])('%s', (block) => {
    const marked = figures(block).filter(([, w]) => !/500/.test(w!));
    expect(marked).toEqual([]);
  });
});

describe('near miss: a count inside brackets (a cited title) takes no carried topic', () => {
  it('"OpenAI’s new board. A profile (The three people now in charge at OpenAI, page B3)…"', () => {
    expect(
      figures(
        'OpenAI’s new board. A profile on Thursday (The three people now in charge at OpenAI, page B3) gave Bret Taylor’s age as 34.',
      ).filter(([, w]) => w === 'three'),
    ).toEqual([]);
  });
});

describe('review23b #5: a sentence about another body, place or act carries no topic', () => {
  const carried = (block: string) => figures(block).filter(([id]) => id === 'staff-letter-signatories');
  it.each<[string, string[]]>([
    [
      'More than 700 staff signed the letter. At Quora, some 200 of a workforce of around 300 were laid off last year.',
      ['More than 700'],
    ],
    [
      'The letter drew more than 700 signatures. In Dublin, 1,500, with some 2,000 on the payroll, marched.',
      ['more than 700'],
    ],
    [
      'About 500 staff had signed by breakfast. Meanwhile 1,200 of a workforce of 4,000 went on strike.',
      ['About 500'],
    ],
    [
      'About 500 staff had signed by breakfast. By noon some 200 of Google’s 300 researchers had followed.',
      ['About 500'],
    ],
    [
      'More than 500 staff signed the letter. Outside, some 300 of a crowd of 400 protested.',
      ['More than 500'],
    ],
  ])('%s', (block, wordings) => {
    expect(carried(block).map(([, w]) => w)).toEqual(wordings);
  });

  it.each<[string, string]>([
    // the story's own company or a time is no turn.
    [
      'First reports said nearly 500 had signed. At OpenAI, it was over 700 out of a workforce of around 770 by night.',
      'over 700',
    ],
    [
      'First reports said nearly 500 had signed. In the evening, it was over 700 out of a workforce of around 770.',
      'over 700',
    ],
  ])('the carry still holds: %s', (block, wording) => {
    expect(figures(block)).toContainEqual(['staff-letter-signatories', wording]);
  });
});
