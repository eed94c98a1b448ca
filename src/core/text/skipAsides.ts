/*
 * News English sets asides between a statement's parts: a time ("Microsoft, on Monday, hired
 * Altman"), a channel ("he was confessing, in a post on X, deep regret"), an attribution ("Altman,
 * people familiar with the matter said, will return"), a relative clause ("Altman, who was fired on
 * Friday, will return"), an apposition ("Emmett Shear, the Twitch co-founder, was named"), an
 * adverbial ("Microsoft has, in a surprise move, hired Altman"). This is the clause read without
 * them, with a map back to the page's offsets. Only well-formed asides go: both delimiters there,
 * inside one sentence, no quote mark, and nothing that changes what the clause states (a negation,
 * a modal, a condition). An aside holding a finite verb goes only when it is a relative clause or
 * an attribution.
 */

export interface AsideView {
  /** The text with its asides cut out. */
  text: string;
  /** Where each cut is, in the cut text, and how many characters it removed. */
  cuts: Array<{ at: number; removed: number }>;
}

/** An aside longer than this is a clause of its own, not an aside. */
const MAX_ASIDE_WORDS = 14;
const MAX_APPOSITION_WORDS = 8;
const MAX_TIME_WORDS = 6;
/** A label in parentheses after a name ("(ex-Twitch)", "(Twitch co-founder)"): at most this long. */
const PARENTHESIS_LABEL_WORDS = 4;

/** Words that change what the clause states: an aside holding one stays. */
const KEEPS_ASIDE =
  /^(?:not|n't|never|no|nor|neither|without|hardly|barely|scarcely|will|would|could|should|may|might|must|can|cannot|shall|'ll|'d|if|unless|whether|lest|provided|although|though|but|except|only|until|unlikely|denied|denies|deny)$/;

/**
 * Words that disown the channel or the report the aside names ("a report it later retracted", "a
 * parody account", "a hoax memo"): the clause then states nothing the page stands behind.
 */
const DISOWNS =
  /^(?:fake|faked|hoax|parody|spoof|satirical|satire|false|falsely|retracted|retract|deleted|withdrawn|debunked|unverified|unconfirmed|erroneous|erroneously|mistaken|mistakenly|fabricated|doctored|bogus|impostor|imposter)$/;

/** A subject pronoun: with a word after it, the aside is a clause of its own ("a post he later deleted"). */
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i)$/;

/** Words a coordinated list goes on with after its second comma: "Altman, the CEO, and Brockman". */
const LIST_GOES_ON = /^(?:and|or|nor|but|then|plus|as|etc)$/;

/**
 * The words after an aside go on with a list ("Altman, the CEO, and Brockman", "…, as well as"), not
 * with the clause. After a dash pair or parentheses, "as" alone opens the clause's own role ("named
 * Emmett Shear — Twitch co-founder, outsider — as interim CEO"): a dash is no list's comma. After
 * commas it stays a list's ("described Sutskever, who signed, as …" is left to the first reading).
 */
function listGoesOn(after: string, setOff = false): boolean {
  const next = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}\p{N}]+))?/u.exec(after);
  if (!next) return true;
  const word = next[1]!.toLowerCase();
  if (word === 'as' && setOff) return next[2]?.toLowerCase() === 'well';
  return LIST_GOES_ON.test(word);
}

const RELATIVE = /^(?:who|whose|which)$/;
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const TIME_NOUN =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|night|morning|afternoon|evening|hour|hours|minute|minutes|today|tonight|yesterday|overnight|later|earlier|ago|time|moment)$/;
const TIME_OPENER =
  /^(?:on|in|at|by|over|during|earlier|later|last|this|late|early|that|within|after|just|overnight|yesterday|today|tonight|days|hours|a|one|two|three|some|hours|within)$/;
/** A channel the act was told in: "in a post on X", "in a memo to staff", "on LinkedIn". */
const CHANNEL_NOUN =
  /^(?:post|posts|statement|memo|letter|interview|tweet|message|note|email|e-mail|blog|podcast|video|call|filing|x|twitter|threads|linkedin|conference|briefing|broadcast|livestream|town-hall|all-hands|thread|update|announcement|remarks|speech|appearance)$/;
const CHANNEL_OPENER = /^(?:in|on|via|through|during)$/;
/** "in a stunning reversal", "in a surprise move": how the act struck the reporter. */
const TURN_NOUN =
  /^(?:reversal|move|twist|turnaround|u-turn|about-face|development|turn|climbdown|volte-face|surprise|shock|sign|blow|coup|boost)$/;
/** Company kept on the way: "with Brockman alongside", "along with Brockman", "with his co-founder in tow". */
const ACCOMPANIED =
  /^(?:(?:along|together) with \S+(?: \S+){0,3}|with \S+(?: \S+){0,3} (?:alongside|in tow|beside him|at his side|too))$/;
