import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text], '2026-02-01');

describe('how many people a report rests on', () => {
  it.each([
    'A report sourced to ten people who work or worked there said research had been sidelined.',
    'The paper based its account on conversations with ten people at the lab.',
    'Its story relies on interviews with ten current and former staff.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([['research-shift-interviewees', 'ten']]);
  });

  it.each([
    // The page's own sources, picked out and quoted.
    'Three people who left OpenAI said they were frustrated.',
    'Two people familiar with the matter said the talks had stalled.',
  ])('counts no report’s sources in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('shares in a caption that names its measure first', () => {
  it('reads each company’s share of the measure', () => {
    expect(
      marks(
        'Enterprise market share for AI models. Source: Menlo Ventures. Anthropic 40 per cent, OpenAI 27 per cent.',
      ),
    ).toEqual([
      ['enterprise-share-anthropic', '40 per cent'],
      ['enterprise-share-openai', '27 per cent'],
    ]);
  });

  it('takes no measure from a sentence that names none', () => {
    expect(marks('Microsoft shares rose on Monday. Alphabet 2 per cent, Meta 1 per cent.')).toEqual([]);
  });
});

describe('a report’s sources counted as insiders or sources', () => {
  it.each([
    'Those ten insiders describe OpenAI’s retreat from research',
    'The sources: ten insiders, past and present.',
    'So they’ve got ten sources, current and former, all saying roughly the same thing.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([['research-shift-interviewees', 'ten']]);
  });

  it.each([
    // The page's own sources speaking.
    'Three sources said the board would meet on Sunday.',
    'Two insiders told Reuters that OpenAI was in talks.',
    'Five sources familiar with the talks said OpenAI was close to a deal.',
    // An aggregator's count of the articles in a story.
    'OpenAI shifts compute to ChatGPT · Updated 2:25 PM ET · 6 sources',
  ])('no count of the report’s sources in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
