import type { Matcher } from '../match/compileMatcher.ts';
import { clauseStart, postingAt, POSTED_LINE_FACT } from './postingClause.ts';
import type { BlockReading } from './readReferences.ts';

/**
 * A posting clause whose object points back at a posted line shown just before it: "Half the company
 * has posted that exact line", "Employee after employee posted the identical sentence that weekend",
 * "Staff flooded X with the same six words", and in the passive "The same line was copied by a flood
 * of employees on X". The line itself stands in a card, a pull quote or the paragraph before (convention
 * i leaves the card unmarked): the clause is the claim that staff posted it (convention h). Only where
 * the antecedent is plain — the line shown in the block before or a card's few short blocks above,
 * and the clause's subject (or agent) the staff.
 */

/** Nouns for a posted line ("that exact line", "the same six words", "the identical post"). */
const LINE_NOUNS = new Set([
  ...['line', 'lines', 'sentence', 'words', 'message', 'slogan', 'phrase', 'refrain', 'motto', 'credo'],
  ...['mantra', 'post', 'posts', 'tweet', 'tweets', 'wording', 'statement', 'cry'],
]);
/** Words that point back at something shown ("that line", "the same words", "the identical post"). */
const POINTING = new Set(['that', 'this', 'those', 'these', 'same', 'identical', 'exact', 'very']);
/** Words that may stand between the pointing word and the noun ("the same six words", "that one short line"). */
const BETWEEN = new Set([
  ...['the', 'same', 'identical', 'exact', 'very', 'one', 'short', 'little', 'simple', 'rallying'],
  ...['four', 'five', 'six', 'seven', 'eight', 'few', 'six-word', 'five-word', 'seven-word'],
]);
/** The staff as a clause's subject or agent ("Half the company", "engineer after engineer", "scores of employees"). */
const STAFF = new Set([
  ...['staff', 'staffer', 'staffers', 'employee', 'employees', 'worker', 'workers', 'engineer', 'engineers'],
  ...['researcher', 'researchers', 'colleague', 'colleagues', 'company', 'workforce', 'team', 'everyone'],
  'everybody',
]);
/** How many tokens the verb may stand before its object ("flooded their timelines with that line"). */
const OBJECT_REACH = 5;
/** How many tokens the noun may stand after its pointing word ("the same six short words"). */
const NOUN_REACH = 4;
/** Words of the passive before its participle ("was copied", "were being reposted"). */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'got', 'get', 'gets']);
/** The text of a block this long or shorter is a card, a pull quote or its footer: a line shown. */
const SHOWN_REACH = 3;
/** Words that deny the posting just before its verb ("had not posted", "never shared"). */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const NEGATION_REACH = 3;
/** Articles after "that": it opens a reported clause ("tweeted that the statement was a lie"), it points at nothing. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Verbs after the noun that make it a clause's subject ("tweeted that this statement was a lie"), no object. */
const SUBJECT_VERBS = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'would',
  'will',
  'could',
  'did',
  'said',
]);
/** A capitalised word: a name before the staff word ("Google researchers"). */
const CAPITALISED = /^\p{Lu}/u;
/** Words after the noun that give it its own content ("the same message of support"), in the passive too. */
const CONTENT_AFTER_NOUN = new Set(['of', 'about', 'for', 'from']);
/** Marks that end a clause. */
const BREAKS = /^[,;:.!?—–()"“”]$/;

const lineCache = new WeakMap<Matcher, { claimId: string; line: RegExp } | null>();

/** The claim a posted line states, and a pattern for the line in any of its wordings (from the dataset's frames). */
export function postedLine(matcher: Matcher): { claimId: string; line: RegExp } | null {
  let found = lineCache.get(matcher);
  if (found !== undefined) return found;
  found = null;
  for (const claim of matcher.claims.values())
    for (const frame of claim.frames ?? []) {
      if (frame.fact !== POSTED_LINE_FACT || !frame.phrases?.length) continue;
      const words = frame.phrases.map((p) =>
        p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
      );
      found = { claimId: claim.id, line: new RegExp(words.join('|'), 'i') };
    }
  lineCache.set(matcher, found);
  return found;
}

/** A pointing word and a noun for a line close after it: a block worth reading for a line reference, cue or not. */
export const POINTS_AT_LINE =
  /\b(?:same|identical|exact|that|those|this|these)\b(?:\s+[\w-]+){0,3}?\s+(?:line|lines|sentence|words|message|slogan|phrase|refrain|motto|credo|mantra|posts?|tweets?|wording|statement|cry)\b/i;

/** The line is shown in the nearest blocks above: the block before, or the last short blocks (a card and its footer). */
export function lineShownBefore(line: RegExp, before: readonly string[]): boolean {
  return before.slice(-SHOWN_REACH).some((text) => line.test(text));
}

/** Words after "it" that end the posting clause's object ("shared it as well", "posted it too", "reposted it on X"). */
const AFTER_IT =
  /^(?:[,;.!?—–)]|as|too|also|again|on|in|within|later|herself|himself|themselves|and|that|minutes|hours)$/;

/**
 * The pointing object starting at `k` ("that exact line"): where its noun is. Where the line was quoted
 * in the sentence just before (`anaphora`), "it" and a bare "the slogan" point at it as well ("Murati
 * shared it as well", "The slogan was echoed by Murati herself").
 */
