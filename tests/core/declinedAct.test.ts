import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * An act governed by "declined to" ("the board declined to bring back Altman") was turned down, not
 * done. "Declined" with no "to" ("shares declined as…") governs no act and leaves it stated. Every
 * sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';

/** The ids of the claims marked in the last block. */
function lastClaims(blocks: string[]): string[] {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => h.id);
}

describe('an act declined is not done', () => {
  it.each([
    'On Sunday the directors declined to bring back Sam Altman, and named a new interim chief.',
    'OpenAI declines to reinstate Altman as talks collapse',
    'The board, declining to rehire Altman, turned to an outsider instead.',
    'Its remaining members had declined to take Altman back, two people said.',
  ])('%s', (text) => expect(lastClaims([LEAD, text])).not.toContain('altman-returns-as-ceo'));
});

describe('"declined" that governs no act leaves it stated', () => {
  it.each([
    'Microsoft shares declined briefly before OpenAI brought Altman back as chief executive.',
    'Trading volume declined after the board reinstated Altman on Wednesday.',
    'Interest in the story declined once Altman returned as CEO.',
  ])('%s', (text) => expect(lastClaims([LEAD, text])).toContain('altman-returns-as-ceo'));
});
