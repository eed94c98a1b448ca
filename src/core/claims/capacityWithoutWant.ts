import { CAPACITY } from './statementFamilies.ts';
import type { BlockReading } from './readReferences.ts';

const CAPACITY_NOUNS = new Set(CAPACITY);
/**
 * Words that deny or doubt a capacity a few words before "the": "lacking the ability", "questioned the
 * competence", "did not have the competence", "neither the competence nor the judgement", "short of the".
 */
const WANTING =
  /^(?:lack|lacks|lacked|lacking|without|want|wanting|question|questions|questioned|questioning|doubt|doubts|doubted|doubting|denied|denies|deny|not|n't|no|neither|nor|never|short|devoid|bereft)$/;
/** How many words before "the" the want may stand ("did not possess the"). */
const WANT_REACH = 3;

/**
 * "the same as the ability to govern", "the capacity to run a lab": a capacity noun after a bare "the"
 * names the capacity and judges no one; only a want or a doubt before it ("lacking the ability to
 * govern") makes it the letter's judgement. An owner ("their capacity", "the board's competence") is
 * read as before.
 */
export function capacityWithoutWant(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  if (!CAPACITY_NOUNS.has(tokens[at]!.lower) || tokens[at - 1]?.lower !== 'the') return false;
  for (let k = at - 2; k >= Math.max(0, at - 1 - WANT_REACH); k--)
    if (WANTING.test(tokens[k]!.lower)) return false;
  return true;
}
