import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a superlative or a question’s "most"/"many" speaks of no groups in general', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'The most widely used figure was about 500 out of a workforce of roughly 770.',
      [['openai-headcount', 'roughly 770']],
    ],
    [
      // "often quoted" says how a figure is reported, not a habit of groups: both are the staff's size.
      'The most often quoted number puts the staff at 770, out of a workforce of roughly 770.',
      [
        ['openai-headcount', '770'],
        ['openai-headcount', 'roughly 770'],
      ],
    ],
    ['The most widely cited count puts the workforce at roughly 770.', [['openai-headcount', 'roughly 770']]],
    [
      'Tallies of how many signed ranged from about 500 to more than 700 depending on the hour.',
      [
        ['staff-letter-signatories', 'about 500'],
        ['staff-letter-signatories', 'more than 700'],
      ],
    ],
    ['Nobody agrees on how many signed: 505 is one count.', [['staff-letter-signatories', '505']]],
    [
      'So many signed, 505 by one count, that the board had to answer.',
      [['staff-letter-signatories', '505']],
    ],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it.each([
    'Most boards of that kind have seven directors.',
    'Many companies of 770 people have a board of nine.',
    'Many boards have nine directors.',
    'Most nonprofit boards have nine members.',
    // Whatever the word after "Most" ends in.
    'Most family-run nonprofits have boards of nine directors.',
    'Most friendly takeovers leave a board of seven in place.',
    'Most early boards have five members.',
    'Most elderly-led charities keep boards of nine trustees.',
  ])('still groups in general: %s', (sentence) => {
    expect(claims([sentence])).toEqual([]);
  });

  it('a hyphened word after "Most" lifts no guard: no signatories in start-ups in general', () => {
    // (Its "fewer than 20" is still read as research-shift-interviewees, as is "Most startups have…":
    // another rule's, left as it was.)
    const found = claims(['Most early-stage start-ups have fewer than 20 employees.']);
    expect(found.filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });
});

describe('a name a figure is only credited to owns no company', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'The count I remember is 505, via Kara Swisher, out of a company of roughly 770.',
      [['openai-headcount', 'roughly 770']],
    ],
    [
      'The tally, according to Kara Swisher, stood at 505 out of a company of about 770.',
      [
        ['staff-letter-signatories', '505'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    ['OpenAI, a company of roughly 770, was in revolt.', [['openai-headcount', 'roughly 770']]],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it.each([
    'The count, via Kara Swisher, was 505; Acme, a company of 770, said nothing.',
    'Satya Nadella runs a company of 220,000.',
    'Kara Swisher, who once ran a company of 40 people, said little.',
    'The count, via Kara Swisher, was 505; Anthropic, a company of 300, kept quiet.',
    'The count was 505; meanwhile Globex Corp, a company of 900, hired.',
  ])('another’s company: %s', (sentence) => {
    expect(claims([sentence]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });

  it.each([
    'In November, a company of roughly 770 people nearly fell apart.',
    'By Monday, a company of about 770 staff was in open revolt.',
    'Then, a company of roughly 770 people nearly fell apart.',
    'On Friday, a company of some 770 employees learned its chief was gone.',
    'In San Francisco, a company of roughly 770 people nearly fell apart.',
    'That weekend, a company of roughly 770 people nearly fell apart.',
  ])('a time, a place or an opener before the comma is no name: %s', (sentence) => {
    expect(claims(['OpenAI fired its chief executive.', sentence]).map(([id]) => id)).toContain(
      'openai-headcount',
    );
  });
});
