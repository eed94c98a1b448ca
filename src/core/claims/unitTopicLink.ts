/*
 * The participles that tie a unit's head to the work it does, after the head: "a group doing
 * advanced AI research", "a team pursuing AI research", "a lab working on advanced AI", "an arm
 * specialising in AI research", "a unit tasked with AI research". The topic must still follow
 * (detectStatements' matchNounPhrase asks for "AI" or "research" last), so "a team doing deals"
 * or "a group working on Bing" stays no research unit.
 */
export const ACTIVITY_LINKS = [
  ...['doing', 'pursuing', 'conducting', 'performing', 'undertaking', 'working', 'carrying'],
  ...['specialising', 'specializing', 'concentrating', 'centred', 'centered', 'tasked', 'charged'],
  ...['exploring', 'advancing', 'driving', 'leading', 'spearheading'],
];

/** The word a link may take before its topic: "working on", "specialising in", "tasked with", "carrying out". */
export const LINK_PARTICLES = /^(?:to|on|in|with|out)$/;
