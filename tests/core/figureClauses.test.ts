import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a relative clause with a figure of its own keeps its words', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'the move outside the clause',
      ['Microsoft, which owns 49% of the for-profit entity, saw its stock edge up roughly 1% on the news.'],
      [
        ['microsoft-investment', '49%'],
        ['microsoft-share-move', 'roughly 1%'],
      ],
    ],
    [
      'in other words',
      ['Microsoft, which owns 49% of the commercial arm, rose 1.2% in premarket trading.'],
      [
        ['microsoft-investment', '49%'],
        ['microsoft-share-move', '1.2%'],
      ],
    ],
    [
      'a relative clause without a figure still names the topic',
      ['Swisher, who was tracking the tally, had put it at 505.'],
      [['staff-letter-signatories', '505']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });
});

describe('years in a job, carried from the sentence that names the person', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'the sentence before in the block',
      [
        'The clearest casualty so far is Jerry Tworek. The research vice-president quit in January, seven years after joining.',
      ],
      [['jerry-tworek-tenure', 'seven']],
    ],
    [
      'a transcript line',
      ['Jerry Tworek. Vice-president of research, there seven years, worked on reasoning.'],
      [['jerry-tworek-tenure', 'seven']],
    ],
    [
      'the block before',
      ['Jerry Tworek left in January.', 'He was there seven years.'],
      [['jerry-tworek-tenure', 'seven']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });

  it.each([
    [
      'years of something else',
      ['Jerry Tworek left in January. The lab is seven years old and the board met.'],
    ],
    [
      'years two people shared, with one named',
      ['Sam Altman left in January. Seven years after joining, he was back.'],
    ],
    ['a person no topic gives years for', ['Emmett Shear left in March.', 'He was there seven years.']],
  ])('no claim from %s', (_, blocks) => {
    expect(claims(blocks)).toEqual([]);
  });
});

describe('a count that did what only the whole group does', () => {
  it.each<[string, string]>([
    ['Four directors managed to blow this up in a weekend.', 'Four'],
    ['Four people made the decision, told almost no one in advance.', 'Four'],
    ['Four people fired Sam Altman on a Friday.', 'Four'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['board-size', wording]]);
  });

  it.each([
    'Two directors kept their seats.',
    'Three directors voted against him.',
    'Ten people made the decision to leave.',
    'Four people decided to sign the letter.',
    'Then four people made the decision.',
    'Four people nearly wrecked the company.',
  ])('no board size from "%s"', (text) => {
    expect(claims([text])).toEqual([]);
  });
});

describe('the subject of the verb that governs a sum is who acts, not what is measured', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'The company has tied up more than $10 billion in OpenAI.',
      [['microsoft-investment', 'more than $10 billion']],
    ],
    ['It bought a stake in OpenAI worth $10bn.', [['microsoft-investment', '$10bn']]],
    ['The company was valued at $86 billion.', [['openai-valuation', '$86 billion']]],
  ])('%s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});

describe('a value in a table row takes its row header', () => {
  it('the row header names the story’s own company, after a row naming another', () => {
    expect(
      claims([
        'The market, in three numbers',
        'Gemini monthly users',
        '650 million',
        'Anthropic share of enterprise AI',
        '40%',
        'OpenAI share of enterprise AI',
        '27%',
      ]),
    ).toEqual([
      ['gemini-monthly-users', '650 million'],
      ['enterprise-share-anthropic', '40%'],
      ['enterprise-share-openai', '27%'],
    ]);
  });

  it('the rows in the other order', () => {
    expect(
      claims(['Share of enterprise AI, OpenAI', '27%', 'Share of enterprise AI, Anthropic', '40%']),
    ).toEqual([
      ['enterprise-share-openai', '27%'],
      ['enterprise-share-anthropic', '40%'],
    ]);
  });

  it.each([
    ['a bare number under a heading of something else', ['Pages read this month', '650 million']],
    ['users of another product', ['Weekly visitors', '650 million']],
  ])('no claim from %s', (_, blocks) => {
    expect(claims(blocks)).toEqual([]);
  });
});

describe('a figure in an apposition to the subject takes what the sentence says of the subject', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Its backers, some 500 people out of a workforce of roughly 770, warned that they would quit and follow Altman.',
      [
        ['staff-letter-signatories', 'some 500'],
        ['openai-headcount', 'roughly 770'],
      ],
    ],
    [
      'The signers, about 500 of the staff at that point, said they would quit unless the board resigned.',
      [['staff-letter-signatories', 'about 500']],
    ],
  ])('%s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });

  it.each([
    'On Monday, some 500 reporters covering the conference in San Francisco, said they would quit the event.',
    'Its backers, some 500 firms in the region, are not the employees who would quit.',
  ])('no claim from "%s"', (text) => {
    expect(claims([text])).toEqual([]);
  });
});

describe('a total said after the count', () => {
  it.each<[string, Array<[string, string]>]>([
    ["Company is about 770 people total so that's basically everyone.", [['openai-headcount', 'about 770']]],
    ['OpenAI has roughly 770 employees in all.', [['openai-headcount', 'roughly 770']]],
    ['About 505 people total signed the letter.', [['staff-letter-signatories', 'About 505']]],
    ['Some 500 employees in all signed the letter by Monday.', [['staff-letter-signatories', 'Some 500']]],
  ])('%s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});

describe('a preposition heading a fact box line names no owner', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'To Meta: at least seven went to Meta Superintelligence Lab, the unit Mark Zuckerberg set up in the summer.',
      [['departures-to-meta-2025', 'at least seven']],
    ],
  ])('%s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });

  it('a company heading the line still owns it', () => {
    expect(claims(['Alphabet: shares rose 2% on Monday.'])).toEqual([]);
  });
});
