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
