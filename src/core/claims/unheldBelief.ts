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

/** Words after a belief that overrule it ("but he did", "yet it happened", "but it was true"). */
const BUT = new Set(['but', 'yet']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'that', 'this']);
const AFFIRMING = new Set(['did', 'had', 'has', 'was', 'were', 'is', 'happened', 'does']);
/** How far after the act the writer may overrule the belief. */
const OVERRULE_REACH = 20;

/**
 * "Few would believe that Altman returned within five days, but he did": the writer affirms the act
 * the belief doubts, so the act is stated after all.
 */
function overruled(reading: BlockReading, act: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (
    let k = act + 1;
    k < Math.min(tokens.length, act + OVERRULE_REACH) && sentenceOf[k] === sentenceOf[act];
    k++
  ) {
    if (!BUT.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'in' && tokens[j + 1]?.lower === 'fact') j += 2;
    if (!PRONOUNS.has(tokens[j]?.lower ?? '') && !reading.refAt[j]) continue;
    while (reading.refAt[j] && reading.refAt[j + 1] === reading.refAt[j]) j++;
    if (AFFIRMING.has(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Readers skimming the list will think Altman worked there", "you'd assume he was fired", "one might
 * conclude Sam had quit", "you could be forgiven for thinking Altman was back": a belief someone would
 * or will hold is no fact the page states. A belief held ("staff believed he had been wronged") is left
 * to the clause reader; "will think twice" is caution, no belief; "few would believe he returned, but he
 * did" is overruled by the writer. `k` is the word read, `act` the act the belief would hold.
 */
export function unheldBelief(reading: BlockReading, k: number, act: number): boolean {
  const { tokens } = reading;
  if (!BELIEVING.has(tokens[k]!.lower)) return false;
  // "will think twice", "would think again": caution, not a belief about the act.
  if (/^(?:twice|again|hard|better)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  let j = k - 1;
  if (HEDGES.has(tokens[j]?.lower ?? '')) j--;
  const before = tokens[j]?.lower ?? '';
  // "could be forgiven for thinking": the belief is excused, so not the page's.
  const unheld = MODALS.has(before) || (before === 'for' && /^forgiven$/.test(tokens[j - 1]?.lower ?? ''));
  return unheld && !overruled(reading, act);
}
