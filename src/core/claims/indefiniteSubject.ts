/*
 * A clause whose subject is an organisation the reporter describes but does not name, of a kind the
 * story's organisation is not, counts that organisation's things, whatever story the page carries:
 *
 *   "Last spring a Randolph County manufacturer I'll leave unnamed, 340 employees and a board of seven,
 *    found itself with three active directors"
 *   "A Seattle logistics firm, 1,200 staff strong, lost two of its five directors"
 *   "One local credit union with a board of nine voted to…"
 *
 * The description says it is another: a kind of organisation (a manufacturer, a bank, a hospital), or
 * a company marked as local or placed by a capitalised name ("a Randolph County company"). "A company
 * of 770" or "an AI start-up" alone may be the story's own, and stay its.
 */

/** Kinds of organisation the story's AI lab is not. */
const OTHER_KIND =
  'manufacturer|maker|biotech|pharma|drugmaker|fintech|miner|steelmaker|chipmaker|carmaker|automaker|retailer|chain|bank|lender|insurer|credit\\s+union|hospital|clinic|school|college|university|church|club|utility|council|cooperative|co-op|supplier|distributor|factory|plant|mill|brewery|bakery|restaurant|hotel|airline|railway|consultancy|law\\s+firm|family\\s+business|family\\s+firm|hedge\\s+fund|pension\\s+fund';
/*
 * Not kinds: a nonprofit, a foundation or a charity may be the story's lab itself ("a nonprofit board of
 * six"); a news agency, a newspaper or a publisher is a source that tells the figure, not its owner.
 */

/** Generic organisation nouns: another organisation only where a modifier says so. */
const GENERIC_KIND = 'company|firm|start-?up|startup|business|outfit|employer|venture|group|enterprise';
/** Modifiers that set a generic organisation apart from the story's: "a local firm", "a family-owned business". */
const OTHER_MARK =
  '(?:local|regional|family-owned|family-run|small-town|mid-?sized|small|tiny|rural|state-owned|publicly\\s+traded|privately\\s+held|another|different)';
/** A capitalised modifier (a place or a brand: "a Randolph County company", "a Dayton firm"); not "AI", the story's own kind. */
const CAPITAL_MODIFIER = "(?!A\\.?I\\.?\\s)\\p{Lu}[\\p{L}'’.-]*";

/**
 * The indefinite subject: at the sentence's start, after an opening time phrase ("Last spring", "In
 * 2019,", "Two years ago"), or after "Take", "Consider", "Picture".
 */
const INDEFINITE_SUBJECT = new RegExp(
  `^\\s*["“‘]?(?:(?:(?:Last|This|Earlier|Later|Back|Years|Months|Two|Three|A\\s+few)\\b[^,.;:]{0,25}?|(?:In|On|At|During)\\s+[^,.;:]{1,25}?)[,\\s]\\s*|(?:Take|Consider|Picture|Imagine)\\s+)?` +
    `(?:[Aa]n?|[Oo]ne)\\s+(?:(?:[\\p{L}'’&-]+\\s+){0,3}?(?:${OTHER_KIND})s?|(?:[\\p{L}'’&-]+\\s+){0,2}?(?:${OTHER_MARK}|${CAPITAL_MODIFIER})\\s+(?:[\\p{L}'’&-]+\\s+){0,2}?(?:${GENERIC_KIND}|${OTHER_KIND}))\\b`,
  'u',
);

/** "A local firm said 700 staff had signed", "One regional bank told us…": the subject tells the figure, it does not own it. */
const TELLS_AFTER =
  /^\s*(?:(?:(?!(?:that|which|who)\b)[\p{L}'’-]+|,)\s*){0,3}?(?:said|says|say|reported|reports|found|finds|told|tells|wrote|writes|claimed|claims|estimated|estimates|counted|counts|cited|cites|learned|revealed|reveals|noted|notes|calculated|calculates|understood|understands)\b/u;

/**
 * The figure's sentence (`sentence`, up to the figure) opens with an indefinite organisation of
 * another kind as its subject: the figure is that organisation's. Returns where the subject ends, in
 * `sentence`, so a caller can see whether the story's name stands between it and the figure.
 */
export function indefiniteSubjectEnd(sentence: string): number | undefined {
  const m = INDEFINITE_SUBJECT.exec(sentence);
  return m && !TELLS_AFTER.test(sentence.slice(m[0].length)) ? m[0].length : undefined;
}
