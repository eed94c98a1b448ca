import { SUBORDINATORS as CLAUSE_SUBORDINATORS } from './readClause.ts';
import type { BlockReading } from './readReferences.ts';

/** Who holds one side of a dispute ("some", "others", "some outlets", "other reports"). */
const SIDES = /^(?:some|others|other)$/;
/** Verbs that give a version by themselves ("some say", "others claim", "some reports insist"). */
const VERSION_VERBS = new Set([
  ...['say', 'said', 'says', 'claim', 'claimed', 'claims', 'insist', 'insisted', 'argue', 'argued'],
  ...['report', 'reported', 'reports', 'believe', 'believed', 'think', 'thought', 'suggest', 'suggested'],
  ...['maintain', 'maintained', 'tell', 'told', 'write', 'wrote', 'contend', 'contended', 'allege'],
  ...['alleged', 'recall', 'recalled', 'describe', 'described', 'suspect', 'suspected'],
]);
/**
 * Verbs that give a version only with an object after them ("some reports have him resigning", "others
 * put it down to", "others call it a firing"): bare, they are an auxiliary or an act ("some had pushed").
 */
const VERSION_WITH_OBJECT = new Set(['have', 'has', 'had', 'put', 'puts', 'call', 'calls', 'called']);
/** Objects after which those verbs give a version. */
const VERSION_OBJECTS = new Set(['him', 'her', 'them', 'it', 'this', 'that']);
/** Words a side may take between it and its verb ("some places say", "other outlets have it"). */
const SIDE_WORDS = 2;
/** Words that open a clause inside a version: its act is a circumstance, not the version. */
const SUBORDINATORS = new Set([...CLAUSE_SUBORDINATORS, 'until']);
/**
 * Words of feeling or knowing that take what follows as true ("stunned Altman was fired", "shocked that he
 * quit", "regret that he resigned", "knew he had gone"): a side that uses one before the act does not dispute it.
 */
const PRESUPPOSING = new Set([
  ...['stunned', 'shocked', 'surprised', 'astonished', 'amazed', 'startled', 'blindsided', 'baffled'],
  ...['angry', 'furious', 'upset', 'outraged', 'dismayed', 'horrified', 'appalled', 'saddened', 'sad'],
  ...['sorry', 'disappointed', 'relieved', 'glad', 'pleased', 'happy', 'delighted', 'thrilled'],
  ...['regret', 'regrets', 'regretted', 'lament', 'lamented', 'welcome', 'welcomed', 'resent', 'resented'],
  ...['knew', 'know', 'realised', 'realized', 'noticed', 'learned', 'learnt', 'heard', 'saw'],
]);
/** Marks that end the part of a sentence a side speaks in. */
const PART_ENDS = /^[;:—–()]$/;
/** Words after a comma that join a new clause ("…, and on Friday Brockman quit"). */
const JOINS = new Set(['and', 'but', 'yet', 'so', 'while', 'whereas']);

/** A side's verb at `j` gives a version. */
function givesVersion(reading: BlockReading, j: number): boolean {
  const word = reading.tokens[j]!.lower;
  if (VERSION_VERBS.has(word)) return true;
  if (!VERSION_WITH_OBJECT.has(word)) return false;
  const object = reading.tokens[j + 1];
  if (!object) return false;
  // "have him resigning", "call it a firing", "put it down to", "had Altman quitting".
  return (
    VERSION_OBJECTS.has(object.lower) ||
    (!!reading.refAt[j + 1] && /ing$/.test(reading.tokens[j + 2]?.lower ?? ''))
  );
}

/** One side's version: from after its verb to before the next side or the end of its sentence part. */
interface Version {
  from: number;
  to: number;
}

/** The versions the sides of the sentence of `at` give. */
function versionsIn(reading: BlockReading, at: number): Version[] {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[at]!]!;
  const opens: Array<{ side: number; verb: number }> = [];
  for (let k = sentence.first; k <= sentence.last; k++) {
    if (!SIDES.test(tokens[k]!.lower)) continue;
    for (let j = k + 1; j <= Math.min(sentence.last, k + 1 + SIDE_WORDS); j++)
      if (givesVersion(reading, j)) {
        opens.push({ side: k, verb: j });
        k = j;
        break;
      }
  }
  return opens.map(({ verb }, i) => {
    const limit = i + 1 < opens.length ? opens[i + 1]!.side - 1 : sentence.last;
    let to = verb;
    while (to < limit) {
      const next = tokens[to + 1]!;
      if (PART_ENDS.test(next.text)) break;
      if (next.text === ',' && JOINS.has(tokens[to + 2]?.lower ?? '')) break;
      to++;
    }
    return { from: verb + 1, to };
  });
}

/**
 * The act at `first` lies in the version, not in a circumstance inside it ("said … when Brockman quit"),
 * nor under a word that takes it as true ("said they were stunned Brockman quit").
 */
function inVersion(reading: BlockReading, version: Version, first: number): boolean {
  if (first < version.from || first > version.to) return false;
  for (let k = version.from; k < first; k++) {
    const word = reading.tokens[k]!.lower;
    if (SUBORDINATORS.has(word) || PRESUPPOSING.has(word)) return false;
  }
  return true;
}

/**
 * "Some places say he was fired, some say he quit", "some reports have him resigning, others say he was
 * pushed": two sides give two versions, and the page states neither. One side alone ("some outlets
 * reported he quit") is an attributed report and stays a claim, and so is an act outside both versions
 * ("some had pushed for a change and others had threatened to leave, and on Friday Brockman quit") or
 * one that only times a version ("some said they were stunned when Brockman quit") or that a side takes as
 * true ("some said they were stunned Brockman quit; others said they saw it coming").
 */
export function disputedVersion(reading: BlockReading, first: number): boolean {
  const versions = versionsIn(reading, first);
  return versions.length >= 2 && versions.some((version) => inVersion(reading, version, first));
}
