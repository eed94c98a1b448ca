import type { BlockReading } from './readReferences.ts';

/** Verbs of belief: what follows them is what someone takes to be so, not what the page says is. */
const BELIEVING = new Set([
  ...['think', 'thinking', 'believe', 'believing', 'assume', 'assuming', 'conclude', 'concluding'],
  ...['imagine', 'imagining', 'suppose', 'supposing', 'presume', 'presuming', 'figure', 'gather'],
]);
/** Modals that put a belief in the future or in a supposed world ("will think", "you'd assume"). */
const MODALS = new Set(['will', 'would', "'ll", "'d", 'might', 'may', 'could', 'can', 'must', 'should']);
/** Adverbs a modal may take before its belief ("would probably think", "might easily assume"). */
const HEDGES = new Set([
  'probably',
  'easily',
  'naturally',
  'surely',
  'likely',
  'reasonably',
  'still',
  'then',
]);

/**
 * "Readers skimming the list will think Altman worked there", "you'd assume he was fired", "one might
 * conclude Sam had quit", "you could be forgiven for thinking Altman was back": a belief someone would
 * or will hold is no fact the page states. A belief held ("staff believed he had been wronged") is left
 * to the clause reader. `k` is the word read.
 */
export function unheldBelief(reading: BlockReading, k: number): boolean {
  const { tokens } = reading;
  if (!BELIEVING.has(tokens[k]!.lower)) return false;
  let j = k - 1;
  if (HEDGES.has(tokens[j]?.lower ?? '')) j--;
  const before = tokens[j]?.lower ?? '';
  if (MODALS.has(before)) return true;
  // "could be forgiven for thinking": the belief is excused, so not the page's.
  return before === 'for' && /^forgiven$/.test(tokens[j - 1]?.lower ?? '');
}
