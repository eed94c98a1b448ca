import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (round-up, trade press, job board, local news). */
const marks = (text: string) => figureClaimsAfterLead([text], '2025-11-24');

describe('a headcount in another firm’s bracketed profile is that firm’s', () => {
  it.each([
    'Lumina Clinical (Durham, 46 employees): routes patient questions to the right nurse.',
    'Briefwise (Chapel Hill; 14 staff) drafts court filings for small practices.',
    'Sorrelwood Analytics [Raleigh, founded 2019, 19 people] sells forecasting tools to utilities.',
    'Kestrel Labs (46 employees, Series A) says it will keep using GPT models.',
    'Among the startups that signed on: Harbor & Vine (Portland, 120 workers), which builds chat tools.',
    'Meanwhile Tallowmere Health (Leeds, 35 staff) switched to a rival model overnight.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each<[string, string]>([
    // The topic's own organisation in the bracket keeps its count; so does a plain count.
    ['OpenAI (San Francisco, 770 employees) nearly lost its whole staff that weekend.', 'openai-headcount'],
    ['OpenAI has roughly 770 employees.', 'openai-headcount'],
  ])('still marks “%s”', (text, id) => {
    expect(marks(text).map(([claim]) => claim)).toContain(id);
  });
});
