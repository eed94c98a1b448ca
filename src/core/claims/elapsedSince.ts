import type { PageFigure } from '../figures/parseFigure.ts';

/*
 * Time counted from an event is no one's time in a post. News English dates a scene by the years or
 * months since something happened: "Two years after its directors fired Sam Altman, …", "two years
 * since the boardroom revolt", "Two years on from the coup", "eighteen months on," (a headline's "on"),
 * "three years ago", "two years earlier". ("Seven years later he quit" and "eight years before leaving"
 * are left alone: they often tell how long the stay lasted.) A tenure or a shared span is
 * counted from a start ("seven years after joining", "eight years after they first teamed up", "in the
 * eight years since they met", "five months after her promotion", "after the company hired him", "after
 * he came to OpenAI", "after taking the role"), or is spent "for N years after …" — those stay the person's.
 */

/** The unit and the word that makes the count an offset from an event rather than a stretch spent. */
const FROM_EVENT_AFTER =
  /^\s+(?:years?|months?)(?:\s+(?:and\s+a\s+half|to\s+the\s+(?:day|month|week)|or\s+so|and\s+change))?\s*(?<link>after|since|on\b|ago|earlier|removed\s+from)(?<rest>.{0,48})/isu;
/** The start of a stay or a partnership: time since it is time in it ("after joining", "since they met"). */
const START_EVENT =
  /^\s*(?:(?:he|she|they|the\s+two|both(?:\s+men)?|the\s+pair|it|(?:the|its|his|her)\s+(?:company|firm|lab|start-?up|board|group|employer|team)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:had\s+|first\s+)*)?(?:first\s+)?(?:join|joined|joining|arriv\w*|came|coming|hired|hiring|recruit\w*|brought\s+(?:\w+\s+)?(?:in|on|aboard)|(?:was|being)\s+(?:brought|taken)\s+(?:in|on|aboard)|(?:took|taking|take|assum\w*|step\w*\s+into)\s+(?:on\s+)?(?:the|her|his|their|that|this)\s+(?:new\s+)?(?:role|post|position|job|reins|helm)|start\w*|began|begin\w*|found\w*|co-?found\w*|met|meeting|team\w*\s+up|took\s+(?:over|the\s+job|charge)|taking\s+(?:over|the\s+job|charge)|became|becoming|was\s+(?:named|appointed|made|hired|promoted)|being\s+(?:named|appointed|hired|promoted)|sign\w*\s+on|signing\s+on|(?:(?:his|her|their|its|the)\s+(?:own\s+)?)?(?:promotion|appointment|arrival|hiring|elevation|installation|debut|first\s+day|joining|founding|move\s+(?:to|into))|their\s+(?:first|start)|(?:getting|got)\s+(?:promoted|hired|named|appointed|the\s+job)|(?:moving|stepping|moved|stepped)\s+(?:up|in|into))\b/iu;
/** A start told before the figure: "her promotion had come only five months earlier", "she joined just months ago". */
const START_BEFORE =
  /\b(?:promot\w*|appoint\w*|join(?:s|ed|ing)?|hired|arriv\w*|teamed\s+up|met|founded|co-?founded|took\s+(?:over|the\s+job))\b[^.;!?]*$/iu;
/** "for two years before the split", "spent three years after college": a stretch spent, whatever it is next to. */
const SPENT_BEFORE =
  /\b(?:for|spent|spending|spend|served|serving|lasted|over|of|worked|working|stayed|staying|remained|nearly\s+for|for\s+(?:some|about|nearly|almost|over|more\s+than))\s+(?:(?:some|about|nearly|almost|roughly|around|over|more\s+than|just|only|another|a\s+further)\s+)*$/iu;

/**
 * The years or months figure is counted from an event, not spent anywhere: "Two years after the revolt",
 * "three years ago", "eighteen months on". `before` is the sentence's text up to the figure.
 */
export function elapsedSinceEvent(text: string, figure: PageFigure, before: string): boolean {
  if ((figure.unit !== 'years' && figure.unit !== 'months') || figure.isAge) return false;
  const offset = FROM_EVENT_AFTER.exec(text.slice(figure.end, figure.end + 80));
  if (!offset?.groups) return false;
  const link = offset.groups.link!.toLowerCase();
  const rest = offset.groups.rest ?? '';
  // "Two years on, …", "18 months on from the coup": "on" only where no verb's object follows ("years on the board" is a stay).
  if (link === 'on' && !/^\s*(?:[,;:.!?—–]|from\b|$)/u.test(rest)) return false;
  if (SPENT_BEFORE.test(before)) return false;
  if ((link === 'after' || link === 'since') && START_EVENT.test(rest)) return false;
  // "her promotion had come only five months earlier", "he had joined two years before": the start told first.
  if (START_BEFORE.test(before)) return false;
  return true;
}
