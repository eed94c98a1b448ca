import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const headcounts = (sentence: string) =>
  claims([sentence])
    .filter(([id]) => id === 'openai-headcount')
    .map(([, text]) => text);

describe(
  'a name that only reports a count, or sits in another clause, owns no "company of N"',
  { timeout: 30000 },
  () => {
    it.each<[string, string]>([
      // The reporter of a number: reporting verb + number, a possessed tally, a list of sources.
      [
        'Kara Swisher reported 505 names early on; by midday organisers cited more than 700 out of a company of about 770.',
        'about 770',
      ],
      ['Bloomberg counted roughly 650 signatures, in a company of around 770 people.', 'around 770'],
      ["The screen settles on 505 (Kara Swisher's tally), against a company of roughly 770.", 'roughly 770'],
      ["By Axios's count nearly 700 had signed, out of a company of about 770.", 'about 770'],
      [
        'Counts differed: Kara Swisher reported 505, Business Today 490, and later more than 700, in a company of 700-plus staff.',
        '700-plus',
      ],
      ['Reuters put the number at 650 in a company of about 770.', 'about 770'],
      ['The Verge was citing 700 by noon, out of a company of roughly 770.', 'roughly 770'],
      // Another clause's name: across a semicolon, a "— and" dash, a sentence break.
      [
        'More than 700 put their names on the letter, in a company of 700-plus; the threat was to decamp to Microsoft.',
        '700-plus',
      ],
      [
        'Signers said they would leave for Microsoft — and counts ran past 700 in a company of about 770.',
        'about 770',
      ],
      [
        'Microsoft offered jobs to all of them; by Monday more than 700 had signed, out of a company of roughly 770.',
        'roughly 770',
      ],
    ])('%s', (sentence, figure) => {
      expect(headcounts(sentence)).toEqual([figure]);
    });

    it.each([
      // The name owns the company: subject, apposition (comma or dash), a later clause pointing back.
      'Satya Nadella runs a company of 220,000.',
      'Anthropic, a company of 300, kept quiet.',
      'Microsoft — a company of 220,000 — said nothing.',
      'Microsoft reported record profits; it is a company of 220,000.',
      'Microsoft grew again; the company is now a company of 220,000 people.',
      'Microsoft reported strong results, as a company of 220,000 tends to.',
      'Kara Swisher, who once ran a company of 40 people, said little.',
      'Anthropic said it now has a company of 300.',
    ])('still another’s company: %s', (sentence) => {
      expect(headcounts(sentence)).toEqual([]);
    });
  },
);
