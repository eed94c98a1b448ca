import { verbForms } from '../text/inflectVerb.ts';
import { isUnstated, verbGroup } from './readClause.ts';
import type { BlockReading, Reference } from './readReferences.ts';

/*
 * A title a report gives a person: "the wire calls Sutskever OpenAI's chief data scientist", "called
 * him the new CEO", "describes Sutskever as its CTO", "Sutskever appears in its report as OpenAI's
 * chief technology officer", "gives Sutskever the title of chief scientist". The verb names or
 * describes, and the person it is said of holds the title as that report tells it. A negated, modal
 * or unstated verb gives no title ("does not call him", "would describe him as").
 */

/** Verbs that put a title right after their object ("calls Sutskever its chief scientist"). */
const NAMING = new Set(
  ['call', 'dub', 'label', 'style', 'term', 'brand', 'tag', 'title'].flatMap((v) => verbForms(v)),
);
/** Verbs that give a title after their object and "as" ("describes him as", "lists Sutskever as"). */
const DESCRIBING = new Set(
  [
    ...['describe', 'identify', 'list', 'introduce', 'bill', 'present', 'cast', 'credit', 'name'],
    ...['portray', 'characterise', 'characterize', 'tag', 'label', 'refer'],
    // "Business Today has him as interim chief": the report's cast of who holds what.
    'have',
  ].flatMap((v) => verbForms(v)),
);
/** Verbs by which a person figures in a report in some role ("Sutskever appears in it as…"). */
const APPEARING = new Set(['appear', 'feature', 'figure', 'show'].flatMap((v) => verbForms(v)));
/** Nouns for the description a report gives ("his usual description — …", "the title of …"). */
const DESCRIPTION_NOUNS = new Set(['description', 'title', 'label', 'billing', 'designation', 'tag']);
/** Words between a person and the description noun ("his usual description", "the title"). */
const DESCRIPTION_FILLERS = /^(?:his|her|the|a|its|usual|customary|familiar|standard|stock|own|old)$/;
/** How many words a place may take between the verb and "as" ("appears in its report as"). */
const PLACE_REACH = 6;
const PLACE_OPENERS = new Set(['in', 'on', 'throughout', 'across', 'inside']);
const QUOTE_MARKS = /^["“”'‘’]$/;

/** A subject that denies its verb: "no outlet described him as…", "nobody calls him…". */
const NO_ONE = /^(?:nobody|none|no)$/;

/** The verb at `verb` states what it says: not negated, modal, asked, unstated or said by no one. */
function stated(reading: BlockReading, verb: number): boolean {
  const group = verbGroup(reading, verb);
  const { tokens } = reading;
  const noSubject = [1, 2].some((n) => NO_ONE.test(tokens[group.first - n]?.lower ?? ''));
  // "would have him as interim CEO", "would describe him as": a report not made.
  return (
    !group.negated && !group.possibility && !group.would && !noSubject && !isUnstated(reading, group.first)
  );
}

/** The person before `verb` if the verb is one of `verbs` and states its title; "refers to X as" too. */
function objectOf(reading: BlockReading, ref: Reference | undefined, verbs: ReadonlySet<string>) {
  if (!ref) return undefined;
  let verb = ref.first - 1;
  if (reading.tokens[verb]?.lower === 'to' && /^refer/.test(reading.tokens[verb - 1]?.lower ?? '')) verb--;
  return verbs.has(reading.tokens[verb]?.lower ?? '') && stated(reading, verb) ? ref : undefined;
}

/** "Sutskever appears in its report as", "Sutskever is described as": the subject before the verb. */
function subjectBeforeAs(reading: BlockReading, as: number) {
  const { tokens, refAt, sentenceOf } = reading;
  let verb = as - 1;
  // "appears in its report as": a place between the verb and "as".
  for (let k = as - 1; k >= Math.max(0, as - PLACE_REACH) && sentenceOf[k] === sentenceOf[as]; k--) {
    const word = tokens[k]!.lower;
    if (APPEARING.has(word) || DESCRIBING.has(word) || (refAt[k] && !/^(?:its|their|his|her)$/.test(word)))
      break;
    if (!tokens[k]!.isWord && !/^['’]s$/.test(tokens[k]!.text)) break;
    if (PLACE_OPENERS.has(tokens[k]!.lower)) {
      verb = k - 1;
      break;
    }
  }
  const word = tokens[verb]?.lower ?? '';
  const passive =
    DESCRIBING.has(word) && /^(?:is|was|are|were|been|being)$/.test(tokens[verb - 1]?.lower ?? '');
  if (!APPEARING.has(word) && !passive) return undefined;
  const subjectEnd = passive ? verb - 2 : verb - 1;
  const ref = refAt[subjectEnd];
  return ref && sentenceOf[subjectEnd] === sentenceOf[as] && stated(reading, verb) ? ref : undefined;
}

/** "gives Sutskever his usual description —", "gives him the title of": the person given the description. */
function givenDescription(reading: BlockReading, mark: number) {
  const { tokens, refAt } = reading;
  if (!DESCRIPTION_NOUNS.has(tokens[mark - 1]?.lower ?? '')) return undefined;
  let k = mark - 2;
  while (k >= 0 && !refAt[k] && DESCRIPTION_FILLERS.test(tokens[k]!.lower)) k--;
  // "his usual description": "his" is itself his reference.
  const ref = refAt[k] ?? refAt[k + 1];
  if (!ref || ref.last < k) return undefined;
  const verb = ref.first - 1;
  return tokens[verb]?.isWord && stated(reading, verb) ? ref : undefined;
}

/**
 * "gave Sutskever's title as chief technology officer", "listed his title as": the title's owner, where a
 * stated verb gives it (a correction's wrong version is a title a reader saw: round-25 decision 2).
 */
function ownedDescription(reading: BlockReading, as: number) {
  const { tokens, refAt } = reading;
  if (!DESCRIPTION_NOUNS.has(tokens[as - 1]?.lower ?? '')) return undefined;
  // "Sutskever's title" or "his title": "his" is itself his reference.
  const owner = /^['’]s$/.test(tokens[as - 2]?.text ?? '') ? as - 3 : as - 2;
  const ref = refAt[owner];
  if (!ref || ref.last !== owner) return undefined;
  const verb = ref.first - 1;
  return tokens[verb]?.isWord && stated(reading, verb) ? ref : undefined;
}

/**
 * The person a report gives the title at `at`, where `before` is the token just before the title
 * and its owner words ("OpenAI's", "the company's"): the object of a naming verb, the subject of
 * "appears … as", or the one given a description.
 */
export function describedHolder(reading: BlockReading, before: number, at: number): Reference | undefined {
  const { tokens, refAt } = reading;
  // 'calls Sutskever OpenAI's "chief data scientist"': the quotation mark, then the owner the walk back stopped at.
  if (QUOTE_MARKS.test(tokens[before]?.text ?? '')) {
    before--;
    // 'styled him the company's "…"': the owner, named or a plain noun, and its article.
    if (/^['’]s$/.test(tokens[before]?.text ?? '') && tokens[before - 1]?.isWord)
      before = (refAt[before - 1]?.first ?? before - 1) - 1;
    while (/^(?:the|its|his|her|a|an|their)$/.test(tokens[before]?.lower ?? '')) before--;
  }
  // The walk back to `before` passes an "as" right before the title ("describes him as CTO").
  const as = [before, before + 1].find((k) => k < at && tokens[k]?.lower === 'as');
  if (as !== undefined)
    return (
      objectOf(reading, refAt[as - 1], DESCRIBING) ??
      subjectBeforeAs(reading, as) ??
      ownedDescription(reading, as)
    );
  if (tokens[before]?.lower === 'with') return holderWithTitle(reading, before, at);
  const ref = refAt[before];
  if (ref?.last === before) return objectOf(reading, ref, NAMING);
  if (/^(?:[:—–]|of)$/.test(tokens[before]?.text ?? '')) return givenDescription(reading, before);
  // 'gives Sutskever the title "Chief Data Scientist"': the description noun right before the title.
  if (DESCRIPTION_NOUNS.has(tokens[before]?.lower ?? '')) return givenDescription(reading, before + 1);
  return undefined;
}

/** Nouns for someone, set off after a name and told by what they hold ("the guy with the … title"). */
const SOMEONE = new Set(['guy', 'man', 'woman', 'one', 'fellow', 'person', 'bloke', 'chap', 'executive']);
/** Nouns for the post a title names ("the chief scientist title", "the CTO job"). */
const POST_NOUNS = new Set([...DESCRIPTION_NOUNS, 'job', 'post', 'role', 'position', 'badge']);
/** How many words a title may take before its post noun. */
const TITLE_REACH = 4;

/**
 * "Sutskever, the guy with the chief scientist title,", "Murati — the one with the CTO job —": a name
 * set off by an aside that tells someone by the post they hold. `with` is the token before the title's
 * article; the title must end on a noun for the post.
 */
function holderWithTitle(reading: BlockReading, withAt: number, at: number): Reference | undefined {
  const { tokens, refAt } = reading;
  let post = at;
  while (post < at + TITLE_REACH && tokens[post]?.isWord && !POST_NOUNS.has(tokens[post]!.lower)) post++;
  if (!POST_NOUNS.has(tokens[post]?.lower ?? '')) return undefined;
  let k = withAt - 1;
  if (!SOMEONE.has(tokens[k]?.lower ?? '')) return undefined;
  k--;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!/^[,—–(]$/.test(tokens[k]?.text ?? '')) return undefined;
  const ref = refAt[k - 1];
  return ref && ref.last === k - 1 && ref.entities.some((id) => reading.people.has(id)) ? ref : undefined;
}
