import type { BlockReading } from './readReferences.ts';

/** Nouns for talk nobody stands behind, after a noun for the act they are about ("return rumours", "comeback talk"). */
const TALK_NOUNS = new Set([
  ...['rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'chatter', 'gossip', 'talk', 'whispers'],
  ...['buzz', 'murmurs', 'hopes', 'hype', 'theory', 'theories'],
]);

/**
 * "The Altman return rumours were false", "Altman's comeback speculation grew": a noun for the act that
 * modifies a noun for talk names what the talk is about; it does not tell the act.
 */
export function talkAbout(reading: BlockReading, last: number): boolean {
  const next = reading.tokens[last + 1];
  return !!next && reading.sentenceOf[last + 1] === reading.sentenceOf[last] && TALK_NOUNS.has(next.lower);
}
