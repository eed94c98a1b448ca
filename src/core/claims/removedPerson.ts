import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';
import type { Description } from './readDescriptions.ts';
import { datasetGender, type Gender } from './ownPronouns.ts';

/*
 * "The man the board had thrown out was back", "the boss OpenAI sacked on a Friday", "the executive who
 * was ousted last week", "the chief executive that his own directors pushed out", "the founder they
 * showed the door": a person told by their removal, with the removed one as the clause's gap. It names
 * the one person whose dataset role says they were removed ("removed by the board on 17 Nov"), and only
 * when exactly one role says so and the noun's gender, if it has one, is theirs.
 * Not "the man who fired him" (the remover: "who" right before the verb), nor a clause whose verb has
 * an object of its own ("the director the board told to fire Altman").
 */

/** What a role says of someone removed from their post. */
const REMOVED_ROLE = /\b(?:removed|fired|ousted|sacked|dismissed|deposed|forced out|pushed out)\b/i;
/** Nouns for a person, and the gender each one asks of the dataset, if any. */
const PERSON_NOUNS = new Map<string, 'he' | 'she' | undefined>([
  ...['man', 'guy', 'fellow', 'boy', 'chap', 'businessman', 'frontman'].map((n) => [n, 'he'] as const),
  ...['woman', 'businesswoman', 'frontwoman'].map((n) => [n, 'she'] as const),
  ...['person', 'executive', 'exec', 'entrepreneur', 'boss', 'chief', 'ceo', 'leader'].map(
    (n) => [n, undefined] as const,
  ),
  ...['founder', 'co-founder', 'cofounder', 'one', 'figure', 'wunderkind', 'whizzkid'].map(
    (n) => [n, undefined] as const,
  ),
]);
/** Two-word nouns: "the chief executive", "the tech boss". */
const TWO_WORD_NOUNS = new Set(['chief executive', 'tech boss', 'tech executive', 'tech chief']);
/** Relatives that open the clause ("the man whom the board fired"); without one it is a contact clause. */
const RELATIVES = new Set(['who', 'whom', 'that']);
/** Verbs of telling, after which a noun and a clause may be what was told ("told the CEO they fired him"). */
const TELLING = new Set([
  ...['told', 'tell', 'tells', 'informed', 'warned', 'assured', 'reminded', 'asked', 'showed', 'convinced'],
  ...['persuaded', 'notified', 'promised', 'taught', 'said', 'says'],
]);
/** Removals that take their object directly: "the boss OpenAI sacked". */
const REMOVAL_VERBS = new Set([
  ...['fired', 'ousted', 'sacked', 'axed', 'removed', 'dismissed', 'dumped', 'deposed', 'toppled'],
  ...['ejected', 'expelled', 'defenestrated', 'ditched', 'canned', 'jettisoned', 'unseated'],
]);
/** Removals that end with "out": "the man the board had thrown out". */
const OUT_VERBS = new Set([
  ...['thrown', 'threw', 'pushed', 'forced', 'kicked', 'voted', 'booted', 'turfed', 'drummed'],
  ...['eased', 'shoved', 'squeezed', 'frozen', 'froze', 'cast', 'tossed', 'bundled', 'hounded'],
]);
/** Removals with a noun after them: "sent packing", "showed the door". */
const IDIOM_ENDS: Array<[Set<string>, string[]]> = [
  [new Set(['sent']), ['packing']],
  [new Set(['showed', 'shown']), ['the', 'door']],
  [new Set(['gave', 'given']), ['the', 'boot']],
  [new Set(['gave', 'given']), ['the', 'push']],
];
/** Auxiliaries and adverbs between the clause's subject and its verb ("had abruptly fired"). */
const BETWEEN = /^(?:had|has|have|'d|just|abruptly|summarily|suddenly|so|briefly|unceremoniously|\p{L}+ly)$/u;
/** Passive auxiliaries after "who"/"that": "who was fired", "that had been pushed out". */
const PASSIVE = /^(?:was|were|had|has|been|got|is|being)$/;
/** Words that may open the clause's own subject: "the board", "its own directors", "they", "OpenAI". */
const SUBJECT_OPENERS = new Set([
  ...['the', 'its', 'his', 'her', 'their', 'our', 'they', 'it', 'he', 'she', 'we', 'you', 'i'],
  ...['directors', 'investors', 'shareholders', 'colleagues', 'rivals'],
]);
/** How many tokens the clause's own subject may take ("OpenAI 's own board of directors"). */
const SUBJECT_REACH = 6;
/** A time after the verb that still belongs to the clause: "on Friday", "last week", "days earlier". */
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|november|days?|weeks?|earlier|before|ago|previously|just|only)$/;
const TIME_OPENERS = new Set([
  'on',
  'last',
  'that',
  'this',
  'in',
  'days',
  'a',
  'just',
  'only',
  'five',
  'four',
]);

