import { eachMatch } from '../text/eachMatch.ts';
/**
 * Numbers a page prints that are not quantities: phone numbers ("0800 555 0170", "+44 20 7946 0321",
 * "1-800-555-0199", "555-0143"), dates written with slashes ("11/30/2023"), gallery and pager counters ("4 / 12", "Photo 3 of 12"), ratings ("Rated 4.5 out of 5"),
 * street addresses ("30 Canal Row"), a station's or a desk's name in a byline ("By NewsCenter 4 staff", "Channel 4 News"), clock times and opening hours ("9.02am AEDT", "Saturday 9–4"), a quote strip's tickers ("MSFT ▲1.1%"), a stock index's or a model's name ("S&P 500", "GPT-4"), a post's score ("990 pts") and a feed's counters
 * ("Like · 34 · Reply"), temperatures and frequencies ("lows of 7 Celsius", "97.4 FM") and a quiz's
 * options ("A) About 50 B) About 200"). A number inside one of these is never a figure, whatever
 * the words around it say.
 */

/** Groups of digits joined by spaces, dots or hyphens, maybe after a country code or a bracketed area code. */
const PHONE =
  /(?<![\p{L}\p{N}.,$€£])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,5}){1,4}(?![\p{L}\p{N}]|[.,]\d)/gu;
/** Fewer digits than this is not a phone number ("a 4-3 vote", "pages 12-14"). */
const PHONE_DIGITS = 9;
/** "555-0143": a local number, three digits and four joined by a hyphen. */
const LOCAL_PHONE = /^\d{3}-\d{4}$/;
/**
 * "11/30/2023", "17/11/23", "2023/11/17"; and a day and month with no year where a stamp or a bracket
 * sets it off: "Correction (30/12):", "Updated 21/11", "[17/11]" ("505/770 staff" is a ratio).
 */
const SLASH_DATE =
  /\b\d{1,4}\/\d{1,2}\/\d{2,4}\b|(?<=[([]\s?)(?:[12]\d|3[01]|0?[1-9])\/(?:1[0-2]|0?[1-9])(?=\s?[)\]])|(?<=\b(?:Updated|Corrected|Posted|Published|Added|Amended|UPDATED|CORRECTED)\s)(?:[12]\d|3[01]|0?[1-9])\/(?:1[0-2]|0?[1-9])\b(?!\/)/g;
/** "4 / 12", "7/12": one small whole number out of another, as a gallery or a pager counts. */
const COUNTER = /\b(\d{1,3})\s?\/\s?(\d{1,3})\b(?!\/)/g;
/** "Photo 3 of 12", "Slide 4 of 11": a gallery's counter in words, wherever it stands. */
const GALLERY =
  /\b(?:photo|image|picture|pic|slide|page|gallery|item)s?\s*:?\s*#?\d{1,3}\s+(?:of|out\s+of)\s+\d{1,3}\b/gi;
/**
 * "Question 3 of 10", "Card 2 of 8", "Chart 1 of 4": a quiz's or a card stack's counter, as a label at the
 * block's start or after a separator. In running text these words are the sentence's own ("As a result
 * 4 of 6 directors voted", "On the question 4 of 6 directors voted yes").
 */
