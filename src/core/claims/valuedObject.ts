/*
 * A valuation verb's object owns the value: "the round valued Mistral at $6bn", "the offering priced Arm
 * at $54.5bn", "analysts put xAI near $50bn", "investors pegged Anthropic at around $18bn". Whichever
 * topic the verb cues, the number measures the company named between the verb and "at"/"near", so a name
 * there that is not the topic's makes the figure another organisation's.
 */

/** The verbs that set a company's worth, in every tense: value, price, peg, put, place, set, mark. */
const VALUATION_VERB =
  '(?:valu(?:e|es|ed|ing)|pric(?:e|es|ed|ing)|peg(?:s|ged|ging)?|put(?:s|ting)?|plac(?:e|es|ed|ing)|set(?:s|ting)?|mark(?:s|ed|ing)?)';
/** A capitalised word of a name ("xAI", lower-case first, is left to the dataset's names). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*";
/** "at", "near", "around", "close to", "north of", and a hedge the figure may not hold ("near about"). */
const VALUE_PREPOSITION =
  '(?:at|near|around|about|close\\s+to|north\\s+of|south\\s+of|above|below|just\\s+(?:over|under|below|above))(?:\\s+(?:about|around|roughly|some|nearly|almost|more\\s+than|less\\s+than|just\\s+(?:over|under)))?';
const VALUED_OBJECT_AT_END = new RegExp(
  `\\b${VALUATION_VERB}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+${VALUE_PREPOSITION}\\s+$`,
  'u',
);

/** The name a valuation verb takes as object at the end of `before` (the words up to a figure), with its offset. */
export function valuedObject(before: string): { index: number; word: string } | undefined {
  const m = VALUED_OBJECT_AT_END.exec(before);
  if (!m) return undefined;
  const verb = /^\S+\s+/.exec(m[0])![0];
  return { index: m.index + verb.length, word: m[1]!.split(/\s+/)[0]! };
}
