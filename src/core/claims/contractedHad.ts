import { irregularParticiples } from '../text/inflectVerb.ts';

/**
 * "'d" is "had" before a past participle ("someone he'd worked next to for eight years", "they'd
 * been told", "she'd already left") and "would" before a bare verb ("he'd quit if 700 left", "I'd
 * want a board of seven"). Only participles that cannot be a bare verb count: regular "-ed" forms
 * (not "need", "proceed", "head", "spread": "-eed" and "-ead" are bare verbs' endings, nor "shed", "wed") and irregular ones distinct from the base
 * ("been", "gone", "left", "told"; inflectVerb.ts's list); "quit", "put", "run", "come", "read" are both, so they stay "would".
 */
const ADVERBS = String.raw`(?:(?:not|never|already|just|long|once|also|only|all|since|previously|recently|first|earlier|even|barely|hardly|largely|mostly|ever)\s+)*`;
/** Bare verbs that end like a regular participle: "he'd shed 700 staff", "they'd wed", "he'd embed". */
const BARE_ED = String.raw`(?!(?:shed|shred|wed|bed|embed|imbed|sled)\b)`;
/** Participles that are also another verb's base: "he'd found a rival lab", "she'd wound down". */
const BARE_PARTICIPLE = String.raw`(?!(?:found|wound)\b)`;
/** The words after "'d" that make it "had" (a lookahead body, without the apostrophe and "d"). */
export const HAD_PARTICIPLE_AFTER = String.raw`\s+${ADVERBS}(?:${BARE_PARTICIPLE}(?:${irregularParticiples().join('|')})|${BARE_ED}[a-z]+(?<![ea])ed)\b`;
