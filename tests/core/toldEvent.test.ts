import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * A bare definite noun for an act ("the return", "the formal reinstatement", "the hiring", "the
 * comeback") as its clause's subject points back to the act the page told: it is the act of the claim's
 * subject, named in an earlier sentence of the block or in the block before. Not past a stranger, not
 * where the verb leaves it in doubt, not with an "of" naming someone else. Every sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';

/** `[id, text]` of the claims marked in the last block. */
function lastMarks(blocks: string[]): Array<[string, string]> {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text]);
}

describe('the act the page told', () => {
  it.each([
    [
      [
        LEAD,
        'Sutskever lost his seat. OpenAI said little about his role. The formal reinstatement followed on November 29.',
      ],
      ['altman-returns-as-ceo', 'The formal reinstatement'],
    ],
    [
      [
        LEAD,
        'OpenAI agreed to bring Altman back as chief executive on Nov. 21.',
        'Toner and McCauley left the board. On Nov. 29 the return became official.',
      ],
      ['altman-returns-as-ceo', 'the return'],
    ],
    [
      [LEAD, 'OpenAI agreed to take Altman back. Days later the comeback was complete.'],
      ['altman-returns-as-ceo', 'the comeback'],
    ],
    [
      [
        LEAD,
        'Microsoft moved on Sunday. Nadella said it had hired Altman. The hiring came within 48 hours of the firing.',
      ],
      ['altman-joins-microsoft', 'The hiring'],
    ],
    [
      [
        LEAD,
        'Altman was reinstated on Wednesday, the board said.',
        'By the next week the reinstatement had been made formal.',
      ],
      ['altman-returns-as-ceo', 'the reinstatement'],
    ],
  ])('%j', (blocks, mark) => expect(lastMarks(blocks)).toContainEqual(mark));
});

describe('nouns that point elsewhere, or at an act in doubt', () => {
  it.each([
    [[LEAD, 'Acme rehired its founder John Smith last year. The return was hailed by staff.']],
    [[LEAD, 'The return of the old guard was not on the cards.']],
    [[LEAD, 'OpenAI wanted Altman back. The return was never likely, insiders said.']],
    [[LEAD, 'OpenAI agreed to take Altman back. The return is not yet final.']],
    [['Microsoft shares rose on Monday.', 'The return was 4 per cent.']],
    [[LEAD, 'Investors watched the fund closely. Its manager, Jane Doe, said the return was modest.']],
    // review21 #27: an amount after the noun makes "the return" money.
    [
      [
        LEAD,
        'Altman talked up OpenAI’s finances at DevDay.',
        'The return came in at 12% for the year, filings show.',
      ],
    ],
    [[LEAD, "Altman's early backers made a fortune. The return was about 40% a year, one of them said."]],
    [[LEAD, 'Altman pitched the fund to investors. The return was $3 billion over five years.']],
  ])('%j', (blocks) =>
    expect(lastMarks(blocks).filter(([, text]) => /^(?:the|this|that)\b/i.test(text))).toEqual([]),
  );
});

/*
 * The told act as a time clause's subject ("when the return was announced", "after the reinstatement
 * became formal") is the act told as done, marked with its predicate (round 25's decision). "Before",
 * "until" and "if" tell of a time it may not have happened; talks and doubt leave it undone.
 */
describe('the act told as the subject of a time clause', () => {
  it.each([
    [
      [LEAD, 'OpenAI agreed to take Altman back.', 'Shares rose 1% after the reinstatement was announced.'],
      ['altman-returns-as-ceo', 'the reinstatement was announced'],
    ],
    [
      [LEAD, 'Altman is back in charge. When the return was made formal, Microsoft got an observer.'],
      ['altman-returns-as-ceo', 'the return was made formal'],
    ],
    [
      [LEAD, 'Altman is back.', 'A strategist said when the comeback was confirmed that risks remained.'],
      ['altman-returns-as-ceo', 'the comeback was confirmed'],
    ],
    [
      [LEAD, 'The board relented on Altman.', 'Once the return deal was signed, staff went home.'],
      ['altman-returns-as-ceo', 'the return deal was signed'],
    ],
    [
      [LEAD, 'Altman is back.', 'As soon as the reinstatement became official, the new board met.'],
      ['altman-returns-as-ceo', 'the reinstatement became official'],
    ],
  ])('%j', (blocks, mark) => expect(lastMarks(blocks)).toContainEqual(mark));

  it.each([
    [[LEAD, 'Altman is back.', 'Before the reinstatement came a weekend job offer.']],
    [[LEAD, 'Altman is back.', 'Shear held the post until the return was formalised.']],
    [[LEAD, 'Altman wants back in.', 'If the return is confirmed, investors will relax.']],
    [[LEAD, 'Altman wants back in.', 'When the return was still in doubt, staff signed the letter.']],
    [[LEAD, 'Altman wants back in.', 'When the return was being negotiated, staff waited.']],
    [['Acme rehired its founder John Smith.', 'When the return was announced, Acme shares rose.']],
  ])('%j', (blocks) =>
    expect(lastMarks(blocks).filter(([, text]) => /^(?:the|this|that)\b/i.test(text))).toEqual([]),
  );
});
