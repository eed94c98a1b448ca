/**
 * A sentence that opens with a label ("Future board: as many as nine…", "Valuation: $86bn") or a
 * transcript's speaker tag ("RAVI: Up about 1% before the open", "DANA: Microsoft stock moved?"). The
 * label is no company, and the clause after its colon opens as a sentence does: its first word is
 * capitalised whatever it is.
 */

/** Up to four words and a colon, from the sentence's start: "Future board:", "Late-2023 tender:". */
const LABEL_OPENING = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}'’.&-]+\s+){0,3}[\p{L}\p{N}'’.&-]+\s*:\s*$/u;
/** A speaker's name set in capitals: "RAVI", "DANA", "MS. LEE", "Q". */
const SPEAKER = /^(?:\p{Lu}{1,4}\.\s+)?\p{Lu}[\p{Lu}'’.-]*$/u;
const BEFORE_TAG = /^[^\p{L}\p{N}]*(?:\p{Lu}{1,4}\.\s+)?$/u;

/** `before` (the sentence up to a word) is a label with its colon: the word opens the clause after it. */
export function opensAfterLabel(before: string): boolean {
  return LABEL_OPENING.test(before);
}

/** The word, first in its sentence and followed by a colon, is a speaker's name in capitals. */
export function isSpeakerTag(before: string, word: string, after: string): boolean {
  return BEFORE_TAG.test(before) && SPEAKER.test(word) && /^\s*:/.test(after);
}
