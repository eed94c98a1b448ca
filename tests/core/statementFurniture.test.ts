import { describe, expect, it } from 'vitest';
import { isStatementFurniture } from '../../src/core/page/statementFurniture.ts';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

describe('hatnotes, reference entries and inserts are furniture for statements', () => {
  it.each([
    'For the events of November 2023, see Dismissal and reinstatement of Sam Altman.',
    'For other uses, see Board (disambiguation).',
    'See also: Microsoft hires Altman to lead AI unit',
    'Main article: Removal of Sam Altman from OpenAI',
    '"Sam" redirects here. For the chatbot, see ChatGPT.',
    'This article is about the company. For the chatbot, see ChatGPT.',
    '^ a b "Altman officially back; Microsoft gets observer seat". The Verge. 29 November 2023.',
    '^ "Microsoft hires Altman". Reuters.',
    '↑ "OpenAI board fires Altman". AP.',
    '[12] Metz, C. "Altman is back at OpenAI." The Times, 22 Nov 2023.',
    'Read also: Microsoft hires ousted OpenAI boss',
    'ADVERTISEMENT — Balloon tours from 3,500 TL',
  ])('%j', (text) => {
    expect(isStatementFurniture(text)).toBe(true);
  });

  it.each([
    'For the board, seeing Altman return was a defeat.',
    'For now, Altman is back at OpenAI.',
    'See how Microsoft hired Altman within a weekend.',
    'Altman is back at the helm of OpenAI.',
    'The board said Altman "was not consistently candid".',
    'Related to the firing, Microsoft hired Altman.',
    '12 directors voted to reinstate him.',
    'Microsoft hired Altman, “effective immediately,” Nadella, Nov. 20, 2023.',
    '“We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO,” OpenAI, Nov. 22, 2023.',
  ])('but a sentence of the story is not: %j', (text) => {
    expect(isStatementFurniture(text)).toBe(false);
  });

  it('a line that states the claim, quotes a phrase and ends with its source and date keeps its mark', () => {
    const claims = (line: string) =>
      annotate([STORY_LEAD, line])
        .blocks[1]!.filter((h) => h.kind === 'claim')
        .map((h) => h.id);
    expect(claims('Microsoft hired Altman, “effective immediately,” Nadella, Nov. 20, 2023.')).toContain(
      'altman-joins-microsoft',
    );
    expect(claims('Microsoft took Altman on, “effective immediately,” Nadella, 20 November 2023.')).toContain(
      'altman-joins-microsoft',
    );
    expect(
      claims(
        '“We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO,” OpenAI, Nov. 22, 2023.',
      ),
    ).toContain('altman-returns-as-ceo');
    // A cited work's title states no claim of this page.
    expect(claims('Wire desk, “Microsoft hires Altman to lead new AI team,” Nov. 20, 2023.')).toEqual([]);
  });
});
