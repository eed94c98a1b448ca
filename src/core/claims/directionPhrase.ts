import type { BlockReading } from './readReferences.ts';

/** Words that open a wording that is only a direction ("into ChatGPT", "toward its chatbot"). */
const DIRECTIONS = new Set(['into', 'toward', 'towards']);
/**
 * Verbs and nouns of moving people, money or compute ("shifting", "pouring", "steered", "the pivot"),
 * and the particles of taking them from elsewhere ("away from", "off", "out of").
 */
const MOVING =
  /^(?:shift|mov|steer|pull|pour|push|funnel|channel|divert|redirect|realloc|re-alloc|direct|fold|pivot|tilt|reorient|refocus|send|sent|put|throw|threw|plough|plow|sink|sank|sunk|invest|reassign|transfer|swing|swung|turn|prioriti[sz]|rerout|re-rout|drain|herd|corral|away$|off$|out$)/;
/** How far back in its sentence the moving may be told. */
const MOVING_REACH = 12;

/**
 * "You can type a question into ChatGPT", "attitudes toward the chatbot": a wording that is only a
 * direction states the shift of resources only where its clause tells something moved ("pouring
 * compute into ChatGPT", "away from research and toward ChatGPT").
 */
export function directionWithoutMove(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  if (!DIRECTIONS.has(tokens[at]!.lower)) return false;
  for (let k = at - 1; k >= 0 && at - k <= MOVING_REACH && sentenceOf[k] === sentenceOf[at]; k--) {
    if (/^[;:—–]$/.test(tokens[k]!.text)) break;
    if (MOVING.test(tokens[k]!.lower)) return false;
  }
  return true;
}