/** The tokens after `at` that close a removal verb: "out", "packing", "the door"; -1 if none do. */
function removalEnd(tokens: Token[], at: number): number {
  const word = tokens[at]?.lower ?? '';
  if (REMOVAL_VERBS.has(word)) return tokens[at + 1]?.lower === 'out' ? at + 1 : at;
  if (OUT_VERBS.has(word)) return tokens[at + 1]?.lower === 'out' ? at + 1 : -1;
  for (const [verbs, words] of IDIOM_ENDS)
    if (verbs.has(word) && words.every((w, n) => tokens[at + 1 + n]?.lower === w)) return at + words.length;
  return -1;
}

/** A short time phrase after the clause's verb, kept in the description ("on a Friday", "last week"). */
function timeEnd(tokens: Token[], last: number): number {
  if (!TIME_OPENERS.has(tokens[last + 1]?.lower ?? '')) return last;
  for (let k = last + 3; k >= last + 2; k--) if (TIME_WORDS.test(tokens[k]?.lower ?? '')) return k;
  return last;
}

/** Words of a passive's agent after "by": "by its own board", "by OpenAI's directors". */
const AGENT_WORDS =
  /^(?:the|its|his|her|their|own|'s|board|directors|investors|company|firm|start-up|startup)$/;

/** A passive's agent after `last`, kept in the description ("who was sacked by OpenAI's board"). */
function agentEnd(tokens: Token[], refAt: Array<Reference | undefined>, last: number): number {
  if (tokens[last + 1]?.lower !== 'by') return last;
  let k = last + 2;
  let end = last;
  while (k <= last + 6) {
    const ref = refAt[k];
    if (ref?.first === k) k = ref.last + 1;
    else if (AGENT_WORDS.test(tokens[k]?.lower ?? '')) k++;
    else break;
    end = k - 1;
  }
  return end;
}

/**
 * Each matcher's one removed person and the pronoun the dataset uses for them, or null: read once, as
 * datasetGender reads every description of the dataset (a pattern of all its people's names).
 */
const removedByMatcher = new WeakMap<Matcher, { id: string; gender: Gender | undefined } | null>();

/** The one person whose role says they were removed, or undefined when none or several do. */
function removedPerson(matcher: Matcher, gender: Gender | undefined): string | undefined {
  let removed = removedByMatcher.get(matcher);
  if (removed === undefined) {
    const entities = [...matcher.entities.values()];
    const people = entities.filter((e) => e.kind === 'person' && REMOVED_ROLE.test(e.role));
    removed = people.length === 1 ? { id: people[0]!.id, gender: datasetGender(people[0]!, entities) } : null;
    removedByMatcher.set(matcher, removed);
  }
  if (!removed || (gender && removed.gender !== gender)) return undefined;
  return removed.id;
}

/** Participles of removal before the noun: "the ousted boss", "the sacked OpenAI chief executive". */
const REMOVED_ADJECTIVES = new Set([
  ...['ousted', 'sacked', 'fired', 'deposed', 'axed', 'dumped', 'dismissed', 'defenestrated'],
  ...['toppled', 'unseated', 'booted', 'ditched', 'canned', 'jettisoned'],
]);
/** Words that carry "chief" on to another post ("the ousted chief scientist"). */
const CHIEF_GOES_ON =
  /^(?:scientist|technology|operating|financial|product|research|officer|commercial|legal|people|strategy)$/;

/** "the ousted boss", "the sacked OpenAI chief executive", "the fired co-founder": `the` at `i`. */
function attributiveRemoval(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
): Description | undefined {
  if (!REMOVED_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') || refAt[i + 1]) return undefined;
  let k = i + 2;
  // "the ousted OpenAI boss": the organisation's name before the noun.
  const named = refAt[k];
  if (named?.first === k) {
    if (matcher.entities.get(named.entities[0]!)?.kind !== 'organisation') return undefined;
    k = named.last + 1;
  }
  let last: number;
  if (TWO_WORD_NOUNS.has(`${tokens[k]?.lower} ${tokens[k + 1]?.lower}`) && !refAt[k + 1]) last = k + 1;
  else if (PERSON_NOUNS.has(tokens[k]?.lower ?? '') && !refAt[k] && tokens[k]!.lower !== 'one') last = k;
  else return undefined;
  if (CHIEF_GOES_ON.test(tokens[last + 1]?.lower ?? '')) return undefined;
  const entity = removedPerson(matcher, PERSON_NOUNS.get(tokens[last]!.lower));
  return entity ? { first: i, last, kind: 'person', role: REMOVED_ROLE, entity, removal: true } : undefined;
}

/** Auxiliaries of a passive told of the noun itself: "the CEO was fired", "the boss got pushed out". */
const OWN_PASSIVE = /^(?:was|got|had|been)$/;
/** What may follow a bare "out" that still tells of a removal ("was out;", "was out on Friday"), not "out of town". */
const OUT_CLOSES = /^(?:[,;:.!?)—–]|on|last|that|and|but|after|before|until|when|while)$/;

/**
 * The noun's own clause removes it, at `k` just after the noun: a passive removal ("was fired", "had
 * been pushed out", "got sacked") or "was out" with nothing after "out" but a clause's end or a time.
 */
function toldRemoved(tokens: Token[], refAt: Array<Reference | undefined>, k: number): boolean {
  if (!OWN_PASSIVE.test(tokens[k]?.lower ?? '')) return false;
  let v = k;
  while (OWN_PASSIVE.test(tokens[v]?.lower ?? '') || BETWEEN.test(tokens[v]?.lower ?? '')) v++;
  if (refAt[v]) return false;
  if (tokens[v]?.lower === 'out' && tokens[k]!.lower === 'was')
    return !tokens[v + 1] || OUT_CLOSES.test(tokens[v + 1]!.lower);
  const end = removalEnd(tokens, v);
  // A passive ("was", "got", "been"), not his removal of someone else ("had just fired his deputy"),
  // nor "was fired up".
  const passive = tokens.slice(k, v).some((t) => /^(?:was|got|been)$/.test(t.lower));
  return end >= 0 && passive && !refAt[end + 1] && tokens[end + 1]?.lower !== 'up';
}

/** "the man the board had thrown out": `the` at `i`, a noun for a person, and a clause that removes them. */
export function describedByRemoval(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
): Description | undefined {
  const attributive = attributiveRemoval(matcher, tokens, refAt, i);
  if (attributive) return attributive;
  let k = i + 1;
  const two = `${tokens[k]?.lower} ${tokens[k + 1]?.lower}`;
  if (TWO_WORD_NOUNS.has(two) && !refAt[k] && !refAt[k + 1]) k += 2;
  else if (PERSON_NOUNS.has(tokens[k]?.lower ?? '') && !refAt[k]) k += 1;
  else return undefined;
  const gender = PERSON_NOUNS.get(tokens[k - 1]!.lower);
  const relative = tokens[k]?.lower ?? '';
  // The subject of its own removal: "when the CEO was out", "after the chief executive was fired".
  if (toldRemoved(tokens, refAt, k)) {
    const entity = removedPerson(matcher, gender);
    return entity
      ? { first: i, last: k - 1, kind: 'person', role: REMOVED_ROLE, entity, removal: true }
      : undefined;
  }
  let last = -1;
  if (relative === 'who' || relative === 'that') {
    // Passive: "who was fired", "that had been pushed out".
    let v = k + 1;
    if (!PASSIVE.test(tokens[v]?.lower ?? '')) {
      if (relative === 'who') return undefined;
    } else {
      while (PASSIVE.test(tokens[v]?.lower ?? '') || BETWEEN.test(tokens[v]?.lower ?? '')) v++;
      last = removalEnd(tokens, v);
      if (last < 0) return undefined;
      last = agentEnd(tokens, refAt, last);
    }
  }
  // "The board told the chief executive they fired…": after a verb of telling, the words after the noun
  // may be what was told, not a clause on it.
  if (last < 0 && !RELATIVES.has(relative) && TELLING.has(tokens[i - 1]?.lower ?? '')) return undefined;
  if (last < 0) {
    // Active, with its own subject: "(whom|that|—) the board had thrown out".
    const open = relative === 'whom' || relative === 'that' ? k + 1 : k;
    const opener = tokens[open];
    const named = refAt[open]?.first === open;
    if (!opener || (!named && !SUBJECT_OPENERS.has(opener.lower))) return undefined;
    for (let v = open + 1; v <= open + SUBJECT_REACH && v < tokens.length; v++) {
      const token = tokens[v]!;
      if (!token.isWord && token.text !== "'s" && token.lower !== "'d") return undefined;
      const end = removalEnd(tokens, v);
      if (end >= 0 && !refAt[v]) {
        last = end;
        break;
      }
      if (/^(?:who|that|which|and|but|to)$/.test(token.lower)) return undefined;
    }
    if (last < 0) return undefined;
    // The clause's verb with an object of its own is no gap: "the man the board fired Altman for".
    const after = tokens[last + 1];
    const objectRef = refAt[last + 1];
    if (objectRef && matcher.entities.get(objectRef.entities[0]!)?.kind === 'person') return undefined;
    if (after && /^(?:him|her|them|me|us)$/.test(after.lower)) return undefined;
  }
  const entity = removedPerson(matcher, gender);
  if (!entity) return undefined;
  return { first: i, last: timeEnd(tokens, last), kind: 'person', role: REMOVED_ROLE, entity, removal: true };
}
