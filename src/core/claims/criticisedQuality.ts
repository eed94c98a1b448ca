import type { BlockReading } from './readReferences.ts';
import { inflectVerb } from '../text/inflectVerb.ts';
import { wordsOf } from './statementLexicon.ts';

/*
 * "The board faulted his candour", "a statement that questioned Altman's candor", "directors took
 * issue with his candour", "cast doubt on his candor", "raised concerns about his candour": a verb
 * (or noun) of criticism whose object is the quality says the quality fell short, as the frame's
 * complement ("his candour was lacking") does. Only where the board or its statement is the critic:
 * "Critics have long questioned Altman's candor about AI risks" is commentary, not the board's reason.
 */

/** Verbs of criticism and doubt, in every register (wire "faulted", tabloid "slammed", headline "raps"). */
const CRITICISM_VERBS = [
  ...['fault', 'question', 'criticise', 'criticize', 'doubt', 'attack', 'impugn', 'challenge', 'slam'],
  ...['blast', 'rap', 'knock', 'lambast', 'lambaste', 'condemn', 'decry', 'censure', 'rebuke', 'assail'],
  ...['take issue with', 'cast doubt on', 'cast doubt upon', 'cast doubt over', 'call into question'],
  ...['raise questions about', 'raise questions over', 'raise doubts about', 'raise doubts over'],
  ...['raise concerns about', 'raise concerns over', 'complain about', 'complain of', 'hit out at'],
  ...['take aim at', 'express concern about', 'express concern over', 'express concerns about'],
  ...['voice concern about', 'voice concerns about', 'voice doubts about', 'find fault with'],
];
/** Nouns of criticism that take the quality after a preposition ("citing concerns about his candour"). */
const CRITICISM_NOUNS = [
  ...['concerns about', 'concerns over', 'concern about', 'concern over', 'doubts about', 'doubts over'],
  ...['questions about', 'questions over', 'criticism of', 'complaints about', 'misgivings about'],
  // The complaint told as the board's one issue: "their complaint concerned candour", "the
  // grievance was over his honesty", "worries regarding his candor".
  ...['complaint about', 'complaint over', 'complaint concerned', 'complaints concerned'],
  ...['complaint concerning', 'complaints concerning', 'complaint was about', 'complaint was over'],
  ...['grievance about', 'grievance over', 'grievance concerned', 'issue was', 'problem was'],
  ...['concerns regarding', 'concern regarding', 'doubts regarding', 'questions regarding'],
  ...['worries about', 'worries over', 'reservations about', 'issue with', 'problem with'],
];

/** Every written form of the wordings, as word sequences, longest first. */
const WORDINGS: string[][] = [
  ...CRITICISM_VERBS.flatMap((lemma) => {
    const [verb, ...rest] = lemma.split(' ');
    return [...new Set(Object.values(inflectVerb(verb!)))].map((form) => wordsOf([form, ...rest].join(' ')));
  }),
  ...CRITICISM_NOUNS.map(wordsOf),
].sort((a, b) => b.length - a.length);

/** Who may be the critic: the board, its members, its statement. */
const CRITICS = new Set([
  ...['board', 'directors', 'director', 'trustees', 'statement', 'announcement', 'members'],
]);
const CRITIC_ENTITY = 'openai';
/** Words that deny the criticism just before it ("did not question", "never faulted"). */
const DENIALS = new Set(['not', "n't", 'never', 'no']);

/**
 * Where the wording of criticism ends right before `first` (the quality's possessor, "his" or
 * "Altman 's"), an adverb allowed between ("openly questioned his candour"): its first token, or
 * undefined where there is none, it is denied, or no board critic stands before it in the sentence.
 */
export function criticisedBefore(reading: BlockReading, first: number): number | undefined {
  const { tokens } = reading;
  let end = first - 1;
  if (/^(?:the|a)$/.test(tokens[end]?.lower ?? '')) end--;
  const sentenceFirst = reading.sentences[reading.sentenceOf[first]!]!.first;
  for (const words of WORDINGS) {
    const start = end - words.length + 1;
    if (start < sentenceFirst || !words.every((w, i) => tokens[start + i]!.lower === w)) continue;
    let k = start - 1;
    if (/^[a-z]+ly$/.test(tokens[k]?.lower ?? '')) k--;
    if (DENIALS.has(tokens[k]?.lower ?? '') || DENIALS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    for (let c = start - 1; c >= sentenceFirst; c--)
      if (CRITICS.has(tokens[c]!.lower) || reading.refAt[c]?.entities.includes(CRITIC_ENTITY)) return start;
    return undefined;
  }
  return undefined;
}
