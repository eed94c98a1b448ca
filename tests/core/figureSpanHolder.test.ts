import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (wire, profile, column, post). */
const marks = (text: string) => figureClaimsAfterLead([text], '2023-11-24');
const spans = (text: string) => marks(text).filter(([id]) => /years|tenure|months/.test(id));

describe('a span of time in a relative clause hung on someone else is that person’s', () => {
  it.each([
    "Quora chief Adam D'Angelo, 39, who sat on the board that fired Mr Altman and whose résumé includes nearly two years as Facebook's technology chief, stays on.",
    "Larry Summers, who once clashed with Sam Altman's allies and who spent two years as Harvard's president, joins the board.",
    "Bret Taylor, whose eight years beside Altman's rivals in Silicon Valley are well known, takes the chair.",
  ])('marks no span in “%s”', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Ilya Sutskever, who had worked alongside Altman for eight years, read him the decision.',
      [['sutskever-altman-years', 'eight years']],
    ],
    [
      'Sutskever had worked closely with Altman for eight years.',
      [['sutskever-altman-years', 'eight years']],
    ],
  ])('still marks “%s”', (text, expected) => {
    expect(spans(text).map(([id, t]) => [id, t.replace(/^(\w+)$/, '$1 years')])).toEqual(expected);
  });
});

describe('a span things happened within is nobody’s time in a post', () => {
  it.each([
    'Sam Altman has now seen off a board, a rival employer and a talent raid in two years.',
    'Altman and Sutskever rebuilt the research team within three years, the memo says.',
    'In the past eight years Altman and Sutskever have watched the lab change beyond recognition.',
    "Villagra's successor is expected to be named within five months, a spokesperson said.",
  ])('marks no span in “%s”', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each<[string, string]>([
    // Time spent after all: "of", "at", "as" after the span; how long someone lasted before leaving.
    [
      'In eight years of working together, Sutskever and Altman rarely disagreed in public.',
      'sutskever-altman-years',
    ],
    ['Promoted in March, Julia Villagra was gone within five months.', 'julia-villagra-months-in-role'],
    ['Jerry Tworek had put in seven years at OpenAI before he quit.', 'jerry-tworek-tenure'],
  ])('still marks “%s”', (text, id) => {
    expect(spans(text).map(([claim]) => claim)).toEqual([id]);
  });
});

describe('a relative clause closes at its comma: the main clause after it keeps its spans', () => {
  it.each<[string, string]>([
    [
      'Brockman, who had known both men for years, said Sutskever and Altman had worked together for eight years.',
      'sutskever-altman-years',
    ],
    [
      'Mira Murati, who joined in 2018, said Jerry Tworek had spent seven years at OpenAI.',
      'jerry-tworek-tenure',
    ],
    [
      'Larry Summers, who sits on the new board, told reporters that Jerry Tworek had spent seven years at the lab.',
      'jerry-tworek-tenure',
    ],
    [
      'Greg Brockman, whose own exit lasted days, recalled that Altman and Sutskever worked side by side for eight years.',
      'sutskever-altman-years',
    ],
  ])('marks “%s”', (text, id) => {
    expect(spans(text).map(([claim]) => claim)).toEqual([id]);
  });
});
