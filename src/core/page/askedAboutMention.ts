/*
 * A claim named as what someone was asked about or would not discuss: "It did not respond to
 * questions about the observer role", "declined to comment on Altman's return", "would not say
 * anything about the board seat", "queries regarding the non-voting seat went unanswered", "when
 * asked about Brockman's exit". The object of a question or a refusal is a mention: nothing is
 * reported of it. The phrase must stand right before the statement, with at most a determiner or a
 * possessive between; "asked about the seat, Nadella said Microsoft had taken it" asserts in its own
 * clause, which the statement's span starts past.
 */
const ASKED_ABOUT = new RegExp(
  String.raw`\b(?:(?:questions?|quer(?:y|ies)|inquir(?:y|ies)|enquir(?:y|ies)|requests?\s+for\s+comment)\s+(?:about|on|over|regarding|concerning|into)|(?:asked|questioned|pressed|quizzed)\s+(?:(?:him|her|them|us|me)\s+)?(?:(?:on|last|this)\s+\p{L}+day\s+|\p{L}+ly\s+)?(?:about|on|over|regarding)|(?:comment|elaborate|speak|talk)\s+(?:on|about)|(?:say|said)\s+(?:anything|nothing|little|more)\s+(?:about|on|of)|discuss)\s+(?:(?:the|a|an|its|his|her|their|any|that|this|such)\s+|\p{Lu}[\p{L}.&-]*['’]s?\s+)?$`,
  'iu',
);
/** How far back the phrase may start. */
const REACH = 70;

/** The statement at [start, end) of `text` is only what someone was asked about or would not discuss. */
export const isAskedAbout = (text: string, start: number) =>
  ASKED_ABOUT.test(text.slice(Math.max(0, start - REACH), start));
