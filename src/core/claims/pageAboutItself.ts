import type { BlockReading } from './readReferences.ts';

/** Determiners by which a page names itself ("This note", "Our explainer"); "the" may name another work ("The companion case covers…"). */
const SELF = new Set(['this', 'our', 'today’s', "today's"]);
/** Nouns for the page or the work it is part of. */
const WRITINGS = new Set([
  ...['note', 'article', 'piece', 'paper', 'essay', 'post', 'chapter', 'episode', 'report', 'thread'],
  ...['story', 'explainer', 'timeline', 'podcast', 'guide', 'briefing', 'newsletter', 'study', 'review'],
  ...['column', 'entry', 'analysis', 'brief', 'book', 'documentary', 'series', 'section', 'case', 'feature'],
  ...['primer', 'recap', 'retrospective', 'history', 'exhibition', 'gallery', 'quiz', 'lesson', 'talk'],
]);
/** What a page does with its subject ("reconstructs the removal and reinstatement of…", "looks back at…"). */
const COVERS =
  /^(?:reconstruct|examin|recount|trac|revisit|explor|cover|look|tell|follow|chart|describ|review|consider|ask|analy[sz]|retrac|document|summari[sz]|recap|map|unpick|unpack|walk|tak|set|lay|lays|retell|narrat|investigat|assess|weigh|discuss|outlin|sketch)/;
/** The covering verb is this close to the sentence's start ("This short note reconstructs…"). */
const COVER_REACH = 4;

/**
 * "This note reconstructs the removal and reinstatement of OpenAI's chief executive", "Our explainer
 * looks at Altman's return": a sentence whose subject is the page itself names its topics; the acts in
 * it are what the page goes on to tell, not told here.
 */
export function pageAboutItself(reading: BlockReading, first: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  const sentence = sentences[sentenceOf[first]!]!;
  let k = sentence.first;
  while (k < first && !tokens[k]!.isWord) k++;
  if (!SELF.has(tokens[k]?.lower ?? '')) return false;
  const head = k;
  for (k = head + 1; k < first && k - head <= COVER_REACH; k++) {
    if (!WRITINGS.has(tokens[k]!.lower)) continue;
    // "This case study", "the feature": the covering verb right after the noun (or "study").
    let verb = k + 1;
    if (tokens[verb]?.lower === 'study') verb++;
    if (verb >= first || !COVERS.test(tokens[verb]!.lower) || !/s$/.test(tokens[verb]!.lower)) return false;
    // "This case covers the years that followed: … OpenAI had been diverting compute": after a colon the page tells.
    for (let j = verb + 1; j < first; j++) if (/^[:;—–]$/.test(tokens[j]!.text)) return false;
    return true;
  }
  return false;
}
