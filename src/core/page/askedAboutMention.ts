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
/**
 * "… on Altman's hiring, which it announced on X", "… about his return as CEO, which was confirmed late
 * Tuesday", "… on the deal, announced Monday": the sentence asserts the claim in its own relative or
 * participle clause after the mention, so it is reported, not only asked about.
 */
const ASSERTED_AFTER = new RegExp(
  String.raw`^(?:\s+(?:as|at|to|with|by|of)\s+[\p{L}\p{N}.’'-]+(?:\s+[\p{L}\p{N}.’'-]+){0,2})?\s*,\s*(?:(?:which|that)\s+(?:[\p{L}’'-]+\s+){0,3}?)?(?:announced|confirmed|disclosed|revealed|made\s+official|made\s+public|finali[sz]ed|completed|sealed)\b`,
  'iu',
);
/** How far back the phrase may start, and how far on the clause that asserts it may end. */
const REACH = 70;

/** The statement at [start, end) of `text` is only what someone was asked about or would not discuss. */
export const isAskedAbout = (text: string, start: number, end = start) =>
  ASKED_ABOUT.test(text.slice(Math.max(0, start - REACH), start)) &&
  !ASSERTED_AFTER.test(text.slice(end, end + REACH));
