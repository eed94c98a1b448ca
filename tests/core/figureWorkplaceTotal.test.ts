import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (wire, explainer, tabloid, profile). */
const marks = (text: string) => figureClaimsAfterLead([text], '2023-11-24');
const headcount = (text: string) => marks(text).filter(([id]) => id === 'openai-headcount');

describe('the people who work at an organisation are its whole staff', () => {
  it.each([
    'Roughly 770 people work at OpenAI.',
    'About 770 people work for OpenAI, most of them in San Francisco.',
    'Some 770 staff currently work at OpenAI.',
    'OpenAI, where about 770 people work, nearly emptied out that weekend.',
    'Around 770 employees were employed at OpenAI when the board struck.',
    'At the time about 770 people were on OpenAI’s payroll.',
  ])('marks the headcount in “%s”', (text) => {
    expect(headcount(text)).toHaveLength(1);
  });

  it.each([
    // Another company, or a part of the staff.
    'Roughly 300 people work at Anthropic.',
    'About 20 people work at the company’s Paris office.',
  ])('marks no headcount in “%s”', (text) => {
    expect(headcount(text)).toEqual([]);
  });
});
