import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/** Words that join two people as one phrase ("him and Brockman", "him as well as Brockman"). */
const JOINERS = [['and'], ['or'], ['plus'], ['alongside'], ['as', 'well', 'as'], ['along', 'with']];
/** Joiners a name may stand before the pronoun with ("Brockman and him"). */
const JOINERS_BEFORE = new Set(['and', 'or']);
/** Object pronouns: after "Altman and" a subject "he" opens a clause of its own ("fired Altman and he left"). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Words after a name that make ", and Brockman" an afterthought to the phrase, not a new clause's subject. */
const AFTERTHOUGHT = new Set(['too', 'also', 'as', 'besides']);

/** The joiner that starts at token `k`: how many tokens it spans, or 0. */
function joinerAt(tokens: Token[], k: number): number {
  for (const words of JOINERS) if (words.every((w, n) => tokens[k + n]?.lower === w)) return words.length;
  return 0;
}

/** The one person a name reference at `k` names, else undefined. */
function personAt(refAt: Array<Reference | undefined>, k: number, isPerson: (id: string) => boolean) {
  const ref = refAt[k];
  if (!ref || ref.conditional || ref.description || ref.entities.length !== 1) return undefined;
  return isPerson(ref.entities[0]!) ? ref.entities[0] : undefined;
}

/**
 * "hired him and Brockman", "hired him, and Brockman too", "took on Brockman and him": a pronoun joined
 * to a name as one phrase means someone else than that name (one does not pair a person with himself).
 * Given the pronoun at `i`, the people so joined to it, whom it cannot mean.
 */
export function peopleCoordinatedWith(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
  isPerson: (id: string) => boolean,
): string[] {
  const people: string[] = [];
  const comma = tokens[i + 1]?.text === ',';
  const k = comma ? i + 2 : i + 1;
  const span = joinerAt(tokens, k);
  const after = span ? personAt(refAt, k + span, isPerson) : undefined;
  // After a comma, "him, and Brockman too": not "fired him, and Brockman quit", a clause of its own.
  const afterEnd = after ? refAt[k + span]!.last + 1 : 0;
  if (
    after &&
    (!comma || AFTERTHOUGHT.has(tokens[afterEnd + (tokens[afterEnd]?.text === ',' ? 1 : 0)]?.lower ?? ''))
  )
    people.push(after);
  if (OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') && JOINERS_BEFORE.has(tokens[i - 1]?.lower ?? '')) {
    let n = i - 2;
    if (tokens[n]?.text === ',') n--;
    const ref = refAt[n];
    const before = ref ? personAt(refAt, ref.first, isPerson) : undefined;
    if (before) people.push(before);
  }
  return people;
}
