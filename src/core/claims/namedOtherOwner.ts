import type { NameHit } from '../match/findNames.ts';

/*
 * Another named firm's own numbers on a number-dense page: "Stripe, valued at $50 billion", "Cohere, with
 * 350 staff, is valued at $2.2 billion", "Klarna, which employs 5,000 people and was valued at $6.7 billion",
 * "SoftBank Group, which holds a 90% stake in Arm, gained 2.3%", "Quora, which has about 250 staff",
 * "Anthropic, founded in 2021 by seven former employees". A name followed by a description of itself (an
 * appositive or a relative clause) owns the figures of that description; so does a name right before its
 * verb of having ("Revolut has 8,000 staff"). When that owner is neither the chosen topic's entity nor a
 * person (a person's "start-up" is another firm's too, but a person is often the story's subject), the
 * figure is that firm's, not the story's. An agent ("led by Thrive Capital at an $86 billion valuation") is
 * no owner, and a new clause ("…said the company's value…") ends the owner's reach.
 */

/** A proper name: capitalised words ("SoftBank Group", "Thinking Machines Lab", "Levels.fyi"). */
const NAME = /\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|AI|of|de|&))*(?<!\s(?:of|de|&))/gu;
/** A description of the name right after it: an appositive or a relative clause. */
const DESCRIBED_AFTER =
  /^,\s+(?:(?:which|that|who|whose)\s|(?:valued|worth|with|founded|co-?founded|backed|based|owned|headquartered|employing|last\s+valued|now\s+valued)\b)/u;
/**
 * A verb of having or sizing right after the name, then the figure with at most a few words of amount:
 * "Revolut has 8,000 staff", "Cohere is valued at $2.2 billion", "Coinbase employs about 3,400" ("Microsoft
 * had taken him on, and 505…" is an auxiliary, not having).
 */
const HAS_AFTER =
  /^\s+(?:has|had|have|holds|held|employs|employed|owns|owned|raised|has\s+raised|had\s+raised|(?:is|was)\s+(?:now\s+)?valued\s+at|(?:is|was)\s+worth|counts|manages|managed)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|under|fewer\s+than|less\s+than|just|only|close\s+to|an?|a\s+total\s+of)\s+)*$/u;
/** A connective opening its sentence before a comma is no name: "Still, with $13 billion…", "Meanwhile, which…". */
const CONNECTIVE =
  /^(?:Still|Yet|Meanwhile|However|Now|Today|Then|Instead|Indeed|Overall|Altogether|Separately|Elsewhere|Again|Also|Besides|Moreover|Similarly|Likewise|Nonetheless|Nevertheless|Even|So|Thus|Ultimately|Finally|First|Second|Third|Last|Later|Earlier|Here|There|Worse|Better|Plus|Anyway|Admittedly|Granted|Sure|Yes|No|Oddly|Notably|Crucially|Together|Combined|In|At|By|For|On|After|Before|Since|Until|Last|This|That|These|Those|It|He|She|They|We|You|I|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Thanksgiving|Easter)$/u;
/** Between the owner and the figure: no new clause, no other subject, no second name. */
const CLAUSE_BREAK =
  /[;:—–()]|\b(?:said|says|told|tells|added|adds|noted|wrote|according|while|whereas|but|against|versus|than|compared|unlike|ahead\s+of|behind|above|below|the\s+company|the\s+firm|OpenAI|its\s+(?:rival|backer|partner|investor))\b|\p{Lu}/u;
/** An agent or an object before the name is no owner: "led by Thrive", "a stake in Arm", "bought from Amazon". */
const NOT_OWNER_BEFORE = /\b(?:by|from|in|into|to|for|of|at|with|on|over|behind|like|as)\s+(?:the\s+)?$/iu;
/** A name a preposition governs, inside the owner's description: "founded by Ilya Sutskever", "put into OpenAI". */
const OBJECT_NAME =
  /\b(by|from|in|into|of|at|with|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*)*/gu;