const COUNTER_LABEL =
  /(?:^|[|·•›»([]\s*)(?:Card|Video|Clip|Chart|Graphic|Frame|Panel|Question|Result)s?\s*:?\s*#?\d{1,3}\s+(?:of|out\s+of)\s+\d{1,3}\b/g;
/**
 * A block that is nothing but a position: "1 of 12", "12 of 12", "(3/10)", "‹ 4 of 9 ›", "No. 3 of 12",
 * "2 of 5 photos", "Prev 3 of 12 Next". A carousel, a slideshow or a pager prints it above each item;
 * a count of the story always comes with words of its own, in its block or its sentence.
 */
const POSITION_BLOCK =
  /^[\s\p{P}\p{S}]*(?:(?:prev(?:ious)?|back)\b[\s\p{P}\p{S}]*)?(?:(?:viewing|showing|now\s+showing)\s+)?(?:(?:photo|image|picture|pic|slide|page|item|card|video|clip|chart|graphic|frame|panel|question|story|no\.?)s?\s*:?\s*)?#?(\d{1,3})\s*(?:of|out\s+of|\/)\s*(\d{1,3})(?:\s+(?:photos|images|pictures|pics|slides|pages|items|cards|videos|clips|charts|graphics|frames|panels|questions|stories))?[\s\p{P}\p{S}]*(?:next\b[\s\p{P}\p{S}]*)?$/iu;
/**
 * "‹ Prev · 1 · … · 12 · 13 · 14 · … · 21 · Next ›", "« First 1 2 3 Last »": a pager's line, nothing but page
 * numbers and the words that step through them. A line of figures has words of its own.
 */
const PAGER_BLOCK =
  /^(?=.*\b(?:prev(?:ious)?|next|older|newer|first|last)\b)(?:[\s\p{P}\p{S}]|\b(?:prev(?:ious)?|next|older|newer|first|last|page|go\s+to)\b|\d{1,4}\b)*$/iu;
/** The longest line a pager prints. */
const PAGER_LINE = 120;
/** "Rated 4.5 out of 5", "score: 8/10": a rating. */
const RATING = /\b(?:rated|rating|rates|scored?|stars?)\s*:?\s*\d+(?:\.\d+)?\s*(?:out\s+of|\/)\s*\d+/gi;
/** The most items a gallery or pager counts. */
const COUNTER_MAX = 200;
/** The longest block that may be only a position ("‹ Previous · Photo 12 of 120 · Next ›"). */
const POSITION_LINE = 60;
/** One item's place among a gallery's or a pager's items: the first to the last. */
const isPosition = (n: number, of: number) => n >= 1 && n <= of && of <= COUNTER_MAX;
/**
 * "30 Canal Row", "1600 Amphitheatre Parkway", "221B Baker Street": a house number before a street's name;
 * "1440 Broadway", "12 the Strand": before a street named without its kind; "Av. Reforma 222", "Calle
 * Mayor 5", "Rue de Rivoli 99": after the street, as much of Europe and Latin America write it. The
 * number after the street closes it, before a comma, a separator, a postcode or the line's end: a count
 * goes on to its noun ("Via The Information 505 staff have signed": "Via" is English too).
 */
const ADDRESS =
  /\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Road|Rd|Row|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Square|Sq|Drive|Dr|Court|Ct|Plaza|Terrace|Parkway|Pkwy|Crescent|Close|Gardens|Walk|Wharf|Quay|Embankment|Hill)\b|\b\d{1,5}[A-Za-z]?\s+(?:Broadway|[Tt]he\s+(?:Strand|Bowery|Embarcadero|Mall|Promenade))\b(?=\s*(?:[,;·|(]|$))|\b(?:Av|Avda|Avenida|Calle|Carrer|Paseo|Rua|Rue|Via|Viale|Corso|Piazza|Straße|Strasse|Str|Ulica|Ul)\.?\s+(?:(?:\p{Lu}[\p{L}'’-]*|de|del|de\s+la|della|di|des|du|da|do|dos)\s+){1,4}\d{1,5}[A-Za-z]?\b(?![\d%]|[.,]\d)(?=\s*[,;·|•]|\.?\s*$|\s+\d{4,5}\s+\p{Lu})/gu;

/**
 * Clock times: "9.02am AEDT", "10:30 p.m.", "11.15 GMT", "14:05". A colon between two digit groups is a
 * time (or a score); a dot only with an am/pm or a time zone after it, so "1.15%" stays a figure.
 */
const CLOCK =
  /\b\d{1,2}(?::\d{2}(?:\s?(?:[ap]\.?m\.?|noon))?|(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?(?![a-z])|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|AEDT|AEST|IST|JST|HKT|SGT|ET|PT)\b))/g;
/** Opening hours after a day: "Saturday 9–4", "Mon–Fri 9-5", "Sun 10am–2pm". */
const OPENING_HOURS =
  /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?s?(?:\s?[–-]\s?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*)?,?\s+\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?\s?[–-]\s?\d{1,2}(?:[.:]\d{2})?(?:\s?[ap]\.?m\.?)?/g;

/**
 * A broadcaster's name with its channel number ("Channel 4 News", "NBC 5", "KTVU 2", "NewsCenter 4"),
 * and a byline's desk ("By NewsCenter 4 staff", "KBAY 7 Digital Staff"): the number names, it does not count.
 */
const STATION =
  /\b(?:Channel|NewsCenter|NewsChannel|Fox|ABC|NBC|CBS|[KW][A-Z]{2,3})\s?\d{1,2}(?![\d.,%])(?=\s+(?:(?:Digital|Online|Web|Local|Action|Eyewitness|Weather)\s+)?(?:News|Newsroom|[Ss]taff|Team|Desk|I-Team|Investigates|reports?)\b|\s*(?:[|·•—–]|$))|\bBy\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\d{1,2}\s+(?:[Nn]ews\s+)?(?:staff|newsroom|team|reporters)(?=\s*(?:[|·•—–,]|$))/gu;

/**
 * "MSFT ▲1.1%", "NVDA +2%", "MSFT premarket ▲ 1.1%", "AAPL (after hours) −0.4%": a quote strip's ticker
 * and its move, maybe with the trading session between them.
 */
const TICKER =
  /\b[A-Z]{2,5}(?:\s+\(?(?:pre-?market|after[\s-]hours|after-?market|extended|futures|intraday|close|open|last)\)?)?\s*(?:[▲▼△▽↑↓]\s*[+\u2212-]?|[+\u2212-])\d[\d.,]*%?/g;

/**
 * "S&P 500", "Nasdaq 100", "FTSE 100", "Dow 30", "Russell 2000", "Nikkei 225": a stock index's number
 * is part of its name ("the S&P 500 fell 1%" counts nothing).
 */
const STOCK_INDEX =
  /\b(?:S\s?&\s?P|Nasdaq|NASDAQ|FTSE|Dow(?:\s+Jones)?|Russell|Nikkei|Stoxx|STOXX|Euro\s?Stoxx|ASX|CAC|DAX|MDAX|TSX|Hang\s+Seng|Sensex|Nifty|IBEX|AEX|KOSPI|Wilshire)(?:\s+(?:Composite|Industrial(?:s)?|Global|Europe|All\s+Share))?[\s-]?\d{2,4}(?![\d.,%]|\s?(?:points|pts)\b)/g;

/** "GPT-4", "gpt 40" (a transcript's GPT-4o), "GPT-3.5", "ChatGPT 5": a model's number is part of its name. */
const MODEL_NAME =
  /\b(?:Chat)?GPT[\s-]?\d{1,2}(?:\.\d)?o?(?![\p{L}\p{N}%]|[.,]\d|\s?(?:billion|million|bn|m)\b)/giu;

/**
 * "2/", "🧵 3/", "7/ The letter…": a thread's post number, a number closed by a slash with no
 * second number after it ("7/12" is a counter, read above).
 */
const THREAD_NUMBER = /(?<![\p{L}\p{N}/.,])\d{1,2}\/(?![\p{L}\p{N}/])/gu;

/**
 * "Mon 20", "Tue. 21", "Friday 17 November", "the previous Friday (17)": a weekday's date, a day of
 * the month right after its weekday, closing the phrase, before a month, or opening a range to
 * another weekday's date ("Fri 17 to Tue 21 Nov.", "Sat 18–Sun 19"); "Monday 500 staff signed" is a count.
 */
const WEEKDAY_DATE =
  /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+\(?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\)?(?=\s*(?:$|[,.;:|·•—–)]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:[-–—]|to|until|till|through|thru)\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d.,]\d)))/g;

