import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe('where someone goes is not who owns a later count (destinationName.ts)', () => {
  it.each<[string, string]>([
    [
      'An open letter warned that the signers would leave for Microsoft unless every director stepped aside, and by Monday its organizers were reporting more than 700 signatures.',
      'more than 700',
    ],
    [
      'Staff threatened to follow Altman to Microsoft, and by Monday their letter had more than 700 signatures.',
      'more than 700',
    ],
    [
      'Employees said they would join Microsoft unless the board quit; its organizers counted 745 signatures by noon.',
      '745',
    ],
    ['Workers vowed to defect to Microsoft, and their letter drew 650 signatures overnight.', '650'],
  ])('marks “%s”', (text, wording) => {
    expect(marked(text)).toContainEqual(['staff-letter-signatories', wording]);
  });

  it.each([
    // An organisation that is the subject, or a named owner, still owns what follows "its".
    'Microsoft said its 221,000 staff would welcome Altman.',
    'Anthropic hired 12 researchers, and its 300 staff signed nothing.',
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('a person\'s destination owns what "its" owns when nothing else can (review20 #3)', () => {
  it.each([
    'Sutskever left for Google, and its 800 staff signed a letter backing him.',
    'Altman joined Microsoft, and its 700 employees in the AI unit signed a letter welcoming him.',
    'Researchers have been leaving for Anthropic, and its headcount has passed 800 employees.',
    'Brockman followed him to Microsoft, where its 750 engineers will report to him.',
    'Murati is said to be heading to Google, and its workforce of 900 researchers backed the move.',
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Staff vowed to walk out to Microsoft, and their petition drew 720 signatures by dawn.', '720'],
    ['Hundreds said they would quit for Microsoft, and their open letter gathered 505 signatories.', '505'],
  ])('still marks the letter’s count in “%s”', (text, wording) => {
    expect(marked(text)).toContainEqual(['staff-letter-signatories', wording]);
  });
});