/** The owner's reach: its description is short. */
const REACH = 110;

/**
 * The figure at `figureStart` belongs to a named organisation that is not one of `entities` (nor a person).
 * `isPerson` tells a story entity's kind.
 */
export function ownedByOtherName(
  text: string,
  clauseStart: number,
  figureStart: number,
  names: NameHit[],
  entities: readonly string[],
  isPerson: (id: string) => boolean,
): boolean {
  const from = Math.max(clauseStart, figureStart - REACH);
  const before = text.slice(from, figureStart);
  const found = [...before.matchAll(NAME)];
  // The nearest name that is no preposition's object ("founded by Ilya Sutskever", "a stake in Arm") may own the figure.
  for (let i = found.length - 1; i >= 0; i--) {
    const owner = found[i]!;
    const ownerStart = from + owner.index;
    const ownerEnd = ownerStart + owner[0].length;
    const between = text.slice(ownerEnd, figureStart);
    const described = DESCRIBED_AFTER.test(between);
    const isObject = NOT_OWNER_BEFORE.test(text.slice(Math.max(clauseStart, ownerStart - 12), ownerStart));
    // "ahead of OpenAI's 25%": a possessive name owns the noun or the figure after it, not a clause.
    if (/['’]s$/u.test(owner[0])) return false;
    // "chief executive of Quora, which has…": a described name owns its description, object or not.
    if (!described && isObject) continue;
    if (!described && !HAS_AFTER.test(between)) return false;
    // Past the description's opening words, the rest runs to the figure within the owner's clause.
    if (CLAUSE_BREAK.test(between.replace(/^,/, '').replace(OBJECT_NAME, ' $1 x'))) return false;
    // A lone word opening its sentence is a name only when described ("Stripe, valued at"), not before a verb ("Shares have").
    const opensSentence = !/\S/.test(text.slice(clauseStart, ownerStart)) && !/\s/.test(owner[0]);
    // "The Standard has around 500 signatures": a title with its article is a publication reporting, not an owner.
    if (/^The\s/u.test(owner[0]) || CONNECTIVE.test(owner[0])) return false;
    // The name's head is its last word: "Mira Murati's Thinking Machines Lab" is a lab, not a person.
    const headStart = ownerStart + owner[0].search(/\S+$/u);
    const hit = names.find((n) => n.start < ownerEnd && n.end > headStart);
    if (!hit && opensSentence && !described) return false;
    if (hit && (entities.includes(hit.entityId) || isPerson(hit.entityId))) return false;
    return true;
  }
  return false;
}

/**
 * "600 Google employees", "some 300 Meta AI researchers", "500 Anthropic Staffers Sign" (a headline): a
 * proper name between a count and its people noun is their employer.
 */
const EMPLOYER_BETWEEN =
  /^\s+(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*)?)\s+(?:employees|staff|staffers|workers|researchers|engineers|scientists)\b/iu;

/**
 * The count ending at `figureEnd` is of the people of a named organisation that is not one of `entities`
 * (nor a person: "700 Altman loyalists" are the story's). An unknown capitalised name is another firm.
 */
export function employedByOther(
  text: string,
  figureEnd: number,
  names: NameHit[],
  entities: readonly string[],
  isPerson: (id: string) => boolean,
): boolean {
  const m = EMPLOYER_BETWEEN.exec(text.slice(figureEnd, figureEnd + 60));
  // The name must be capitalised in the text: the pattern is case-blind only for the noun ("Employees").
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return false;
  const start = figureEnd + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const hit = names.find((n) => n.start < end && n.end > start);
  if (hit) return !entities.includes(hit.entityId) && !isPerson(hit.entityId);
  // A title-case line capitalises every word: "700 Employees Threaten" has no name before its noun.
  return !/^(?:Employees|Staff|Staffers|Workers|Researchers|Engineers|Scientists|More|Of|The|Its)$/u.test(
    m[1]!.split(/\s+/u)[0]!,
  );
}
