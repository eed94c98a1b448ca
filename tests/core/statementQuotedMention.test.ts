import { describe, expect, it } from 'vitest';
import { isQuotedMention } from '../../src/core/page/quotedMention.ts';

/** Whether `phrase`, where it stands in `text`, is a quoted phrase the writer talks about. */
const mention = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return isQuotedMention(text, start, start + phrase.length);
};

describe('a short quotation used as the subject of the writer’s clause is talked about', () => {
  it.each<[string, string]>([
    ['Halfpenny_Ledger · 23 recommended: "Unfit to oversee" cut both ways, in the end.', 'Unfit to oversee'],
    ['“Nothing without its people” became the slogan of the week.', 'Nothing without its people'],
    ['The week in one line — ‘not consistently candid’ aged badly.', 'not consistently candid'],
    ['It was a strange week. "Back as CEO" sounded final on Wednesday.', 'Back as CEO'],
  ])('“%s”', (text, phrase) => {
    expect(mention(text, phrase)).toBe(true);
  });
});

describe('a quotation reported, or quoted inside the writer’s clause, is not', () => {
  it.each<[string, string]>([
    ['"Unfit to oversee," the letter said of the directors.', 'Unfit to oversee'],
    ['"Unfit to oversee" said the letter, in its second line.', 'Unfit to oversee'],
    ['Staff said the board was “unfit to oversee” the company.', 'unfit to oversee'],
    [
      '"We are unable to work for or with people that lack competence, judgement and care" the letter went on.',
      'We are unable to work for or with people that lack competence, judgement and care',
    ],
    ['Unfit to oversee the company, the staff said of the board.', 'Unfit to oversee'],
    // A whole sentence quoted is what someone said, which may be reported.
    [
      '"OpenAI is nothing without its people" became the sentence of the week.',
      'OpenAI is nothing without its people',
    ],
    // The statement runs past the quotation: what the writer's clause reports is part of it.
    [
      '"Nothing without its people" became the line of the week, posted by staffer after staffer.',
      '"Nothing without its people" became the line of the week, posted by staffer after staffer',
    ],
  ])('“%s”', (text, phrase) => {
    expect(mention(text, phrase)).toBe(false);
  });
});
