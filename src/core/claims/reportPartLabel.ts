/*
 * A label that names a part of a report or one of its versions, as a table of how outlets gave a figure
 * labels its notes: "Headline: 505 · Body: 490", "Body of the story: 490", "In the text: about 500",
 * "First version: 700", "Updated story: 745", "Print edition: nearly 500", "Push alert: 500". It says where
 * the value was given, not what it counts ("Stories: 12", a plural, still counts stories).
 */
const REPORT_PART =
  /^\W*(?:(?:in|per|from)\s+)?(?:(?:the|its|their)\s+)?(?:(?:first|second|original|initial|earlier|later|updated|final|corrected|online|print|web|main)\s+)*(?:headline|hed|dek|deck|standfirst|subhead(?:ing)?|body|text|lede|intro|story|article|report|copy|version|edition|update|correction|caption|tweet|post|push\s+alert|alert|summary|newsletter|broadcast|footnote)(?:\s+(?:of|in)\s+(?:the\s+|its\s+)?(?:story|article|report|piece|copy|text|post))?\W*$/i;

/** The label (a fact line's words before its value) names where a value was given. */
export function namesReportPart(label: string): boolean {
  return REPORT_PART.test(label);
}
