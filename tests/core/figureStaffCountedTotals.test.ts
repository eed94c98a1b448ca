import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A staff's size said with a verb only a count of people takes ("numbered", "had grown to", "stood at",
 * "was north of"), the staff noun bare or owned: the organisation's headcount, never the signers the
 * sentence also counts. Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('a staff counted by its verb', () => {
  it.each<[string, string]>([
    ['More than 700 signed, in a company whose staff numbered about 770.', 'about 770'],
    ['Organisers counted 702 names; the staff then numbered roughly 770.', 'roughly 770'],
    ['At the time OpenAI’s employees numbered about 770.', 'about 770'],
    ['The company’s workforce had grown to some 770 by November.', 'some 770'],
    ['Its staff had swelled to about 770.', 'about 770'],
    ['Its staff, at the time, stood at roughly 770.', 'roughly 770'],
    ['The workforce was north of 700.', 'north of 700'],
    ['Its employees ran to about 770 in all.', 'about 770'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['openai-headcount', wording]);
  });

  it('the signers beside it stay the signers', () => {
    expect(marks('More than 700 signed, in a company whose staff numbered about 770.')).toContainEqual([
      'staff-letter-signatories',
      'More than 700',
    ]);
  });

  it.each([
    // Another company's staff.
    'Anthropic’s staff numbered about 300 at the time.',
    // The signers counted, not the staff.
    'The signers numbered 702 by the evening.',
    // A verb that is no count of a staff.
    'Its staff rose to 700 metres above the valley.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
