/**
 * A footnote's number printed as a superscript and read as text, glued to the word before it
 * ("the for-profit entity3, had", "put in $13 billion8, was",): the word is the
 * word, and the number is a note's mark. A law firm's alert, an encyclopedia's copy and a report's
 * PDF text print them so. Only after two or more lower-case letters, and only where a clause goes on
 * or the line ends after it (or anywhere after a money's scale, "$13bn2 in"), so "GPT4", "H100" and "web3 startups" keep their names' digits.
 */
const GLUED_FOOTNOTE =
  /(?<=\p{Ll}{2})\d{1,2}(?=[,;:.)]|\s*$)|(?<=\d\s?(?:trillion|billion|million|tn|bn|mn))\d{1,2}(?=\s)/gu;

/** `text` with each glued footnote number blanked, the same length, so offsets still point into the page. */
export const withoutGluedFootnotes = (text: string): string =>
  text.replace(GLUED_FOOTNOTE, (mark) => ' '.repeat(mark.length));
