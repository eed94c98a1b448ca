import { describe, expect, it } from 'vitest';
import { isOptionLine } from '../../src/core/page/optionLine.ts';
import { marked, STORY_LEAD } from './helpers/annotate.ts';

describe('optionLine', () => {
  it('knows a quiz’s or a poll’s options set side by side, however they are marked', () => {
    for (const line of [
      'A) He had broken the rules B) He was not consistently candid with it C) He had misused funds D) Nothing at all',
      '(a) Chief technology officer (b) Board member (c) Head of a new research unit',
      'a) Two voting seats b) The chair c) A non-voting observer d) Nothing',
      'A. Four B. Six C. Nine',
      'A) "We stand with him" B) "Mission first" C) "The company is nothing without its people"',
    ])
      expect([line, isOptionLine(line)]).toEqual([line, true]);
  });

  it('leaves a list of facts that runs on in prose, initials and a lone option', () => {
    for (const line of [
      'Two things happened: a) the board fired its chief, and b) staff threatened to quit.',
      'a) the board fired its chief executive; b) staff threatened to quit; c) investors pushed back.',
      'A. Smith and B. Jones signed the letter.',
      'A) The board fired its chief executive on Friday.',
      'B) He was not consistently candid with the board.',
      'Plan A) fell through; Plan B) was worse.',
    ])
      expect([line, isOptionLine(line)]).toEqual([line, false]);
  });

  it('marks no statement in a line of options, and keeps the answer told in a sentence', () => {
    const options =
      'A) He had broken safety rules B) He was not consistently candid in his communications with the board C) He had misused funds';
    const statements = (blocks: string[]) => marked([STORY_LEAD, ...blocks], 'claim').slice(1);
    expect(marked([STORY_LEAD], 'claim')).toHaveLength(1);
    expect(statements(['Why did OpenAI’s board remove Sam Altman?', options])).toEqual([]);
    expect(
      statements([
        'Why did OpenAI’s board remove Sam Altman?',
        'The board said Altman was not consistently candid in his communications with it.',
      ]).map(([id]) => id),
    ).toContain('firing-reason');
    expect(
      statements([
        'What we know: a) the board said Altman was not consistently candid in his communications with it, and b) Microsoft hired him.',
      ]).map(([id]) => id),
    ).toContain('firing-reason');
  });
});
