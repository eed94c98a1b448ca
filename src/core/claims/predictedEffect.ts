import type { BlockReading } from './readReferences.ts';
import { isAdverb } from './readClause.ts';

/*
 * The act's noun as the subject of a modal ("his return would tighten his grip", "Altman's comeback may
 * not fix the governance gaps", "the return of Mr Altman would not by itself fix the issues"): a
 * prediction of what the act will do, said of an act taken as possible, not the act stated (round 25's
 * decision). A verb of the act's own happening stays the act told ("the return would come days later",
 * "his reinstatement would be made formal"): that is the narrative's future, judged elsewhere.
 */

/** Modals of a prediction. */
const MODALS = /^(?:would|will|could|may|might|can|should|'ll|'d|wo|ca)$/;
/** Words between the modal and its verb ("would not by itself", "may well", "could yet"). */
const BETWEEN = /^(?:not|n't|never|by|itself|alone|also|only|still|yet|well|even|ever|soon|then|eventually)$/;
/** Verbs of the act's own happening, not of its effect. */
const HAPPENING = /^(?:be|come|happen|follow|go|arrive|take)$/;
/** How many words may stand between the modal and its verb. */
const BETWEEN_REACH = 3;

/** The noun phrase ending at `end` is the subject of a modal whose verb tells an effect, not the act happening. */
export function predictedEffect(reading: BlockReading, end: number): boolean {
  const { tokens, sentenceOf } = reading;
  const modal = tokens[end + 1];
  if (!modal || sentenceOf[end + 1] !== sentenceOf[end] || !MODALS.test(modal.lower)) return false;
  let k = end + 2;
  while (
    k <= end + 1 + BETWEEN_REACH &&
    (BETWEEN.test(tokens[k]?.lower ?? '') || isAdverb(tokens[k]?.lower ?? ''))
  )
    k++;
  const verb = tokens[k];
  return !!verb && verb.isWord && sentenceOf[k] === sentenceOf[end] && !HAPPENING.test(verb.lower);
}
