import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';

/*
 * A kind, not the story's instance. Explainers and experts generalise from the case: "A letter from 20
 * people is a grievance", "a team of 14 writing to the boss, say, happens every week", "Most employees
 * threatening to resign have nowhere to go", "Staff who threaten to quit usually stay". An indefinite
 * noun phrase or a bare plural, with a timeless present, an example marker (", say,", "for example") or
 * a habit ("every week", "usually", "often") in its sentence, speaks of any such group; the story's own
 * group comes with a definite article, an owner or a past act ("The letter, signed by 700…").
 */

/** The head before the count: "a letter from", "an open letter signed by", "a team of", "any board with". */
const INDEFINITE_HEAD_BEFORE =
  /\b(?:a|an|any|one|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|petition|note|memo|team|group|delegation|walkout|protest)\s+(?:of|from|with|signed\s+by|by|backed\s+by)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|over\s+|more\s+than\s+|fewer\s+than\s+|a\s+mere\s+)?$/iu;

/** What makes the sentence a kind: a timeless "is a", an example marker, a habit, a general truth. */
const KIND_MARKER =
  /(?:\b(?:is|are)\s+(?:(?:just|only|merely|still|usually|often|rarely|always|never)\s+)?(?:a|an|no|nothing|something)\b|\b(?:every|each)\s+(?:week|day|month|year|quarter)\b|\ball\s+the\s+time\b|\b(?:usually|often|routinely|typically|generally|regularly|rarely|seldom|sometimes|normally|commonly)\b|\b(?:happens?|occurs?|tends?\s+to)\b)/i;

/** An example marker makes a kind wherever it stands: ", say,", "for example". */
const EXAMPLE_MARKER = /,\s*say\s*,|\bfor\s+(?:example|instance)\b/i;

/** The figure's own clause ends at a semicolon or a dash: "…signed on Monday; usually such letters fizzle". */
const CLAUSE_END = /[;—–]|\s-\s/;
/** A parenthetical aside between commas ("…700 staff, often described as a mutiny, demanded…") is not the clause. */
const COMMA_ASIDE = /,[^,]*,/g;

/** A past act of the group ("signed", "demanded", "drew") or a denial ("is not") before the marker: the story's own. */
const PAST_OR_DENIAL =
  /\b(?:\p{L}{2,}(?<!ne|fe|se|pe|ee)ed|had|was|were|did|wrote|sent|went|drew|took|gave|made|came|won|not|never)\b|n['’]t\b/iu;

/** How far before the count its indefinite head is read. */
const HEAD_REACH = 60;

/** Is the count the size of an indefinite group the sentence speaks of as a kind? */
export function countsAKind(text: string, span: Span, figure: PageFigure): boolean {
  if (!INDEFINITE_HEAD_BEFORE.test(text.slice(Math.max(span.start, figure.start - HEAD_REACH), figure.start)))
    return false;
  const rest = text.slice(figure.end, span.end);
  const example = EXAMPLE_MARKER.exec(rest);
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)).replace(COMMA_ASIDE, ',');
  const marker = example ?? KIND_MARKER.exec(clause);
  if (!marker) return false;
  // The words between the group and the marker: a past act or a denial of frequency speaks of the instance.
  const upTo = example ? rest.slice(0, example.index) : clause.slice(0, marker.index);
  return !PAST_OR_DENIAL.test(upTo);
}

/** "Most employees", "Many staff", "Employees", "Workers who…": a sentence opening on people in general. */
const GENERIC_SUBJECT_OPENING =
  /^\W*(?:(?:most|many|few|some|all|no)\s+)?(?:(?:[\p{L}-]+\s+)?(?:employees|workers|staff(?:ers)?|people|engineers|researchers|executives|founders|directors|boards|companies|firms))\b(?!\s+(?:of|at|from|in)\s+(?:OpenAI|the\s+(?:company|firm|lab|start-?up)|its|their)\b)/iu;
