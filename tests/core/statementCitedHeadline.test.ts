import { describe, expect, it } from 'vitest';
import { isCitedHeadline } from '../../src/core/page/citedHeadline.ts';

/** Whether `phrase`, where it stands in `text`, lies in a cited, dated headline of another page. */
const cited = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return isCitedHeadline(text, start, start + phrase.length);
};

describe('a headline cited with its date is another page’s title, not a report', () => {
  it.each<[string, string]>([
    ['Your report ("Altman back at OpenAI after staff revolt," Nov. 23) missed the point.', 'back at OpenAI'],
    [
      'Regarding your article “Board ousts OpenAI chief” (17 November), the directors acted alone.',
      'ousts OpenAI chief',
    ],
    ['Re your editorial "Microsoft hires Altman" (The Ledger, Nov. 21), I disagree.', 'hires Altman'],
    ['The column “Brockman quits in protest” (Nov. 18, Page B1) misread him.', 'quits in protest'],
    [
      'As I wrote earlier (“Sutskever regrets his role,” Tuesday, Nov. 21), the apology was brief.',
      'regrets his role',
    ],
    [
      'Your Nov. 20 story, "Altman to join Microsoft," Nov. 20, 2023, was overtaken within hours.',
      'to join Microsoft',
    ],
  ])('%s', (text, phrase) => {
    expect(cited(text, phrase)).toBe(true);
  });
});

describe('a quotation someone said, or a title with no date, stays what it is', () => {
  it.each<[string, string]>([
    ['"I am back at OpenAI," Altman wrote on Nov. 23.', 'back at OpenAI'],
    ['Altman said he was “back at OpenAI” on Nov. 23.', 'back at OpenAI'],
    ['Your report ("Altman back at OpenAI after staff revolt") missed the point.', 'back at OpenAI'],
    ['“We are back,” Altman posted (Nov. 23).', 'We are back'],
    ['Altman returned (Nov. 22) and Brockman came back too.', 'Brockman came back'],
    // A dated first-person quotation is someone's words; a social post is quoted, not cited (review22 #6).
    [
      'Sutskever wrote in a post ("I deeply regret my participation in the board\'s actions", Nov. 20).',
      'regret my participation',
    ],
    [
      'Sutskever\'s post, "I deeply regret my participation in the board\'s actions," Monday, Nov. 20, drew likes.',
      'regret my participation',
    ],
    ['Altman\'s message ("We are so back", Nov. 22) went viral.', 'so back'],
    [
      "Murati's post, “OpenAI is nothing without its people,” Nov. 19, was shared widely.",
      'nothing without its people',
    ],
    ['In a letter (“My trust in the board is gone,” Nov. 20), the engineer resigned.', 'trust in the board'],
  ])('%s', (text, phrase) => {
    expect(cited(text, phrase)).toBe(false);
  });
});
