/**
 * "'d" is "had" before a past participle ("someone he'd worked next to for eight years", "they'd
 * been told", "she'd already left") and "would" before a bare verb ("he'd quit if 700 left", "I'd
 * want a board of seven"). Only participles that cannot be a bare verb count: regular "-ed" forms
 * (not "need", "proceed": "-eed" is a bare verb's ending) and irregular ones distinct from the base
 * ("been", "gone", "left", "told"); "quit", "put", "run", "come", "read" are both, so they stay "would".
 */
const ADVERBS = String.raw`(?:(?:not|never|already|just|long|once|also|only|all|since|previously|recently|first|earlier|even|barely|hardly|largely|mostly|ever)\s+)*`;
const IRREGULAR_PARTICIPLES = [
  ...['been', 'had', 'done', 'gone', 'seen', 'known', 'taken', 'given', 'written', 'spoken', 'chosen'],
  ...['grown', 'thrown', 'drawn', 'shown', 'driven', 'risen', 'fallen', 'begun', 'got', 'gotten', 'made'],
  ...['left', 'kept', 'held', 'told', 'said', 'sent', 'spent', 'built', 'brought', 'bought', 'thought'],
  ...['sought', 'taught', 'found', 'lost', 'led', 'met', 'paid', 'sold', 'stood', 'won', 'fought'],
  ...['sat', 'felt', 'heard', 'meant', 'dealt', 'struck', 'stuck', 'hung', 'forgotten', 'broken'],
];
/** The words after "'d" that make it "had" (a lookahead body, without the apostrophe and "d"). */
export const HAD_PARTICIPLE_AFTER = String.raw`\s+${ADVERBS}(?:${IRREGULAR_PARTICIPLES.join('|')}|[a-z]+(?<!e)ed)\b`;