/** "990 pts", "14.2k upvotes", "3 likes": a forum's or a feed's score for a post. */
const POST_SCORE =
  /\b\d[\d.,]*[kKmM]?\s?(?:pts|points?(?=\s*(?:[·•|]|$))|upvotes?|downvotes?|karma|likes|reposts|retweets)\b/g;

/** "lows of 7 Celsius", "highs of 12", "21°C", "70 degrees": a weather report's temperatures. */
const TEMPERATURE =
  /\b(?:highs?|lows?)\s+(?:of\s+)?(?:around\s+|about\s+|near\s+)?[-\u2212]?\d{1,3}(?![\d%]|[.,]\d)|[-\u2212]?\b\d{1,3}(?:\.\d)?\s?(?:°\s?[CF]?|degrees(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?|Celsius\b|Fahrenheit\b)/g;

/**
 * A broadcast programme's name with its hour: "News at 5", "Live at 6", "Newsnight at 10.30",
 * "Nightly News at 6:30", "the Six O'Clock News" in digits ("the 6 O'Clock News", "6 o'clock bulletin").
 * The number names the slot. Case-sensitive: the programme's name is capitalised ("shares opened at 5"
 * is a price).
 */
const PROGRAMME_HOUR =
  /\b(?:News|Newsnight|Newsday|Newshour|NewsHour|Live|Tonight|Today|Bulletin|Update|Edition|Report|Hour|Show|Extra|Sport|Sports|Weather)\s+at\s+\d{1,2}(?:[.:][0-5]\d)?(?![\d%]|[.,]\d|\s?(?:%|per\b|percent|billion|million|bn|m\b|a\s+share))|\b\d{1,2}\s?[Oo]['’][Cc]lock\s+(?:News|news|Bulletin|bulletin|Show|show|Report|report|programme|broadcast)\b/g;

/** "97.4 FM", "1440 AM", "88.1 MHz": a station's frequency. */
const FREQUENCY = /\b\d{2,4}(?:\.\d{1,2})?\s?(?:FM|AM|MHz|kHz)\b/g;

/** "Like · 34 · Reply", "Comments: 12", "34 · Reply": a feed's counter beside its buttons. */
const SOCIAL_COUNTER =
  /\b(?:Likes?|Repl(?:y|ies)|Shares?|Comments?|Reposts?|Retweets?|Views?|Reactions?)\s*[·•|:]\s*\d[\d.,]*[kK]?(?=\s*(?:[·•|]|$))|\b\d[\d.,]*[kK]?\s*[·•|]\s*(?:Reply|Share|Like|Comment|Repost)\b/g;

/**
 * A comment's or a post's vote and reaction widgets: "▲ 412", "412 ▼", "⬆ 98 ⬇", "↑57", "👍 12", "♥ 34",
 * "💬 8", "🔁 3", "+412 / −9" beside its arrows; and a widget's count with its noun closing a line or set
 * off by a separator: "412 points", "12 replies", "3 shares · 5 comments", "1.2K views". They score a
 * comment; they count nothing the story says. A move in per cent ("▲ 1.1%") is a quote strip's (TICKER),
 * and a count with a story's noun after it ("▲ 700 staff") is no widget.
 */
const WIDGET_COUNT = String.raw`(?<![\p{L}\p{N}.,$€£%-])\d[\d.,]*[kKmM]?\s?`;
/** A label word on the line right before a glyph or a count ("Signatures ▲ 702", "Board members: 6 ▼"): a fact box's change arrow, no widget. */
const NO_LABEL_BEFORE = String.raw`(?<!\p{L}[^\S\n]*[:：]?[^\S\n]*)`;
const VOTE_WIDGET = new RegExp(
  [
    // A glyph, then the count: "▲ 412", "👍 12", "💬 8"; not "▲ 1.1%", not "▲ 700 staff".
    String.raw`(?=[▲▼△▽⬆⬇⏶⏷♥❤♡👍👎💬🔁🗨])${NO_LABEL_BEFORE}(?:[▲▼△▽⬆⬇⏶⏷♥❤♡]|👍|👎|💬|🔁|🗨)\uFE0F?\s?[+\u2212-]?\d[\d.,]*[kKmM]?(?![\d%]|[.,]\d|\s*[\p{L}%$€£])`,
    // The count, then its glyph: "412 ▲".
    String.raw`(?=\d)${NO_LABEL_BEFORE}${WIDGET_COUNT}(?:[▲▼⬆⬇👍♥💬])`,
    // A widget's own nouns, closing a line or before a separator: "12 replies", "340 upvotes · 12 comments".
    String.raw`${WIDGET_COUNT}(?:upvotes?|downvotes?|replies|comments|likes|reposts|retweets|reactions|bookmarks)(?=\s*(?:[·•|)\]]|$))`,
    // Nouns a story uses too ("412 points", "3 shares", "9 votes") only beside another widget's separator.
    String.raw`(?<=[·•|]\s?)${WIDGET_COUNT}(?:points?|votes?|shares?|views|quotes|saves)\b|${WIDGET_COUNT}(?:points?|votes?|shares?|views|quotes|saves)(?=\s*[·•|]\s*\d)`,
  ].join('|'),
  'gu',
);

/** "Updated 2:25 PM ET · 6 sources": an aggregator's count of the articles in a story's cluster. */
const CLUSTER_COUNT =
  /(?:[·•|]\s*)\d{1,3}\s+(?:sources|articles|stories|outlets)\b|\b\d{1,3}\s+(?:sources|articles|stories|outlets)\s*$/g;

/**
 * A shop's, an app store's or a podcast directory's star rating and its count of ratings: "★ 4.8
 * (1,204 ratings)", "4.7★", "⭐4.5", "4.5 stars", "4.6 (12K reviews)". They grade a product; they count
 * nothing a story says. The bare count needs its brackets or a rating before it: "1,204 reviews" in a
 * sentence may be the story's, and votes need the rating ("passed comfortably (312 votes)" is a tally).
 * A star before a scaled number marks the number ("⭐ 4.8 million downloads"), not a rating.
 */
const STAR_RATING =
  /(?:[★☆⭐]\uFE0F?\s?)?(?<![\p{N}.,])\d\.\d{1,2}\s?\(\s?\d[\d.,]*\s?[kKM]?\+?\s(?:ratings|reviews|votes)\s?\)|[★☆⭐]\uFE0F?\s?\d(?:\.\d{1,2})?(?![\p{N}%]|[.,]\d|\s?(?:million|billion|trillion|bn|mn|[mMkKbB])\b)|(?<![\p{N}.,])\d(?:\.\d{1,2})?\s?(?:[★⭐]|stars?\b)|\(\s?\d[\d.,]*\s?[kKM]?\+?\s(?:ratings|reviews)\s?\)/gu;

/**
 * A quiz's scoring key: a band of scores opening a line or a sentence, before its verdict ("9–10: You
 * may need a hobby.", "How did you do? 6–8: Solid. 3–5: You skimmed.", "0-2 correct: Were you offline?").
 * A band of small numbers, the lower first; years ("2019–2023: chair") are longer.
 */
// Case-sensitive: with the i flag \p{Lu} would take any letter, and a lower-case verdict goes on a sentence.
const SCORE_BAND =
  /(?:^|\n|(?<=[.!?])\s)[\s\p{P}]*(?:(?:[Ss]core|[Ss]cored|[Yy]ou\s+scored)\s+)?(\d{1,2})\s?[–—-]\s?(\d{1,2})(?:\s+(?:correct|right|points|pts|answers))?\s?:(?=\s+[\p{Pi}"'“]?\p{Lu})/gu;

/**
 * A chart's axis or scale written out as text: four or more numbers evenly spaced ("0 · 100 · 200 · 300",
 * "0% | 25% | 50% | 75% | 100%", "10 20 30 40"), or described in words ("ticks at 0, 200, 400 and 600").
 * A story's own figures are never an even run.
 */
const TICK_RUN =
  /(?<![\p{N}.,])\d{1,6}%?(?:(?:\s?[·•|]\s?|,?\s(?:and|to)\s|,\s|\s)\d{1,6}%?){3,}(?![\p{N}]|[.,]\p{N})/gu;
const TICKS_MIN = 4;

/** The numbers of a run are evenly spaced, rising or falling. */
function evenlySpaced(run: string): boolean {
  const numbers = run.match(/\d+/g)!.map(Number);
  const step = numbers[1]! - numbers[0]!;
  return (
    numbers.length >= TICKS_MIN &&
    step !== 0 &&
    numbers.every((n, i) => i === 0 || n - numbers[i - 1]! === step)
  );
}

/** "A) About 50 B) About 200 C) More than 700": a quiz's options, each up to the next. */
const QUIZ_OPTION = /(?:^|\s)[A-E][).]\s+[^()\n]{1,40}?(?=\s+[B-F][).]\s|\s*$)/g;
/** A block that lists at least an A and a B option. */
const QUIZ_OPTIONS = /(?:^|\s)A[).]\s[^\n]*\sB[).]\s/;

