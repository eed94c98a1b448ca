import { describe, expect, it } from 'vitest';
import { isPossessedMoney } from '../../src/core/claims/possessedMoney.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Money in a noun an organisation possesses ("Microsoft's outlay … $13bn", "the tech giant's
 * commitment … $13 billion") is what it put in, never a valuation. Every sentence is invented.
 */

const ids = (text: string) => figureClaimsAfterLead([text]).map(([id]) => id);

describe('possessed money is never a valuation', () => {
  it.each([
    "For Microsoft the stakes are high. Microsoft's outlay on the start-up so far stands at $13bn.",
    "Microsoft's spending on the start-up has reached $13bn so far.",
    "The tech giant's commitment to the young company now totals $13 billion.",
    "Microsoft's backing of the start-up is put at $13 billion.",
    // Money put in with any verb of putting is no valuation either.
    'The company best known for Windows has funnelled $13 billion into OpenAI.',
    'The company has channelled $13bn into the start-up.',
  ])('“%s” is no valuation', (text) => {
    expect(ids(text)).not.toContain('openai-valuation');
  });

  it('still reads a valuation', () => {
    expect(ids("OpenAI's valuation climbed to $86 billion.")).toContain('openai-valuation');
  });

  it('reads the possessed noun and what stands between', () => {
    expect(isPossessedMoney("Microsoft's outlay on the start-up so far stands at ")).toBe(true);
    expect(isPossessedMoney("SoftBank's latest cheque, ")).toBe(true);
    expect(isPossessedMoney("the giant's commitment of ")).toBe(true);
    // A value word gives the valuation back; a new sentence ends the noun's reach.
    expect(isPossessedMoney("Microsoft's stake values the start-up at ")).toBe(false);
    expect(isPossessedMoney("Microsoft's stake is large. The start-up is valued at ")).toBe(false);
    expect(isPossessedMoney("OpenAI's valuation climbed to ")).toBe(false);
    expect(isPossessedMoney('The company raised ')).toBe(false);
  });
});
