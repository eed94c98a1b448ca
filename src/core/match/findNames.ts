import { eachMatch } from '../text/eachMatch.ts';
import type { Matcher, NameEntry, NameTier } from './compileMatcher.ts';
import { escapeRegExp, nameKey } from './namePattern.ts';
import { namesSomeoneElse } from './namesakeShapes.ts';
import { isInitials, usedAsInitials, usedAsName } from './usedAsName.ts';

export interface NameHit {
  start: number;
  end: number;
  entityId: string;
  tier: NameTier;
  /** The dataset alias this text matched. */
  alias: string;
  /** A person's first name alone ("Greg", "ilya"): a page that calls the story's people so names them all so. */
  firstName?: true;
  /**
   * A shared surname listed beside another of the dataset's people ("Toner and McCauley", "Summers,
   * the ex-Treasury man, and D'Angelo"): the company it keeps says whose it is.
   */
  listed?: true;
  /** A shared name set in capitals ("TAYLOR"), found only where it is listed. */
  derived?: 'capitals';
}

/**
 * The names of a text, and which of the dataset's shared names it gives someone else: a first name
 * before another surname ("Tom Ellery": `first:tom-cunningham`), a surname after another first name
 * ("Dana Summers": `last:larry-summers`). On such a page the name alone names neither.
 */
export type FoundNames = NameHit[] & { namesakes?: string[] };

/** Another capitalised name after it, maybe past a middle initial ("Lawrence H. Smith"). */
const NEXT_NAME = /^ (?:[A-Z]\. )?[A-Z][a-z]/;
/** A capitalised word just before a name, on its line ("Jack Altman"). */
const WORD_JUST_BEFORE = /(?:^|[^A-Za-z'’.-])([A-Z][a-z]+)[ \u00a0]$/;
/**
 * Capitalised words that stand before a surname without being a first name: titles, roles, the
 * days and months a clause opens with ("On Thursday Altman…").
 */
const NOT_FIRST_NAMES = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Professor Sir Dame Lord Lady Chief Executive President Chairman Chair Director ' +
    'Founder Cofounder Boss Former Ex Interim Acting Secretary Senator Judge Officer Scientist Investor ' +
    'Billionaire Entrepreneur Researcher Engineer Partner Adviser Advisor Head Leader Chancellor Minister ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Today Yesterday Tonight Then Now When After Before And But ' +
    // A question or a clause opens with these ("Would Tworek have stayed?"): they are nobody's first name.
    'Would Could Should Can Did Does Do Is Was Were Are Has Have Had Why What How Where Who If So As Even Also ' +
    // Nor does a list item or a sentence that opens with these ("Meanwhile Summers, the economist, …").
    'Meanwhile Instead Still Later Earlier Like Unlike With Without For From At By In On Under Since While ' +
    'Although Though Because Once Until Both Neither Either Not Only Enter Plus Yet Thanks Per Via Including ' +
    'Except Besides Among Between Against Said Says Ask Cue Here There Economist Analyst Critics Sources'
  ).split(' '),
);
/**
 * A name heading a list item, a byline or a caption: a dash, a bracket, a colon or the line's end
 * after it. Not a comma: "Count Murati, and that made three" opens with a verb.
 */