/** A present tense of a general truth in the sentence: "have", "are", "do not", "tend to", "usually". */
const TIMELESS_PRESENT =
  /\b(?:have|are|do|don['’]t|rarely|seldom|usually|often|typically|generally|tend\s+to|can|cannot|can['’]t|need|want|know)\b/i;

/**
 * "A workforce that can…", "Any letter that says…", "An employee who threatens…": an indefinite noun
 * opening the sentence with a relative clause is any such party.
 */
const INDEFINITE_RELATIVE_OPENING =
  /^\W*(?:a|an|any|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:that|which|who|whose)\b/iu;
/** A singular timeless present after it: "… is leverage", "… has a veto", "… holds the power". */
const TIMELESS_SINGULAR = /\b(?:is|has|holds|gives|means|remains|isn['’]t|doesn['’]t)\b/i;
/** A past anywhere in the sentence ("that 700 staff signed", "had threatened"): the story's own letter. */
const PAST_IN_SENTENCE =
  /\b(?:\p{L}{2,}(?<!ne|fe|se|pe|ee)ed|had|was|were|did|wrote|sent|went|gave|made|came|said|told)\b/iu;
/**
 * "can threaten to leave", "can overrule it simply by threatening to quit", "can always threaten to
 * decamp": the ability modal before the act in its clause is what a party can do, not what it did. Not
 * "could" (the staff said they could follow him), nor "can and will quit" (a threat).
 */
const ABILITY_BEFORE = /\b(?:can|cannot|can['’]t)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
const ABILITY_BREAK = /[,;:—–]|\b(?:and|or|but)\b/i;

/** Is the act at `actAt` an ability ("can threaten to leave") rather than a threat made? */
function asAbility(sentence: string, actAt: number): boolean {
  const before = sentence.slice(0, actAt);
  const can = ABILITY_BEFORE.exec(before);
  return !!can && !ABILITY_BREAK.test(before.slice(can.index + can[0].search(/\s/)));
}

/** Does the sentence speak of people in general ("Most employees threatening to resign have nowhere to go")? */
export function speaksOfAKind(sentence: string, actAt: number): boolean {
  if (asAbility(sentence, actAt)) return true;
  const relative = INDEFINITE_RELATIVE_OPENING.exec(sentence);
  if (
    relative &&
    actAt >= relative[0].length &&
    TIMELESS_SINGULAR.test(sentence.slice(actAt)) &&
    !PAST_IN_SENTENCE.test(sentence)
  )
    return true;
  const opening = GENERIC_SUBJECT_OPENING.exec(sentence);
  // "Most employees threatened to resign": a past act is the story's; a kind's act is a participle or a present.
  if (!opening || /^\W*[\p{L}]+ed\b/iu.test(sentence.slice(actAt))) return false;
  const hasQuantifier = /^\W*(?:most|many|few|some|all|no)\s/i.test(opening[0]);
  const rest = sentence.slice(Math.max(opening[0].length, actAt));
  // The main verb comes after the act the subject carries ("threatening to resign have…").
  const timeless = TIMELESS_PRESENT.test(rest);
  return hasQuantifier ? timeless : timeless && (KIND_MARKER.test(sentence) || EXAMPLE_MARKER.test(sentence));
}

/**
 * "takes, say, a 10 percent stake", "puts in, for example, $50 million", "with, e.g., a 15% stake": an
 * example marker right before the figure offers an illustration of the kind, not the story's amount.
 */
const EXAMPLE_BEFORE =
  /(?:,\s*say\s*,|\bfor\s+(?:example|instance)\s*,|\be\.g\.\s*,?)\s*(?:an?\s+|just\s+|only\s+)?$/i;

/** Is the figure an example given right after ", say," or "for example,"? */
export function isExampleFigure(text: string, span: Span, figure: PageFigure): boolean {
  return EXAMPLE_BEFORE.test(text.slice(Math.max(span.start, figure.start - 30), figure.start));
}
