import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * An indefinite description of the story's own organisation ("an organisation of about 770 people",
 * "a founding group of 11") is the story's, where the sentence names no other organisation; a titled
 * stranger's tenure is the stranger's. Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('an indefinite description of the story organisation', () => {
  it.each<[string, string, string]>([
    [
      'Four directors decided the fate of an organisation of about 770 people.',
      'openai-headcount',
      'about 770',
    ],
    ['OpenAI, an organisation of about 770 people, was in turmoil.', 'openai-headcount', 'about 770'],
    ['OpenAI — a business of roughly 770 people — faced collapse.', 'openai-headcount', 'roughly 770'],
    ['From a founding group of 11 in 2015, two are still actively involved.', 'founding-team-size', '11'],
  ])('%s', (text, id, wording) => {
    expect(marks(text)).toContainEqual([id, wording]);
  });

  it.each([
    'Anthropic, an organisation of 300 people, was hiring.',
    'Anthropic, a business of 300, is hiring.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});

describe('a titled stranger owns a tenure', () => {
  // A page about D'Angelo's tenure, so that a tenure anywhere on it is read for him.
  const page = (text: string) =>
    figureClaimsAfterLead([
      "Adam D'Angelo, the Quora chief executive, spent nearly two years as Facebook's chief technology officer.",
      "D'Angelo has served on OpenAI's board since 2018.",
      text,
    ]).filter(([id, wording]) => id === 'adam-d-angelo-facebook-tenure' && wording !== 'nearly two');

  it.each([
    ['An obituary on Nov. 20 said Mr. Penhaligon served on the city council for 14 years.', '14'],
    ["Mr. Penhaligon spent nearly three years as Facebook's chief technology officer.", 'nearly three'],
    ['Dr Okafor chaired the hospital trust for 14 years.', '14'],
  ])('marks no tenure in “%s”', (text) => {
    expect(page(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ["Mr. D'Angelo spent nearly three years as Facebook's chief technology officer.", 'nearly three'],
    [
      "Mrs Hale said D'Angelo spent nearly three years as Facebook's chief technology officer.",
      'nearly three',
    ],
  ])('keeps the tenure in “%s”', (text, wording) => {
    expect(page(text)).toContainEqual(['adam-d-angelo-facebook-tenure', wording]);
  });
});
