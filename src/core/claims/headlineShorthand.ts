import type { Frame } from '../dataset/schema.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { FrameMatch } from './detectStatements.ts';
import type { BlockReading } from './readReferences.ts';

/*
 * Headline grammar. Headlines, decks, alerts and table rows drop the verb and keep a particle:
 * "Altman to Microsoft" (joins). The line's shape says it is one: short, its own block, no full stop,
 * no question. The shorthand is read as the verb it stands for, and the claim is the one whose frame
 * has that verb for the person: the frames say it, not a list of headline words.
 * A bare "Brockman out" or "Shear in" says only that he left or arrived, not how or as what, which is
 * what every claim about it asks (quit or removed, interim or not): it is read as nothing.
 */

/** The longest block read as a headline, in words. */
const HEADLINE_WORDS = 14;
/** What ends a headline's clause: "Altman fired, Brockman quits", "Altman to Microsoft — Nadella". */
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '|', '-', '!', '/', '?', '”', '’', ']']);
/**
 * What the clause may go on with after "Altman to Microsoft": only what says when, with whom or as what
 * the move happens; "in doubt", "at risk", "over", "too" open a predicate about the move, not the move.
 */
const MOVE_TRAILERS = new Set(['after', 'amid', 'following', 'with', 'from', 'as']);
/** "as good as dead", "as likely as not": a comparison about the move, not "as AI chief". */
const COMPARISON_AS = 'as';
/**
 * "Altman to Microsoft: thanks for having my back" is the speech-headline form, X addressing Y:
 * what follows the colon speaks in the first or second person, or thanks or greets.
 */
const ADDRESS_WORDS = new Set([
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  "i'm",
  "we're",
  "you're",
  'thanks',
  'thank',
  'dear',
  'hello',
  'goodbye',
  'sorry',
  'please',
]);
/** "Altman to Microsoft — or back to OpenAI": an alternative, not a move. */
const ALTERNATIVE = 'or';
/** "Altman → Microsoft": the arrow a caption writes for "to". */
const MOVE_ARROW = '→';
/** The verb "X to <organisation>" stands for, as the frames write it. */
const JOINS = 'join';

/** A frame that reads "join" the organisation for the person, with nothing else after it. */
function framesFor(matcher: Matcher, person: string, organisation: string) {
  const fits: Array<{ claimId: string; frame: Frame }> = [];
  for (const claim of matcher.claims.values()) {
    for (const frame of claim.frames ?? []) {
      if (!frame.subject?.includes(person) || frame.demand) continue;
      if (!frame.acts?.includes(JOINS)) continue;
      if (!(frame.complement ?? []).includes(`@${organisation}`)) continue;
      fits.push({ claimId: claim.id, frame });
    }
  }
  return fits;
}

/** A block shaped like a headline: short, read whole, no full stop at its end, asking nothing. */
export function isHeadlineLine(reading: BlockReading): boolean {
  if (!reading.startsBlock) return false;
  const text = reading.text.trim();
  // "ALTMAN → MICROSOFT?!": a question mark with an exclamation mark is surprise, not a question.
  const asked = text.replace(EXCLAIMED_QUESTION, '!');
  if (/[.?…]["'”’)]*$/.test(asked) || asked.includes('?')) return false;
  let words = 0;
  for (const token of reading.tokens) if (token.isWord && ++words > HEADLINE_WORDS) return false;
  return words > 1;
}

/** "?!", "!?", "?!!": surprise. */
const EXCLAIMED_QUESTION = /\?+!+\?*|!+\?+!*/g;
/** A caption's opening quotation marks: its clause opens where they stand. */
const CAPTION_OPENERS = new Set(['"', '“', '‘', "'"]);

/** Where a clause of the headline starts: the line's start, or after a comma, dash or colon. */
function opensClause(reading: BlockReading, at: number): boolean {
  // "[Nadella post screenshot] “ALTMAN → MICROSOFT”": a caption's quotation marks open nothing of their own.
  while (at > 0 && CAPTION_OPENERS.has(reading.tokens[at - 1]!.text)) at--;
  if (at === 0 || CLAUSE_ENDS.has(reading.tokens[at - 1]!.text)) return true;
  // A table row's cells: "Nov 20<tab>Altman to Microsoft".
  return reading.text.slice(reading.tokens[at - 1]!.end, reading.tokens[at]!.start).includes('\t');
}

/** The clause ends at `at`, or goes on with a preposition: nothing else may follow the shorthand. */
function endsOrTrails(reading: BlockReading, at: number, trailers: ReadonlySet<string>): boolean {
  const token = reading.tokens[at];
  return !token || CLAUSE_ENDS.has(token.text) || trailers.has(token.lower);
}

/**
 * The person opening a clause: "Altman", "Sam Altman", "OpenAI's Altman" (an owner before the
 * name is the name's description). Returns the person's id and the token after the name.
 */
function openingPerson(matcher: Matcher, reading: BlockReading, at: number) {
  let ref = reading.refAt[at];
  if (!ref || ref.first !== at || !opensClause(reading, at)) return undefined;
  if (entityKind(matcher, ref.entities) === 'organisation') {
    // "OpenAI's Altman out": the organisation owns the person.
    const s = reading.tokens[ref.last + 1]?.lower;
    if (s !== "'s") return undefined;
    ref = reading.refAt[ref.last + 2];
    if (!ref) return undefined;
  }
  if (ref.conditional || ref.description || ref.entities.length !== 1) return undefined;
  if (entityKind(matcher, ref.entities) !== 'person') return undefined;
  return { person: ref.entities[0]!, after: ref.last + 1 };
}

function entityKind(matcher: Matcher, entities: string[]) {
  return entities.length === 1 ? matcher.entities.get(entities[0]!)?.kind : undefined;
}

/**
 * Headline shorthand for a claim: "Altman to Microsoft" (joins), opening a clause of a
 * headline-shaped block.
 */
export function headlineShorthand(matcher: Matcher, reading: BlockReading): FrameMatch[] {
  if (!isHeadlineLine(reading)) return [];
  const matches: FrameMatch[] = [];
  const { tokens } = reading;
  for (let at = 0; at < tokens.length; at++) {
    const opening = openingPerson(matcher, reading, at);
    if (!opening) continue;
    const { person, after } = opening;
    const word = tokens[after]?.lower;
    // "Altman → Microsoft": the arrow of a caption or a chart is the move.
    if (word === 'to' || word === MOVE_ARROW) {
      // "Altman to Microsoft": the organisation right after, and the clause ends or trails on.
      const org = reading.refAt[after + 1];
      if (!org || org.first !== after + 1 || entityKind(matcher, org.entities) !== 'organisation') continue;
      const next = org.last + 1;
      if (!endsOrTrails(reading, next, MOVE_TRAILERS)) continue;
      if (tokens[next]?.lower === 'as' && tokens[next + 2]?.lower === COMPARISON_AS) continue;
      const rest = tokens.slice(next);
      if (rest.some((token) => token.lower === ALTERNATIVE)) continue;
      if (
        tokens[next]?.text === ':' &&
        rest.some((token) => ADDRESS_WORDS.has(token.lower.replace('’', "'")))
      )
        continue;
      for (const { claimId, frame } of framesFor(matcher, person, org.entities[0]!))
        matches.push({ first: after, last: org.last, claimId, fact: frame.fact });
    }
  }
  // One mark per claim and place.
  return matches.filter(
    (m, k) => matches.findIndex((o) => o.claimId === m.claimId && o.first === m.first) === k,
  );
}
