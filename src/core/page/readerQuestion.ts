/*
 * A reader's question on a Q&A page (a live blog's "Your questions answered", a mailbag, an
 * advice column, an "Ask the reporter" thread): the block opens with the asker's signature,
 * "Q (Sam, Fargo):", "Question from Kim in Des Moines:", "Reader question (Dana, Lincoln) —",
 * "Sam from Fargo asks:", "Kim, of Des Moines, writes in:", "Marcus (Kansas City) wants to know:",
 * "A reader in Omaha asks:", "u/quiet_fox asks:". A bare "writes:" or "wrote:" is no asker's verb:
 * "Greg Brockman, OpenAI President, wrote:" heads his own statement. What follows, up to the answer's own label
 * ("A:", "Answer:"), is the asker's: their question and their hearsay ("I've seen 500 and I've
 * seen 700"). The page reports none of it, so it gives no figure and no statement; and the
 * signature's first name is a reader, not the story's "Sam". A question quoted whole and signed after a
 * dash ('"How many signed? I've seen 500…" — Priya, Leeds') is a reader's too. A bare "Q:" (an interviewer's or an
 * FAQ's question) has no asker and is left to the question guards; so is "Satya Nadella asks:",
 * a name with no town and no "reader".
 */

/** "Sam, Fargo", "Sam in Fargo", "Kim from Des Moines, Iowa", "Kim, of Des Moines". */
const SIGNED = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s*|\s+(?:in|from|of)\s+|,\s*(?:in|from|of)\s+)\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,3}`;
/**
 * A parenthesised signature: a capitalised name or town, no digits. "(updated 4pm)", "(1 of 3)" are a
 * live blog's or a series' notes, not an asker (review23 #12).
 */
// Not a note on the entry itself: "(Updated)", "(Part two)", "(Continued)", "(Corrected)".
const PARENTHESISED = String.raw`\((?!(?:[Uu]pdated|UPDATED|[Cc]ontinued|[Cc]ont['’]?d|[Cc]ont\.|[Pp]art\s+\w+|PART\s+\w+|[Cc]orrected|[Ee]dited|[Nn]ew|NEW|[Rr]evised|[Rr]epeated|[Ff]ollow-up)\))(?:(?:from|by)\s+)?\p{Lu}[^()\n?!\d]{1,44}\)`;
const HANDLE = String.raw`(?:u\/|@)[\w.-]{2,30}`;
/** A live blog's time stamp the entry may open with: "4:31 p.m.", "16:31 GMT –". */
const STAMP = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[·—–-]?\s*)?`;
/** How the label ends: a colon or a dash before the question. */
const LABEL_END = String.raw`\s*(?::|[—–-](?=\s))\s*`;

/** "a reader", "Another reader, from Dublin,", "one reader in Boise". */
const READER = String.raw`(?:[Aa]|[Oo]ne|[Aa]nother)\s+reader(?:,?\s+(?:in|from|of)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2},?)?`;
/** Who asked: a signature, a name with the town in brackets, a handle, or "a reader". */
const WHO = String.raw`${SIGNED},?|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s*${PARENTHESISED}|${HANDLE}|${READER}`;
/** A question marker: "Q", "Question", "QUESTION", "Reader's question", "Your question", "Mailbag", "Asked by". */
const MARKER = String.raw`(?:Q\.?|Question|QUESTION|Reader(?:'s|s'|’s|s’)?\s+(?:[Qq]uestion|Q)|Your\s+question|Mailbag|Asked\s+by)(?!\p{L})`;

/**
 * The label forms, each anchored at the block's start:
 * - a question marker with the asker: "Q (Sam, Fargo):", "Question from Kim in Des Moines:",
 *   "Reader question (Dana, Lincoln) —", "Your question, from @samk:", "Q — Nadia (Calgary):",
 *   "Asked by Paul, Leeds:";
 * - the asker and a verb of asking: "Sam from Fargo asks:", "Kim, Des Moines, writes in:", "Marcus
 *   (Kansas City) wants to know:", "Another reader, from Dublin, asks:", "u/quiet_fox wonders:".
 * A bare "Q:" has no asker and does not match: the colon ends the label before any signature.
 * Groups 1 and 2 are the signature: its names are the reader's.
 */
const READER_LABEL = new RegExp(
  String.raw`^\s*${STAMP}(?:` +
    String.raw`${MARKER}\s*[,—–-]?\s*(?:(?:from|by)\s+)?(${PARENTHESISED}|${WHO})` +
    String.raw`|` +
    String.raw`(${WHO}|Reader\s+\p{Lu}[\p{L}'’.-]*)\s+(?:asks|asked\s+us|writes\s+in|wrote\s+in|wants\s+to\s+know|wonders|wondered)` +
    String.raw`)${LABEL_END}`,
  'u',
);

/**
 * A reader's question quoted whole, then signed after a dash: '"How many signed? I've seen 500 and
 * 700" — Priya, Leeds'. The signature is a first name alone and a town ("Priya, Leeds", "Jo,
 * Port Elizabeth"), as readers sign; a quoted speaker is cited by full name or title ("— Satya
 * Nadella, Microsoft"), and a quotation with no question in it is a pull quote, not a reader's.
 * Group 1 is the signature.
 */
const SIGNATURE_AFTER = String.raw`\s*[—–-]\s*(\p{Lu}[\p{Ll}'’-]+,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\s*$`;
const SIGNED_AFTER = new RegExp(String.raw`^\s*["“][^]*\?[^]*["”]` + SIGNATURE_AFTER, 'u');
/**
 * A column's bare "Q:" (or "Q.") whose question is signed at its end, as a mailbag prints a letter: "Q: Microsoft
 * put $10 billion in, yet it has no seat. Why? — Teresa, Fergus Falls". The signature is the asker the
 * bare "Q:" lacked; the whole block is theirs.
 */
const MARKED_SIGNED_AFTER = new RegExp(
  String.raw`^\s*${MARKER}(?:\s*:|(?<=\.))\s*[^]*\?[^]*?` + SIGNATURE_AFTER,
  'u',
);

/** Where the answer starts inside the same block: "A:", "Answer:", "A —", "Our answer:". */
const ANSWER_LABEL = /(?:^|\s)(?:A\.?|Answer|Our\s+answer|The\s+answer)\s*(?::|[—–](?=\s))/gu;

export interface ReaderQuestion {
  /** The asker's signature in the label: [start, end). */
  signature: { start: number; end: number };
  /** Where the asker's part ends: the answer's label, or the block's end. */
  end: number;
}

/** The reader's question this block opens with, if it opens with one. */
export function readerQuestion(text: string): ReaderQuestion | undefined {
  const m = READER_LABEL.exec(text);
  if (!m) return signedAfter(text);
  const signed = m[1] ?? m[2] ?? '';
  const at = text.indexOf(signed, m.index);
  ANSWER_LABEL.lastIndex = m[0].length;
  const answer = ANSWER_LABEL.exec(text);
  return {
    signature: { start: at, end: at + signed.length },
    end: answer ? answer.index : text.length,
  };
}

/** A quoted question, or a "Q:" one, signed after it: the whole block is the asker's. */
function signedAfter(text: string): ReaderQuestion | undefined {
  const m = SIGNED_AFTER.exec(text) ?? MARKED_SIGNED_AFTER.exec(text);
  if (!m?.[1]) return undefined;
  const at = m.index + m[0].lastIndexOf(m[1]);
  return { signature: { start: at, end: at + m[1].length }, end: text.length };
}

/** Whether [start, end) lies in the asker's part of the block. */
export const isAskersPart = (q: ReaderQuestion | undefined, start: number) =>
  q !== undefined && start < q.end;
