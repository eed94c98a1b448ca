import type { BlockReading } from './readReferences.ts';

/**
 * Nouns for talk nobody stands behind, or for talks and efforts towards an act not yet done, after a
 * noun for the act they are about ("return rumours", "comeback talk", "return talks", "comeback bid").
 */
const TALK_NOUNS = new Set([
  ...['rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'chatter', 'gossip', 'talk', 'whispers'],
  ...['buzz', 'murmurs', 'hopes', 'hype', 'theory', 'theories'],
  // Talks and efforts towards the act: "Altman return talks", "the reinstatement push", "comeback bid".
  ...['talks', 'negotiations', 'discussions', 'deliberations', 'bid', 'bids', 'push', 'effort', 'efforts'],
  ...['campaign', 'attempt', 'attempts', 'plan', 'plans', 'proposal', 'scenario'],
]);

/**
 * "The Altman return rumours were false", "Altman's comeback speculation grew", "Altman return talks": a
 * noun for the act (or a headline's bare verb) that modifies a noun for talk names what the talk is
 * about; it does not tell the act.
 */
export function talkAbout(reading: BlockReading, last: number): boolean {
  const next = reading.tokens[last + 1];
  // "names Shear CEO as Altman talks collapse": a mark that ends on a name is no noun for the act.
  if (reading.refAt[last]) return false;
  return !!next && reading.sentenceOf[last + 1] === reading.sentenceOf[last] && TALK_NOUNS.has(next.lower);
}
