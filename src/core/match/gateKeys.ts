/**
 * The few words of each claim phrase the story gate looks for (src/core/page/storyGate.ts).
 * The gate ships as text in the script every page runs, so it cannot carry the lexicon's
 * 1,180 phrases; it carries, for each phrase, a run of its own words that the phrase always
 * contains. Any run will do (the gate only has to accept every page the whole phrase would),
 * so phrases share one wherever they can: "not been fully candid", "never fully candid" and
 * "less than fully candid" need only "fully candid".
 *
 * A run must still say something on its own, or the gate opens on every page that names the
 * organisation: the weather, "the board said", "no longer". It is two or three words, one of
 * them neither a function word nor an everyday one ("consistently candid", "of candour",
 * "pecking order", "unfit to"). A phrase with no such word needs a run with two content words
 * ("right to vote" in "without the right to vote", "way back to openai"), and one without even
 * those keeps its first three words, the gate's key before these runs.
 */

/** Closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries, negation. */
const FUNCTION_WORDS = `a an the and or but nor of to in on at by for with from as into onto over under about after
  before than then that this these those there here it its it's he him his himself she her they
  them their we we'll we're us our you your i me my who whom whose which what when where why how
  is are was were be been being am has have had having do does did can can't cannot could
  couldn't will won't would wouldn't shall should shouldn't may might must not no n't never ever
  only also just so too very more most less least much many some any all each every both either
  neither other another such own same up down out off away back again still even yet now one two
  if whether while since until because though although against between through during without
  within toward towards`;

/**
 * Words too common to say anything of the story on a page that names OpenAI: what any report on
 * a company says ("board", "research", "chief executive", "vote", "new"), and the everyday words
 * of the story's wordings ("lack", "confidence", "capable", "position", "department"). A run
 * needs a word besides these, the function words and the names of the companies and products in
 * data/entities.json ("openai", "chatgpt", "microsoft"), which gateKeys is given at build time.
 */
const EVERYDAY_WORDS = `said says say told get gets got make makes made take takes took taking go goes went
  going come comes came give gave put set keep kept see seen know known think want need use used way
  time year years day people staff company firm group board board's member members director
  directors report reported ceo ceo's chief executive chair chairman job top lead leads leading run
  running model models product products ai artificial intelligence chatbot
  research work power computing compute step list corner return vote voting seat role
  place right rights business priority first second last part open full fully totally completely
  entirely always sorry truly found short long term long-term case start end left team unit lab
  laboratory division office plan plans advanced meeting meetings new newly created established
  became become remain serve position post quality status title wall loss lost loses losing lose
  lack capable capacity confidence ability able unable fit next longer favor favour founder helm
  stay course poised watch observe govern governing oversee overseeing supervise supervising
  background queue further lower face quit sit chips eating eats cell center centre department
  entity organisation organization structure pole faith trust filled fly wanting poor margins
  sidelines behind diverted pushed shifted relegated secondary detriment expense experimental
  experiments exercise responsibilities ceased ceases competence observer room leadership demand
  demands demanded demanding calling projects consistently sufficiently proved proven shown stopped
  stops lacked lacking lacks transparent transparency`;

/** How many first words of a phrase the gate keeps where no run of it says enough. */
const LEAD_WORDS = 3;

/**
 * What a run needs, found on a page that names the story's organisation, to be worth the
 * engine's look: first a telling word (in two or three words), else, for a phrase with none, two
 * content words (in three to five: "right to vote", "way back to openai"). Built when asked (at
 * build time): the script every page runs imports this module's neighbours, and word sets made
 * at load would ship in it.
 */
function runJudges(
  companyNames: Iterable<string>,
): Array<{ lengths: [number, number]; saysEnough: (run: string[]) => boolean }> {
  const functionWords = new Set(FUNCTION_WORDS.split(/\s+/));
  const everydayWords = new Set(EVERYDAY_WORDS.split(/\s+/));
  for (const name of companyNames)
    for (const word of name.toLowerCase().split(/\s+/)) everydayWords.add(word);
  // "resign," and "down," are the words "resign" and "down".
  const bare = (word: string) => word.replace(/^\W+|\W+$/g, '');
  const isContent = (word: string) => !functionWords.has(bare(word));
  const isTelling = (word: string) => isContent(word) && !everydayWords.has(bare(word));
  return [
    { lengths: [2, 3], saysEnough: (run) => run.some(isTelling) },
    { lengths: [3, 5], saysEnough: (run) => run.filter(isContent).length >= 2 },
  ];
}

/**
 * A small set of runs such that every phrase contains one of them (as whole words), found
 * greedily: the run that covers the most phrases not yet covered, per character, first. A run
 * covers every phrase it is a run of, not only the one it was read from. A phrase no run of
 * which says enough keeps its first words. `companyNames`: the aliases of the dataset's companies
 * and products, which say as little as "company" on a page that names OpenAI.
 */
export function gateKeys(phrases: Iterable<string>, companyNames: Iterable<string> = []): string[][] {
  const phraseWords = [...new Set([...phrases].map((p) => p.toLowerCase().trim()))].map((p) =>
    p.split(/\s+/),
  );
  const keys: string[][] = [];
  const uncovered = new Set(phraseWords.keys());
  for (const { lengths, saysEnough } of runJudges(companyNames)) {
    /** Each run that says enough, as text, with the phrases not yet covered that it is a run of. */
    const covers = new Map<string, Set<number>>();
    for (const i of uncovered) {
      const words = phraseWords[i]!;
      for (let length = lengths[0]; length <= lengths[1]; length++)
        for (let start = 0; start + length <= words.length; start++) {
          const run = words.slice(start, start + length);
          if (!saysEnough(run)) continue;
          const key = run.join(' ');
          if (!covers.has(key)) covers.set(key, new Set());
          covers.get(key)!.add(i);
        }
    }
    for (;;) {
      let best: string | undefined;
      let bestScore = 0;
      for (const [key, phrasesWithIt] of covers) {
        let gained = 0;
        for (const i of phrasesWithIt) if (uncovered.has(i)) gained++;
        const score = gained / key.length;
        if (score > bestScore) {
          best = key;
          bestScore = score;
        }
      }
      if (!best) break;
      keys.push(best.split(' '));
      for (const i of covers.get(best)!) uncovered.delete(i);
    }
  }
  // Phrases that share their first words ("not up to the job", "not up to it") share one key.
  const leads = new Set<string>();
  for (const i of uncovered) {
    const lead = phraseWords[i]!.slice(0, LEAD_WORDS);
    if (leads.has(lead.join(' '))) continue;
    leads.add(lead.join(' '));
    keys.push(lead);
  }
  return keys;
}
