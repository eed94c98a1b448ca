import type { BlockReading, ReadingContext } from './readReferences.ts';

/**
 * "The reinstatement was completed on 29 November", "When the return was announced, one outlet…", "the
 * morning after the return deal was announced": on a page about the story, a definite return noun that
 * no one owns, told as done, is the story's one return, even where the page told it paragraphs before
 * or never in so many words. A return is not a generic act (a move, a pick, an appointment): the story
 * has one, so the noun needs no antecedent, only a page that names the one who returned (selectHighlights
 * checks) and no one else's return in play near it ("Brockman came back in 2024. The return was quiet").
 */

/** Nouns that name a return to a post, and nothing else the story holds. */
const RETURN_NOUNS = new Set([
  ...['return', 'reinstatement', 're-instatement', 'comeback', 'rehiring', 're-hiring', 'homecoming'],
  ...['reappointment', 're-appointment'],
]);

/** Words that tell someone's return ("Brockman returned", "she is back", "rejoined in 2024"). */
const RETURN_WORDS = [
  ...['return', 'returns', 'returned', 'returning', 'rejoin', 'rejoins', 'rejoined', 'rejoining'],
  ...['comeback', 'reinstated', 'reinstatement', 'rehired', 'rehiring', 'reappointed', 'reappointment'],
];
/** In a sentence that names them, "back" tells it too ("Brockman came back in 2024"). */
const IS_RETURN_WORD = new Set([...RETURN_WORDS, 'back']);

/** The noun from `at` to `end` names a return alone ("the return", "the reinstatement"). */
export function isReturnNoun(reading: BlockReading, at: number, end: number): boolean {
  return at === end && RETURN_NOUNS.has(reading.tokens[at]!.lower);
}

/**
 * Someone other than `concerns` accepts is told returning before `det`: in a sentence of the reading
 * that names them with a return word, or in the block before, whose last person is theirs.
 */
export function otherReturnBefore(
  reading: BlockReading,
  det: number,
  context: ReadingContext | undefined,
  concerns: (entities: string[]) => boolean,
): boolean {
  const { tokens, refAt, sentences, sentenceOf, people } = reading;
  for (let s = sentenceOf[det]!; s >= 0; s--) {
    const { first } = sentences[s]!;
    const last = s === sentenceOf[det] ? det - 1 : sentences[s]!.last;
    let other = false;
    let returning = false;
    for (let k = first; k <= last; k++) {
      const ref = refAt[k];
      if (
        ref?.first === k &&
        !ref.conditional &&
        ref.entities.some((id) => people.has(id)) &&
        !concerns(ref.entities)
      )
        other = true;
      if (IS_RETURN_WORD.has(tokens[k]!.lower)) returning = true;
    }
    if (other && returning) return true;
  }
  if (!reading.startsBlock || !context?.lastPerson || concerns([context.lastPerson])) return false;
  // Words only, with no sentence to tie them to: not "back", which a block uses of anything.
  return RETURN_WORDS.some((word) => context.words.has(word));
}