const NAME_HEADS_ITEM = /^[A-Za-z'’-]+[ \u00a0]*(?:[—–(:]|\s-\s|$|\n)/;
/** How far back to look when judging whether a line is set in title case. */
const TITLE_CASE_REACH = 60;

/**
 * "Jack Altman", "Annie Altman": a surname right after a capitalised word that is no title, no date
 * word, no name the dataset knows and not the sentence's first word is another person's. Headlines
 * in title case ("Microsoft Hires Altman") capitalise every word and are read as they are.
 */
function afterAnotherFirstName(matcher: Matcher, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - TITLE_CASE_REACH), start);
  const m = WORD_JUST_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (NOT_FIRST_NAMES.has(word) || matcher.nameLookup.has(word)) return false;
  const wordStart = before.length - m[0].length + m[0].indexOf(word);
  // The sentence's first word is capitalised whatever it is.
  // So is the first word after a speaker's label or a timestamp ("NIKHIL [00:16:02] Would…").
  // There the pair is a full name where it heads a list item or a byline ("Dana Summers — a law firm").
  if (/(?:^|[.!?:;"“‘(\n\]]|\s[-–—•])\s*$/.test(before.slice(0, wordStart)))
    return !/ly$/.test(word) && NAME_HEADS_ITEM.test(text.slice(start, start + TITLE_CASE_REACH));
  // A line in title case: every longer word on both sides capitalised.
  // Names are capitalised in any line: only the other words count.
  const line = `${before.slice(0, wordStart)} ${text.slice(start, start + TITLE_CASE_REACH)}`;
  const words = (
    line
      .split('\n')
      .join(' ')
      .match(/[A-Za-z]{4,}/g) ?? []
  ).filter((w) => !matcher.nameLookup.has(w));
  return !(words.length >= 2 && words.every((w) => /^[A-Z]/.test(w)));
}

/** "and Ilsa Marten" after a first name: a second first name and a surname that is not the entity's. */
const COUPLE = /^ (?:and|&) ([A-Z][a-z]+ ([A-Z][a-z'’-]+))/;

function sharesAnotherSurname(matcher: Matcher, entityId: string, text: string, end: number): boolean {
  const couple = COUPLE.exec(text.slice(end, end + 40));
  // "Sam and Greg Brockman": the second is someone the dataset knows, so the first may be too.
  if (!couple || matcher.nameLookup.has(couple[1]!)) return false;
  const entity = matcher.entities.get(entityId);
  return entity?.kind === 'person' && !entity.name.split(/\s/).includes(couple[2]!);
}

/** The entity's own names at the end of a text: what its initials may be brought in after ("Microsoft (MS)"). */
const namesBefore = new WeakMap<Matcher, Map<string, RegExp>>();
function introducedFor(matcher: Matcher, entityId: string): RegExp {
  let byEntity = namesBefore.get(matcher);
  if (!byEntity) namesBefore.set(matcher, (byEntity = new Map<string, RegExp>()));
  let pattern = byEntity.get(entityId);
  if (!pattern) {
    const entity = matcher.entities.get(entityId)!;
    const names = [entity.name, ...entity.aliases].filter((a) => !isInitials(a)).map(escapeRegExp);
    byEntity.set(entityId, (pattern = new RegExp(`(?:${names.join('|')})(?:['\\u2019]s)?\\s*$`)));
  }
  return pattern;
}

/** Every name in `text`, leftmost-longest ("Sam Altman" wins over "Altman"). */
export function findNames(matcher: Matcher, text: string): FoundNames {
  const hits: FoundNames = [];
  const namesake = (part: 'first' | 'last', entityId: string) => {
    if (matcher.entities.get(entityId)?.kind === 'person')
      (hits.namesakes ??= []).push(`${part}:${entityId}`);
  };
  for (const m of eachMatch(matcher.names, text)) {
    // Most matches are written exactly as the alias; normalise only the others.
    const entry = matcher.nameLookup.get(m[0]) ?? matcher.nameLookup.get(nameKey(m[0]));
    if (!entry) continue;
    // An address is not a mention: "sam@openai.com", "openai.com/blog".
    const end = m.index + m[0].length;
    if (text[m.index - 1] === '@' || text[end] === '@' || /^\.[a-z]/.test(text.slice(end, end + 2))) continue;
    // "Taylor Swift", "Scott Morrison": a shared name followed by another capitalised name is someone else.
    if (entry.tier === 'ambiguous' && NEXT_NAME.test(text.slice(end, end + 6))) {
      if (isFirstName(matcher, entry.entityId, entry.alias)) namesake('first', entry.entityId);
      continue;
    }
    // "Greg and Ilsa Marten": a first name alone shared with another's surname is a couple of others.
    if (entry.tier === 'ambiguous' && sharesAnotherSurname(matcher, entry.entityId, text, end)) continue;
    // "his brother Jack Altman": a surname alone after another first name is someone else.
    if (entry.tier !== 'full' && !/\s/.test(m[0]) && afterAnotherFirstName(matcher, text, m.index)) {
      if (entry.tier === 'ambiguous') namesake('last', entry.entityId);
      continue;
    }
    // "MS" for Microsoft, not "MS. LEE:", "Jackson, MS", "MS Teams" or "Morgan Stanley (MS)".
    if (
      entry.tier === 'ambiguous' &&
      isInitials(entry.alias) &&
      !usedAsInitials(text, m.index, end, introducedFor(matcher, entry.entityId))
    )
      continue;
    // "the shear force", "we will", "Thrive" heading a sentence about start-ups: ordinary words.
    if (entry.ordinaryWord && !usedAsName(text, m.index, end)) continue;
    if (quotedSpelling(matcher, entry, text, m.index, end)) continue;
    const firstName = entry.tier === 'ambiguous' && isFirstName(matcher, entry.entityId, entry.alias);
    // "Not this week, Greg.", "Sam in Tucson writes", "my roommate Sam": someone the writer talks to or knows.
    if (firstName && namesSomeoneElse(text, m.index, end, (w) => matcher.nameLookup.has(w))) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      entityId: entry.entityId,
      tier: entry.tier,
      alias: entry.alias,
      ...(firstName ? { firstName } : {}),
      ...(entry.derived === 'capitals' ? { derived: entry.derived } : {}),
    });
  }
  markListed(matcher, hits, text);
  // "TAYLOR" in capitals is a name only as the list says so: alone it may be anyone's, or a word ("SUMMERS").
  return dropUnlistedCapitals(hits);
}

function dropUnlistedCapitals(hits: FoundNames): FoundNames {
  if (!hits.some((h) => h.derived === 'capitals' && !h.listed)) return hits;
  const kept: FoundNames = hits.filter((h) => h.derived !== 'capitals' || h.listed);
  if (hits.namesakes) kept.namesakes = hits.namesakes;
  return kept;
}

function isFirstName(matcher: Matcher, entityId: string, alias: string): boolean {
  const entity = matcher.entities.get(entityId);
  return (
    entity?.kind === 'person' &&
    /\s/.test(entity.name) &&
    entity.name.split(/\s/)[0]!.toLowerCase() === alias.toLowerCase()
  );
}

/**
 * A word of a spelling the dataset lists, not of the name ("Brett" of "Brett Taylor"), in quote marks:
 * the misspelling talked about ('misspelt his name as "Brett"'), not the person. Such a word is no
 * first name either: a page that prints it does not call the story's people by first name.
 */
function quotedSpelling(
  matcher: Matcher,
  entry: NameEntry,
  text: string,
  start: number,
  end: number,
): boolean {
  if (
    entry.derived !== 'part' ||
    !/^["“‘']$/.test(text[start - 1] ?? '') ||
    !/^["”’']/.test(text.slice(end, end + 1))
  )
    return false;
  const name = matcher.entities.get(entry.entityId)?.name ?? '';
  return !name.split(/\s+/).includes(entry.alias);
}

/**
 * What stands between two names of one list: "and", "&", "or", a comma, or the dot, bar or slash
 * of a chyron or a fact box, with a short aside, an age or a role in brackets after the first
 * ("Toner and McCauley", "Summers, the ex-Treasury man, and D'Angelo", "Taylor, 43, Summers",
 * "TAYLOR (CHAIR) · SUMMERS"), or a role of up to three words without a comma ("Taylor chairing, Summers",
 * "Summers at 68 and D'Angelo").
 */
const LIST_JOINT =
  /^(?:['\u2019]s)?(?:,[\s\u00a0]*[^,;:.!?()\n\u00b7\u2022|/]{1,40}|[\s\u00a0]*\([^()\n]{1,40}\)|(?:[\s\u00a0]+(?:[a-z][a-z'\u2019-]*|\d{1,3})){1,3})?(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:and|&|or)[\s\u00a0]+)?|[\s\u00a0]+(?:and|&|or)[\s\u00a0]+|[\s\u00a0]*[\u00b7\u2022|/][\s\u00a0]*)$/;

/** Pairs of people one of the dataset's claims names together ("bret-taylor larry-summers"). */
const claimPartners = new WeakMap<Matcher, Set<string>>();
function togetherInAClaim(matcher: Matcher, a: string, b: string): boolean {
  let pairs = claimPartners.get(matcher);
  if (!pairs) {
    pairs = new Set<string>();
    for (const claim of matcher.claims.values())
      for (const x of claim.entities) for (const y of claim.entities) if (x !== y) pairs.add(`${x} ${y}`);
    claimPartners.set(matcher, pairs);
  }
  return pairs.has(`${a} ${b}`);
}

/**
 * A shared surname of the dataset's people, or a short name of its organisations, in a list with
 * another of them: on a page about the story that company says whose name it is ("Toner and
 * McCauley", "Summers, the ex-Treasury man, and D'Angelo", investors "Thrive, Sequoia and Khosla
 * Ventures"). The other must be of the same kind and named by a name that counts on its own, or be a
 * shared name too of one the story puts beside this one (a claim names both: "Taylor and Summers",
 * the new board), not any two ("Scott and Taylor"), and not a first name alone.
 */
function markListed(matcher: Matcher, hits: NameHit[], text: string): void {
  const kindOf = (h: NameHit) => matcher.entities.get(h.entityId)?.kind;
  const listable = (h: NameHit) => kindOf(h) === 'person' || kindOf(h) === 'organisation';
  const companions = (a: NameHit, b: NameHit) =>
    a.entityId !== b.entityId &&
    !b.firstName &&
    kindOf(b) === kindOf(a) &&
    (b.tier !== 'ambiguous' || togetherInAClaim(matcher, a.entityId, b.entityId));
  hits.forEach((hit, i) => {
    if (hit.tier !== 'ambiguous' || hit.firstName || !listable(hit) || !/^[A-Z]/.test(hit.alias)) return;
    const before = hits[i - 1];
    const after = hits[i + 1];
    if (
      (before && companions(hit, before) && LIST_JOINT.test(text.slice(before.end, hit.start))) ||
      (after && companions(hit, after) && LIST_JOINT.test(text.slice(hit.end, after.start)))
    )
      hit.listed = true;
  });
}
