import { CAPACITY } from './statementFamilies.ts';
import type { BlockReading } from './readReferences.ts';

const CAPACITY_NOUNS = new Set(CAPACITY);
/** Words that deny or doubt a capacity before "the": "lacking the ability", "questioned the competence". */
const WANTING =
  /^(?:lack|lacks|lacked|lacking|without|want|wanting|question|questions|questioned|questioning|doubt|doubts|doubted|doubting|denied|denies|deny)$/;

/**
 * "the same as the ability to govern", "the capacity to run a lab": a capacity noun after a bare "the"
 * names the capacity and judges no one; only a want or a doubt before it ("lacking the ability to
 * govern") makes it the letter's judgement. An owner ("their capacity", "the board's competence") is
 * read as before.
 */
export function capacityWithoutWant(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  if (!CAPACITY_NOUNS.has(tokens[at]!.lower) || tokens[at - 1]?.lower !== 'the') return false;
  return !WANTING.test(tokens[at - 2]?.lower ?? '');
}