function pointedLine(reading: BlockReading, k: number, anaphora = false): number | undefined {
  const { tokens } = reading;
  if (anaphora && tokens[k]!.lower === 'it')
    return AFTER_IT.test(tokens[k + 1]?.lower ?? '.') ? k : undefined;
  let pointed = anaphora && tokens[k]!.lower === 'the';
  if (tokens[k]!.lower === 'that' && ARTICLES.has(tokens[k + 1]?.lower ?? '')) return undefined;
  for (let j = k; j < tokens.length && j - k <= NOUN_REACH; j++) {
    const word = tokens[j]!.lower;
    if (POINTING.has(word)) pointed = true;
    if (LINE_NOUNS.has(word))
      return pointed && !reading.quoted[j] && !CONTENT_AFTER_NOUN.has(tokens[j + 1]?.lower ?? '')
        ? j
        : undefined;
    if (!POINTING.has(word) && !BETWEEN.has(word)) return undefined;
  }
  return undefined;
}

/** The clause from `first` to `last` names the staff: a word for them or one of the claim's entities ("OpenAI researcher", "Murati"). */
function namesStaff(
  reading: BlockReading,
  first: number,
  last: number,
  entities: readonly string[],
): boolean {
  const { tokens, refAt } = reading;
  for (let j = first; j <= last; j++) {
    // "Microsoft employees", "Google's researchers": another organisation's staff, not the claim's.
    const owner = tokens[j - 1]?.lower === "'s" || tokens[j - 1]?.lower === '’s' ? j - 2 : j - 1;
    const ownedElsewhere =
      owner >= first &&
      (refAt[owner]?.entities.every((id) => !entities.includes(id)) ??
        (owner > first && CAPITALISED.test(tokens[owner]!.text)));
    if (STAFF.has(tokens[j]!.lower) && !ownedElsewhere) return true;
    if (refAt[j]?.entities.some((id) => entities.includes(id))) return true;
  }
  return false;
}

/**
 * The clauses from `from` (up to `to`) that post a line pointed back at, each from its clause's start
 * through the line (or the agent). `anaphora`: the line was quoted in the sentence just before, so "it"
 * and "the slogan" point at it.
 */
export function lineReferences(
  reading: BlockReading,
  from: number,
  entities: readonly string[],
  { to = reading.tokens.length - 1, anaphora = false } = {},
): Array<{ first: number; last: number; pronoun?: true }> {
  const { tokens, sentenceOf } = reading;
  const found: Array<{ first: number; last: number; pronoun?: true }> = [];
  for (let k = from; k <= to; k++) {
    if (!postingAt(reading, k)) continue;
    // "an OpenAI researcher who had not posted the same six words": a posting denied is no claim.
    if (tokens.slice(Math.max(0, k - NEGATION_REACH), k).some((t) => NEGATIONS.has(t.lower))) continue;
    // "…posted that exact line", "…flooded X with the same six words".
    for (let j = k + 1; j < tokens.length && j - k <= OBJECT_REACH && sentenceOf[j] === sentenceOf[k]; j++) {
      if (BREAKS.test(tokens[j]!.text)) break;
      const pointing = POINTING.has(tokens[j]!.lower) || /^(?:the|it)$/.test(tokens[j]!.lower);
      const noun = pointing ? pointedLine(reading, j, anaphora) : undefined;
      if (noun === undefined) continue;
      if (SUBJECT_VERBS.has(tokens[noun + 1]?.lower ?? '')) break;
      const first = clauseStart(reading, k);
      // "shared it as well", "posted it too": the clause's own tail after "it" is part of the act.
      const pronoun = tokens[noun]!.lower === 'it';
      let last = noun;
      if (pronoun)
        while (/^(?:as|well|too|also)$/.test(tokens[last + 1]?.lower ?? '') && last - noun < 2) last++;
      if (tokens[last]!.lower === 'as') last--;
      if (namesStaff(reading, first, k, entities))
        found.push(pronoun ? { first, last, pronoun: true } : { first, last });
      break;
    }
    // "The same line was copied by a flood of OpenAI employees": the line before a passive verb, the staff its agent.
    if (!PASSIVE.has(tokens[k - 1]?.lower ?? '')) continue;
    let start = k - 1;
    while (start > 0 && PASSIVE.has(tokens[start - 1]!.lower)) start--;
    for (let j = start - 1; j >= 0 && start - j <= NOUN_REACH + 1 && sentenceOf[j] === sentenceOf[k]; j--) {
      if (!LINE_NOUNS.has(tokens[j]!.lower)) continue;
      let det = j;
      while (det > 0 && (POINTING.has(tokens[det - 1]!.lower) || BETWEEN.has(tokens[det - 1]!.lower))) det--;
      if (pointedLine(reading, det, anaphora) !== j) break;
      let last = k;
      for (
        let e = k + 1;
        e < tokens.length && sentenceOf[e] === sentenceOf[k] && !BREAKS.test(tokens[e]!.text);
        e++
      )
        last = e;
      if (tokens[k + 1]?.lower === 'by' && namesStaff(reading, k + 1, last, entities))
        found.push({ first: det, last });
      break;
    }
  }
  return found;
}