/** Sentence adverbials that stand alone between commas. */
const ADVERBIAL =
  /^(?:however|meanwhile|moreover|furthermore|indeed|too|also|in turn|in the end|at last|finally|ultimately|in fact|in response|for his part|for her part|for its part|for their part|in the meantime|as expected|once again|once more|in effect|in short|after all|by then|by now|so far|for now|at the time|at that time|at first)$/;
/** The verbs of an attribution that closes its aside: "sources said", "the board said". */
const ATTRIBUTION_VERB =
  /^(?:said|says|say|told|reported|reports|added|adds|noted|notes|confirmed|confirms|wrote|writes|explained|insisted|claimed|claims|argued|argues|announced|stated)$/;
/** "it emerged", "it is understood", "it was reported", "it appears". */
const IMPERSONAL =
  /^it (?:emerged|emerges|is understood|was understood|is reported|was reported|appears|appeared|seems|seemed|is said|was said|is thought|is believed|was learned|has emerged|is claimed)$/;
/** Finite verbs an apposition never holds. */
const FINITE = /^(?:is|was|are|were|has|had|have|did|does|do|said|says|that|who|which|whom|whose)$/;
const APPOSITION_OPENER =
  /^(?:the|a|an|its|his|her|their|our|this|one|another|both|also|now|then|once|formerly|himself|herself|itself)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const QUOTE_MARK = /["“”«»‘]|’(?![\p{L}])|(?<![\p{L}])'/u;
const SENTENCE_END = /[.!?;:]\s/;

function wordsOf(inner: string): string[] {
  return (inner.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'").replace(/\.$/, ''));
}

/** What kind of aside the words are, or undefined when they are not one that may go. */
export function asideKind(
  inner: string,
  afterName: boolean,
  /** Set off by parentheses or a dash pair, which mark an aside whatever it opens with. */
  parenthesis = false,
  /** How long an apposition may be: a stacked one, closed by its own comma, may run longer. */
  appositionWords = MAX_APPOSITION_WORDS,
): 'relative' | 'attribution' | 'time' | 'channel' | 'adverbial' | 'apposition' | undefined {
  if (QUOTE_MARK.test(inner) || SENTENCE_END.test(inner + ' ')) return undefined;
  const words = wordsOf(inner);
  if (words.length === 0 || words.length > MAX_ASIDE_WORDS) return undefined;
  if (
    words.some(
      (w) => KEEPS_ASIDE.test(w) || w.split('-').some((part) => DISOWNS.test(part)) || w.endsWith("n't"),
    )
  )
    return undefined;
  const first = words[0]!;
  const joined = words.join(' ');
  if (IMPERSONAL.test(joined)) return 'attribution';
  // "he said" is the attribution itself; "a report it later retracted" holds a clause of its own.
  const ownClause = words.some(
    (w, i) =>
      SUBJECT_PRONOUN.test(w) &&
      i + 1 < words.length &&
      !(i + 2 === words.length && ATTRIBUTION_VERB.test(words[i + 1]!)),
  );
  if (ownClause) return undefined;
  if (RELATIVE.test(first) && words.length >= 2) return 'relative';
  if (first === 'according' && words[1] === 'to' && words.length >= 3) return 'attribution';
  if (words.length <= 8 && ATTRIBUTION_VERB.test(words.at(-1)!) && words.length >= 2) {
    // "sources said", "people familiar with the matter said": no other finite verb before it.
    if (!words.slice(0, -1).some((w) => FINITE.test(w) || ATTRIBUTION_VERB.test(w))) return 'attribution';
    return undefined;
  }
  if (ADVERBIAL.test(joined)) return 'adverbial';
  if (words.some((w) => FINITE.test(w))) return undefined;
  if (
    words.length <= MAX_TIME_WORDS &&
    TIME_OPENER.test(first) &&
    words.some((w) => WEEKDAY_OR_MONTH.test(w) || TIME_NOUN.test(w))
  )
    return 'time';
  if (words.length === 1 && /^(?:yesterday|today|tonight|overnight|later|earlier|then|now)$/.test(first))
    return 'time';
  if (CHANNEL_OPENER.test(first) && words.length <= 10 && words.some((w) => CHANNEL_NOUN.test(w)))
    return 'channel';
  // "Altman, with Brockman alongside, had a new employer": who came along, not what either did.
  if (ACCOMPANIED.test(joined) && words.length <= MAX_TIME_WORDS) return 'adverbial';
  if (first === 'in' && words.length <= 6 && words.some((w) => TURN_NOUN.test(w))) return 'adverbial';
  if (
    afterName &&
    words.length <= appositionWords &&
    (APPOSITION_OPENER.test(first) || /'s$/.test(first) || /^(?:ex|former)-/.test(first))
  )
    return 'apposition';
  // "Emmett Shear (ex-Twitch)", "Shear (Twitch co-founder)", "Brockman (OpenAI)": a short label in
  // parentheses after a name describes the name, whatever word opens it.
  if (afterName && parenthesis && words.length <= PARENTHESIS_LABEL_WORDS) return 'apposition';
  return undefined;
}

/** The delimiters an aside opens and closes with: a comma pair, a dash pair, parentheses. */
const OPENERS = /,\s|\s[—–]\s|\s--\s|\s\(/g;

/** The closing delimiter for an opening one; global, searched once over a bounded slice. */
function closerFor(open: string): RegExp {
  if (open.startsWith(',')) return /,(?=\s)/g;
  if (open.includes('(')) return /\)/g;
  return open.includes('--') ? /\s--\s/g : /\s[—–]\s/g;
}

/** How far a closing delimiter may be looked for. */
const MAX_ASIDE_CHARS = 120;

/**
 * "Altman, who was ousted as chief executive of OpenAI, the maker of ChatGPT, will return", "Shear,
 * a co-founder of Twitch, the streaming site, was named": an aside ending in a name may carry an
 * apposition of that name, closed by its own comma. The two go together, or the clause reads
 * "Altman the maker of ChatGPT, will return". Where the second aside ends, or undefined.
 */
function stackedAppositionEnd(text: string, close: number, inner: string): number | undefined {
  const lastWord = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)$/u.exec(inner)?.[1] ?? '';
  if (!/^\p{Lu}/u.test(lastWord) || !/^,\s/.test(text.slice(close, close + 2))) return undefined;
  const start = close + 2;
  const closer = /,(?=\s)/g;
  const found = closer.exec(text.slice(start, start + MAX_ASIDE_CHARS));
  if (!found) return undefined;
  if (listGoesOn(text.slice(start + found.index + 1))) return undefined;
  const second = text.slice(start, start + found.index);
  if (asideKind(second, true, false, MAX_ASIDE_WORDS) !== 'apposition') return undefined;
  return start + found.index + 1;
}

/**
 * The text without its well-formed asides, or undefined when it holds none. Each aside is cut with
 * its delimiters and the space before them, so "Altman, who was fired, will return" reads "Altman
 * will return".
 */
export function withoutAsides(text: string): AsideView | undefined {
  const cuts: Array<{ from: number; to: number }> = [];
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
    const open = m[0];
    const innerStart = m.index + open.length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // Between a statement's parts: a word stands right before the opening delimiter.
    if (!/[\p{L}\p{N}]$/u.test(before)) continue;
    // One search over at most MAX_ASIDE_CHARS after the opener: the cost per opener is bounded.
    const closer = closerFor(open);
    const window = text.slice(innerStart + 1, Math.min(text.length, innerStart + MAX_ASIDE_CHARS) + 3);
    closer.lastIndex = 0;
    const found = closer.exec(window);
    if (!found || innerStart + 1 + found.index >= innerStart + MAX_ASIDE_CHARS) continue;
    // A comma aside ends at the first comma: a later one is another aside or a list.
    if (open.startsWith(',') && window.slice(0, found.index).includes(',')) continue;
    const close = innerStart + 1 + found.index;
    const closeEnd = close + found[0].length + (open.startsWith(',') ? 1 : 0);
    const inner = text.slice(innerStart, close);
    // The clause goes on after it with a word, not a list's "and" or the sentence's end.
    if (listGoesOn(text.slice(closeEnd), !open.startsWith(','))) continue;
    const lastWord = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)$/u.exec(before)?.[1] ?? '';
    const afterName = /^\p{Lu}/u.test(lastWord);
    // A dash pair sets off a label as parentheses do: "Emmett Shear — Twitch co-founder, outsider — as".
    if (!asideKind(inner, afterName, open.includes('(') || !open.startsWith(','))) continue;
    // Comma: cut ", aside," and keep the space after. Dash or parenthesis: cut " — aside —" / " (aside)".
    const to = open.includes('(')
      ? closeEnd
      : open.startsWith(',')
        ? (stackedAppositionEnd(text, close, inner) ?? close + 1)
        : closeEnd - 1;
    cuts.push({ from: m.index, to });
    OPENERS.lastIndex = to;
  }
  if (cuts.length === 0) return undefined;
  let out = '';
  let last = 0;
  const mapped: AsideView['cuts'] = [];
  for (const { from, to } of cuts) {
    out += text.slice(last, from);
    mapped.push({ at: out.length, removed: to - from });
    last = to;
  }
  out += text.slice(last);
  return { text: out, cuts: mapped };
}

/** A cut text's offset on the page: a start lands after a cut at its point, an end before it. */
export function originalOffset(view: AsideView, offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const cut of view.cuts) {
    if (side === 'start' ? cut.at <= offset : cut.at < offset) shift += cut.removed;
    else break;
  }
  return offset + shift;
}

/** A page offset in the cut text, or undefined when it falls inside a cut. */
export function viewOffset(view: AsideView, offset: number): number | undefined {
  let shift = 0;
  for (const cut of view.cuts) {
    const from = cut.at + shift;
    if (offset < from) break;
    if (offset < from + cut.removed) return undefined;
    shift += cut.removed;
  }
  return offset - shift;
}
