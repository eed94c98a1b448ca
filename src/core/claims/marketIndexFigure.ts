/*
 * A market's own figures: an index's level ("the Ibex 35 advanced 0.4% to 9,937 points", "the FTSE 100
 * closed at 7,480") and an index's move ("a broad technology index added 0.4%", "the Nasdaq Composite
 * slipped 0.2%"). No story topic is a market's: a company's share move is said of its shares or its
 * name, and an index is no company.
 */

/** "9,937 points", "120 index points": a level or a move in points is an index's. */
const POINTS_AFTER = /^\s+(?:index\s+)?points?\b/u;

/** Indexes by name, with their usual numbers ("Ibex 35", "FTSE 100", "S&P 500"). */
const INDEX_NAME =
  '(?:Ibex(?:\\s+35)?|IBEX(?:\\s+35)?|Nasdaq(?:\\s+Composite|\\s+100)?|Dow(?:\\s+Jones)?(?:\\s+Industrial\\s+Average)?|FTSE(?:\\s+(?:100|250|MIB))?|Nikkei(?:\\s+225)?|DAX|CAC(?:\\s+40)?|S&P(?:\\s+500)?|Hang\\s+Seng|(?:Euro\\s+)?Stoxx(?:\\s+(?:Europe\\s+)?(?:600|50))?|Kospi|KOSPI|Sensex|Nifty(?:\\s+50)?|ASX(?:\\s+200)?|TSX|Topix|TOPIX|AEX|SMI|Bovespa|JSE|Straits\\s+Times\\s+Index)';
/** The common nouns of an index. */
const INDEX_NOUN =
  '(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes|benchmark|gauge|bourse|[Yy]ields?|[Bb]itcoin|[Ee]ther|[Gg]old|[Ss]ilver|[Cc]rude|[Oo]il)';
/** Verbs of a market's move or close ("advanced", "edged higher", "closed at"). */
const MOVE_VERB =
  '(?:rose|fell|added|gained|advanced|climbed|slipped|dropped|declined|lost|shed|jumped|slid|tumbled|sank|rallied|eased|firmed|surged|retreated|rises|falls|adds|gains|advances|climbs|slips|drops|declines|loses|sheds|jumps|slides|(?:edged|inched|ticked|closed|ended|finished|traded|was|is|were)\\s+(?:up|down|higher|lower|flat|at|to)|(?:closed|ended|finished|stood|opened)\\s+at)';
/** Words of amount between the verb and the figure ("rose about", "added a further"). */
const AMOUNT_WORDS =
  '(?:(?:about|around|roughly|nearly|almost|some|just|a|an|further|another|by|up|down)\\s+)*';

/**
 * A move said before the figure in the same clause: "rose 0.4% to 4,556", "gained 184 points, or 0.5%, to",
 * "slipped 3 basis points to 4.40%": the level after a move, or the percentage restating points, is the index's too.
 */
const MOVE_SO_FAR = `(?:\\s+${AMOUNT_WORDS}[\\d.,]+\\s?(?:%|percent|per\\s+cent|(?:basis|index)\\s+points?|points?|bps)(?:,?\\s+or\\s+[\\d.,]+\\s?%)?,?(?:\\s+(?:to|at|or))?|\\s+(?:to|at))?`;

/**
 * The index names the clause's subject right before its move verb and the figure: lower-case words only
 * between them ("a broad technology index added"), so "the index heavyweight Microsoft rose 1%" keeps its
 * company, and a comma ("outpaced the Nasdaq, rising 1.2%") ends the index's reach.
 */
const INDEX_MOVES_BEFORE = new RegExp(
  `(?:\\b${INDEX_NAME}|\\b${INDEX_NOUN})(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+${MOVE_VERB}${MOVE_SO_FAR}\\s+${AMOUNT_WORDS}$`,
  'u',
);

/** The figure is an index's level or move, said in its clause. */
export function isMarketIndexFigure(clauseBefore: string, after: string): boolean {
  return POINTS_AFTER.test(after) || INDEX_MOVES_BEFORE.test(clauseBefore);
}