/**
 * A reference list's or a citation's numbers: a journal's volume and issue with its pages ("89(5),
 * 835–901", "7(2): 41–66"), page counts and page ranges ("14 pp.", "pp. 835–901", "p. 12"), a
 * document's serial number ("Case Note 26/03", "No. 24-031", "Working Paper 2019/04", "Docket No.
 * 1:23-cv-0456"), "ibid., 45", DOIs, ISBNs and ISSNs. They place a text in a library; they count nothing.
 */
const VOLUME_ISSUE_PAGES =
  /\b\d{1,4}\(\d{1,4}(?:[–-]\d{1,4})?\)(?:\s?[,:]\s?(?:pp?\.\s?)?\d{1,6}(?:\s?[–—-]\s?\d{1,6})?)?/g;
const PAGES = /\b\d{1,5}\s?pp?\.(?!\s?m\.|[\p{L}\p{N}])|\bpp?\.\s?\d{1,6}(?:\s?[–—-]\s?\d{1,6})?/gu;
const DOCUMENT_SERIAL =
  /\b(?:No|Nos|Vol|Note|Notes|Paper|Papers|Report|Brief|Bulletin|Memo|Series|Docket|Case|Release|Circular|Opinion|File|Ref|Publication)\.?\s+(?:No\.?\s+)?(?:\d{1,4}:)?\d{1,4}(?:[/-][\p{L}]{0,3}-?\d{1,6})+\b/gu;
