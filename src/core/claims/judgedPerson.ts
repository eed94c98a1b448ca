import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import type { BlockReading } from './readReferences.ts';

/** One person's pronouns, owning the capacity or taking the judgement ("his capacity", "found him unfit"). */
const ONE_PERSON = new Set(['his', 'her', 'him']);

/**
 * "The board said it had lost faith in his capacity to run the company", "deemed him unfit to lead",
 * "questioned Altman's ability to oversee": a wording of unfitness whose owner or object is one person
 * judges that person, not the board the staff letter judged ("their capacity to oversee", "the board's
 * competence to run", "directors unfit to govern").
 */
export function judgesOnePerson(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  const before = tokens[at - 1]?.lower ?? '';
  if (ONE_PERSON.has(before)) return true;
  if (before !== "'s" && before !== '’s') return false;
  const owner = reading.refAt[at - 2];
  return (
    !!owner &&
    !owner.description &&
    /^\p{Lu}/u.test(tokens[at - 2]!.text) &&
    !owner.entities.includes(STORY_ORGANISATION)
  );
}
