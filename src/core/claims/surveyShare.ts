/*
 * A percentage of the people a survey asked — "38% of respondents", "40% of executives polled", "a
 * third of those surveyed", "62% of IT leaders questioned", "half of firms surveyed" — is how many
 * answered one way, not a company's share of a market, its stake or its staff. Counted people who are
 * not asked anything ("95% of employees signed") stay the story's.
 */

/**
 * People a survey asks: "respondents" and "those surveyed" as such; people of a kind ("executives",
 * "developers", "Americans") or companies only with the asking after them ("executives polled").
 */
const ASKED_PEOPLE =
  '(?:respondents|participants|interviewees|those\\s+(?:surveyed|polled|asked|questioned|interviewed|who\\s+(?:responded|answered))|people\\s+(?:surveyed|polled|asked|questioned)|(?:(?:IT|tech|business|senior|enterprise|C-suite)\\s+)?(?:executives|leaders|decision[\\s-]makers|managers|buyers|CIOs|CTOs|CEOs|developers|engineers|consumers|voters|adults|Americans|Britons|users|readers|professionals)(?=\\s+(?:surveyed|polled|asked|questioned|interviewed|in\\s+(?:the|a|its)\\s+(?:survey|poll|study)))|(?:companies|firms|businesses|organi[sz]ations|enterprises)\\s+(?:surveyed|polled|asked|questioned|interviewed))';

/** After the percentage: "of" and the asked people, maybe "the" or "all" first. */
const OF_ASKED = new RegExp(`^\\s*(?:of\\s+(?:the\\s+|all\\s+)?)${ASKED_PEOPLE}`, 'iu');

/** Is the text after a percentage (from its end) the people a survey asked? */
export function isSurveyShare(after: string): boolean {
  return OF_ASKED.test(after);
}