/** "(9-418-007)", "HBS 9-419-054": three or more groups of digits joined by hyphens, a catalogue's or a case's number. */
const HYPHENED_SERIAL = /(?<![\p{L}\p{N}.,$€£-])\d{1,4}(?:-\d{2,4}){2,}(?![\p{L}\p{N}]|[.,]\d)/gu;
const IBID = /\bibid\.?,?\s*(?:pp?\.\s?)?\d{1,6}(?:\s?[–—-]\s?\d{1,6})?/gi;
const DOI = /\b(?:doi:\s?)?10\.\d{4,9}\/[^\s"<>]+/gi;
const ISBN_ISSN = /\b(?:ISBN(?:-1[03])?|ISSN|eISSN)\s?:?\s?[\dX][\dX\s-]{6,16}[\dX]\b/gi;

/**
 * Dates written with dots, day first, as much of Europe and Turkey print them: "17.11.2023", "(20.11.23)",
 * "17. 11. 2023"; and a day with a dot before its month's name ("20. November"). A year (or the
 * month's name) is required, so "rose 2.5." at a sentence's end stays a figure.
 */
const DOTTED_DATE =
  /(?<![\p{N}.,])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:\d{4}|\d{2})(?![\p{N}]|[.,]\d)|(?<![\p{N}.,])(?:[1-9]|[12]\d|3[01])\.\s(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/gu;

/** "1️⃣", "#️⃣", "🔟": a keycap emoji numbers a list's item; it counts nothing. */
const KEYCAP = /[0-9#*]\uFE0F?\u20E3|\u{1F51F}/gu;

/**
 * "Day 3", "Week 12", "Round 2", "Game 7", "Part 4", "Episode 5": an ordinal that names a step of a
 * series, not a quantity ("3 days" is one).
 */
const SERIES_STEP =
  /\b(?:Day|Week|Month|Round|Game|Match|Stage|Leg|Part|Chapter|Episode|Season|Series|Step|Phase|Lap|Hour|Act|Scene|Volume|Vol|Issue|Book)\.?\s?\d{1,3}(?![\p{N}%]|[.,]\d|\s?(?:billion|million|bn|m|k)\b)/gu;

/**
 * A timeline's or a calendar's cell: a weekday and its day of the month opening a line or a block, before
 * the entry's capitalised text ("Sun 19 Board turns to Shear", "Mon 20: Signs the staff letter").
 */
const TIMELINE_DAY =
  /(?:^|\n)[\s\p{P}]*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*[:–—|-]?\s+(?:[\p{Pi}"'“]|\p{Lu}))/gu;

/**
 * A citation's page range after its year: "(2026): 41–58", "(Winter 2026), 41-58"; a journal's volume
 * and number ("Vol. 9, No. 1", "9, no. 1 (2026)").
 */
const CITED_PAGES =
  /\((?:[\p{L}]+\s)?(?:19|20)\d{2}\)\s?[:,]\s?\d{1,5}(?:\s?[–—-]\s?\d{1,5})?|\b\d{1,4},\s?(?:no|No|iss|Issue)\.?\s?\d{1,4}(?=\s?\()|\bVol\.?\s?\d{1,4},?\s?(?:No|Iss|Issue)\.?\s?\d{1,4}/gu;

/**
 * A footnote's number glued to the word or the stop before it, as a page prints a superscript
 * ("consistently candid.1 The board", "for OpenAI.10 And"): a note's mark, not a figure.
 */
const FOOTNOTE_MARK =
  /(?<=\p{L}{2}[\p{Pf}"'’)]?[.,;:!?][\p{Pf}"'’)]?)\d{1,3}(?=\s+[\p{Pi}"'“]?\p{Lu}|\s*$)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;

/**
 * A block that opens as an insert, a teaser or an ad ("Read also:", "Also read:", "Related:", "See also:",
 * "ADVERTISEMENT", "Sponsored"): what follows is another story's headline or an offer.
 */
const INSERT_BLOCK =
  /^[\s\p{P}\p{S}]*(?:(?:read|see)\s+(?:also|more)|also\s+(?:read|see|on\s+\p{L}+)|related(?:\s+(?:news|stories|articles|coverage|reading))?|more\s+on\s+this(?:\s+story)?|advertisement|sponsored(?:\s+content)?|paid\s+(?:content|post|partnership))\s*(?:[:—–|·•-]|\n|$)[\s\S]*/giu;

/**
 * A section's number opening a heading or a running head: "7.3 Founders and their boards", "‹ 4.2 The
 * board's powers · p. 88", "§ 3.1 Removal". Dotted numbers before a capitalised title place a passage in a
 * book; they count nothing ("86.5 Billion" in a headline is a value: a scale word follows it).
 */
const SECTION_NUMBER =
  /(?:^|(?<=[‹«›»|·•§>]\s?))\s*(?:(?:Section|Sec\.|Chapter|Ch\.|Unit|Lesson)\s+)?\d{1,2}(?:\.\d{1,2}){1,2}(?=\s+[\p{Pi}"'“]?\p{Lu}\p{Ll})(?!\s+(?:Million|Billion|Trillion|Percent|Per|Bn)\b)/gu;

/**
 * An answer key's item numbers: "Answers: 1 (b). 2 Checks on how a company is run. 3 Turn the page!",
 * "Quiz answers: 1) b 2) a", "Answer key — 1. True 2. False". In a block the key's label opens, a number
 * opening an item numbers the question it answers; the answer's own words follow it.
 */
const ANSWER_KEY_LABEL =
  /^[\s\p{P}\p{S}]*(?:(?:quiz|puzzle)\s+)?(?:answers?(?:\s+key)?|solutions?|the\s+answers?)\s*(?::|[—–-](?=\s))/iu;
const ANSWER_ITEM = /(?<![^\s\p{P}])\d{1,2}(?=[).](?:\s|$)|\s+\([a-eA-E]\)|\s+[\p{Pi}"'“]?\p{Lu})/gu;

/**
 * A program's version and build: "App version 8.14.2 (build 3307)", "v2.3.1", "Build 4412", "iOS 17.1",
 * "firmware 3.0". They name a release; they count nothing. A lower-case "build" is a verb ("build 300
 * homes") unless a bracket or "version" says it is a label.
 */
const SOFTWARE_VERSION =
  /\b(?:(?:app\s+)?version|ver\.|firmware|release)\s+\d+(?:\.\d+)+(?:\s*\(\s*build\s+#?\d+\s*\))?|\bv\d+(?:\.\d+){1,3}\b|\(\s*build\s+#?\d+\s*\)|\bBuild\s+#?\d+(?=\s*(?:[)·•|,;]|$))|\b(?:iOS|iPadOS|Android|macOS|watchOS)\s+\d+(?:\.\d+)*\b/g;

/** The block opens as an insert, a teaser or an ad: no figure of it, in digits or in words, is the story's. */
const INSERT_OPENING = new RegExp(INSERT_BLOCK.source, 'iu');
export const opensAsInsert = (text: string) => INSERT_OPENING.test(text);

export interface NoiseSpan {
  start: number;
  end: number;
}

/** The spans of one kind of page furniture in a block's text. */
type NoiseKind = (text: string, add: (start: number, end: number) => void) => void;

/** Every match of a pattern is furniture. */
const allOf =
  (pattern: RegExp): NoiseKind =>
  (text, add) => {
    for (const m of eachMatch(pattern, text)) add(m.index, m.index + m[0].length);
  };

const NOISE_KINDS: NoiseKind[] = [
  (text, add) => {
    for (const m of eachMatch(PHONE, text)) {
      const digits = m[0].replace(/\D/g, '').length;
      // "2023 11 17" or "505 700" is not a phone number; a leading zero, a country code or many digits is.
      if (digits >= PHONE_DIGITS || (m[0].startsWith('+') && digits >= 7) || LOCAL_PHONE.test(m[0]))
        add(m.index, m.index + m[0].length);
    }
  },
  allOf(SLASH_DATE),
  (text, add) => {
    for (const m of eachMatch(COUNTER, text)) {
      if (isPosition(Number(m[1]), Number(m[2]))) add(m.index, m.index + m[0].length);
    }
  },
  allOf(GALLERY),
  allOf(COUNTER_LABEL),
  (text, add) => {
    const m = text.length <= POSITION_LINE ? POSITION_BLOCK.exec(text) : null;
    if (m && isPosition(Number(m[1]), Number(m[2]))) add(0, text.length);
  },
  (text, add) => {
    if (text.length <= PAGER_LINE && PAGER_BLOCK.test(text) && (text.match(/\d+/g)?.length ?? 0) >= 2)
      add(0, text.length);
  },
  allOf(RATING),
  allOf(ADDRESS),
  allOf(CLOCK),
  allOf(OPENING_HOURS),
  allOf(WEEKDAY_DATE),
  allOf(THREAD_NUMBER),
  allOf(STATION),
  allOf(TICKER),
  allOf(POST_SCORE),
  allOf(STOCK_INDEX),
  allOf(MODEL_NAME),
  allOf(TEMPERATURE),
  allOf(FREQUENCY),
  allOf(SOCIAL_COUNTER),
  allOf(VOTE_WIDGET),
  allOf(PROGRAMME_HOUR),
  allOf(CLUSTER_COUNT),
  ...[VOLUME_ISSUE_PAGES, PAGES, DOCUMENT_SERIAL, HYPHENED_SERIAL, IBID, DOI, ISBN_ISSN].map(allOf),
  ...[DOTTED_DATE, KEYCAP, SERIES_STEP, TIMELINE_DAY, CITED_PAGES, FOOTNOTE_MARK, INSERT_BLOCK].map(allOf),
  allOf(SOFTWARE_VERSION),
  allOf(SECTION_NUMBER),
  (text, add) => {
    const label = ANSWER_KEY_LABEL.exec(text);
    if (!label) return;
    for (const m of eachMatch(ANSWER_ITEM, text.slice(label[0].length)))
      add(label[0].length + m.index, label[0].length + m.index + m[0].length);
  },
  allOf(STAR_RATING),
  (text, add) => {
    for (const m of eachMatch(SCORE_BAND, text)) {
      const [low, high] = [Number(m[1]), Number(m[2])];
      if (low < high) add(m.index, m.index + m[0].length);
    }
  },
  (text, add) => {
    for (const m of eachMatch(TICK_RUN, text)) if (evenlySpaced(m[0])) add(m.index, m.index + m[0].length);
  },
  (text, add) => {
    if (QUIZ_OPTIONS.test(text)) allOf(QUIZ_OPTION)(text, add);
  },
];

/** Where a block's text holds page furniture written in digits. */
export function pageNoise(text: string): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  const add = (start: number, end: number) => spans.push({ start, end });
  for (const kind of NOISE_KINDS) kind(text, add);
  return spans;
}

/**
 * Whether a figure of `text` lies within page furniture, as `inNoise(pageNoise(text), …)` says,
 * reading the kinds of furniture one at a time, each once per block, only until one holds the
 * figure: a live blog's every entry opens with a clock time, which the seventh kind holds.
 */
export function noiseOf(text: string): (start: number, end: number) => boolean {
  const spans: NoiseSpan[] = [];
  const add = (start: number, end: number) => spans.push({ start, end });
  let read = 0;
  return (start, end) => {
    if (inNoise(spans, start, end)) return true;
    while (read < NOISE_KINDS.length) {
      const from = spans.length;
      NOISE_KINDS[read++]!(text, add);
      if (inNoise(spans.slice(from), start, end)) return true;
    }
    return false;
  };
}

/** The figure at [start, end) lies within page furniture. */
export const inNoise = (spans: NoiseSpan[], start: number, end: number) =>
  spans.some((s) => s.start <= start && end <= s.end);
