/*
 * A team or group whose size is given as the agent or start of a founding: "OpenAI was started by an
 * 11-person team", "founded in 2015 by an 11-strong group", "the company began life as an 11-member
 * team", "an 11-person team founded it". Such a team is the founding team, whatever its head noun
 * ("team", "group", "crew"), so the count is the founding team's size. A team that later built or
 * runs something ("Microsoft's 11-person team that built Copilot") is not, and neither is one that
 * set up a product, a unit or a project ("the safety unit was set up by a 20-person team"): what was
 * founded must be an organisation, named or called the company, the lab, the start-up, or "it".
 * "Built", "launched" and "created" are left out: they are what teams do to products.
 */

import { eachMatch } from '../text/eachMatch.ts';

/** The founding act with its agent or starting form just before the count. */
const FOUNDED_BY_BEFORE =
  /\b(?:(?:co-?)?founded|started|set\s+up|formed|established|begun)(?:\s+(?:in|back\s+in)\s+\d{4}(?:\s+in\s+\p{Lu}[\p{L}\s]{0,30}?)?)?\s+(?:by|with)\s+(?:(?:just|only|a\s+mere|barely)\s+)?(?:an?|the)?\s*$|\b(?:began|started|begun)(?:\s+(?:life|out))?\s+as\s+(?:(?:just|only|a\s+mere)\s+)?(?:an?)\s+$/iu;
/** …or right after the count and its group: "an 11-person team founded it". */
const FOUNDED_AFTER =
  /^-(?:person|member|strong|man|woman)\s+(?:[\p{L}-]+\s+)?(?:team|group|crew|band|outfit|collective)\s+(?:(?:that|which|who)\s+)?(?:(?:co-?)?founded|started|set\s+up)\s+/iu;

/** An organisation's name or its common noun, or a pronoun standing for it. */
const ORGANISATION =
  '(?:\\p{Lu}[\\p{L}\\p{N}&.-]*|(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\\s+(?:(?:new|young|small|tiny|little)\\s+)?(?:company|lab|laboratory|start-?up|firm|organi[sz]ation|non-?profit|charity|business|venture|outfit)|it|which|that)';
/** The founded organisation as the subject just before the verb: "OpenAI was", "OpenAI,", "the company, which was". */
const ORGANISATION_SUBJECT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])${ORGANISATION}(?:['’]s)?\\s*,?\\s*(?:(?:was|were|is|had\\s+been|has\\s+been)\\s+)?(?:(?:first|originally|initially|itself)\\s+)?$`,
  'u',
);
/** …or as the object just after an active verb: "founded OpenAI", "set up the company", "started it". */
const ORGANISATION_OBJECT_AFTER = new RegExp(`^${ORGANISATION}(?![\\p{L}\\p{N}])`, 'u');

/** The count is the size of the team that founded the organisation. */
export function foundingTeamCount(before: string, after: string): boolean {
  const near = before.slice(-120);
  const act = FOUNDED_BY_BEFORE.exec(near);
  if (act) return ORGANISATION_SUBJECT_BEFORE.test(near.slice(0, act.index));
  const active = FOUNDED_AFTER.exec(after.slice(0, 60));
  if (!active) return false;
  const object = after.slice(active[0].length, active[0].length + 40);
  return ORGANISATION_OBJECT_AFTER.test(object) && !/^(?:a|an)\s/i.test(object);
}

/** A sized team or group: "an 11-person team", "an eleven-strong group", "the 11-member crew". */
const SIZED_TEAM =
  /(?<![\p{L}\p{N}])(?<count>[\p{N}\p{L}]+)(?=-(?:person|member|strong|man|woman)\s+(?:[\p{L}-]+\s+)?(?:team|group|crew|band|outfit|collective)\b)/giu;

/**
 * Where each sized team that founded an organisation stands in `text` ("OpenAI was formed by an
 * 11-person team"): the same reading as foundingTeamCount, so "N of them" after it points back at
 * the founders exactly where the count itself is the founding team (pointedBackGroup.ts).
 */
export function foundingTeamsIn(text: string): number[] {
  const found: number[] = [];
  for (const m of eachMatch(SIZED_TEAM, text)) {
    const end = m.index + m[0].length;
    if (foundingTeamCount(text.slice(Math.max(0, m.index - 120), m.index), text.slice(end, end + 200)))
      found.push(m.index);
  }
  return found;
}
