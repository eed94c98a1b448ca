import { describe, expect, it } from 'vitest';
import { isAskedAbout } from '../../src/core/page/askedAboutMention.ts';

const asked = (text: string, phrase: string) =>
  isAskedAbout(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);

describe('a claim named as the object of a question or a refusal is a mention', () => {
  it.each<[string, string]>([
    ['It did not respond to questions about the observer role.', 'observer role'],
    ['Microsoft declined to comment on Altman’s return.', 'return'],
    ['A spokesperson would not say anything about the board seat.', 'board seat'],
    ['Queries regarding the non-voting seat went unanswered.', 'non-voting seat'],
    ['When asked about Brockman’s exit, he changed the subject.', 'exit'],
    ['OpenAI did not reply to requests for comment on the new board.', 'new board'],
    ['Nadella refused to discuss the observer seat.', 'observer seat'],
    // A clause after it that does not assert it (review22 #7 near-misses).
    ['Microsoft declined to comment on Altman’s hiring, which was widely rumoured.', 'hiring'],
    ['OpenAI would not say more about the board seat, citing confidentiality.', 'board seat'],
    ['The company declined to comment on the deal, which critics called rushed.', 'deal'],
  ])('%s', (text, phrase) => {
    expect(asked(text, phrase)).toBe(true);
  });
});

describe('a claim asserted, even near a question, is not', () => {
  it.each<[string, string]>([
    ['Microsoft took a non-voting observer role on the board.', 'non-voting observer role'],
    ['Asked about the seat, Nadella said Microsoft had taken an observer role.', 'Microsoft had taken'],
    ['The questions were answered: Altman is back as chief executive.', 'Altman is back'],
    ['Reporters asked whether Brockman had quit.', 'Brockman had quit'],
    // Asserted in its own relative or participle clause after the mention (review22 #7).
    ['Microsoft declined requests for comment on Altman’s hiring, which it announced on X.', 'hiring'],
    [
      'The company would say little about Altman’s return as CEO, which was announced late Tuesday.',
      'return',
    ],
    [
      'Microsoft would not elaborate on the observer seat, confirmed by OpenAI on Wednesday.',
      'observer seat',
    ],
    ['OpenAI declined to discuss the new board, which the company made official on Friday.', 'new board'],
  ])('%s', (text, phrase) => {
    expect(asked(text, phrase)).toBe(false);
  });
});
