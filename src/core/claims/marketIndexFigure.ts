import { verbForms } from '../text/inflectVerb.ts';

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
  '(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes|benchmark|gauge|bourse|(?:blue-chip|[Ii]ndustrial)\\s+[Aa]verage|[Cc]omposite|[Yy]ields?|[Bb]itcoin|[Ee]ther|[Gg]old|[Ss]ilver|[Cc]rude|[Oo]il)';
/** Verbs of a market's move on their own ("advanced", "gives back"), in every form. */
const MOVES = ['rise', 'fall', 'add', 'gain', 'advance', 'climb', 'slip', 'drop', 'decline', 'lose', 'shed']
  .concat(['jump', 'slide', 'tumble', 'sink', 'rally', 'ease', 'firm', 'surge', 'retreat', 'soar', 'plunge'])
  .concat(['slump', 'sag', 'dip', 'rebound', 'recover', 'spike', 'pare', 'trim']);
/** Verbs of a move with their particle ("put on", "tacked on", "gave back", "clawed back", "knocked off"). */
const PHRASAL_MOVES = ['put', 'tack', 'pile', 'notch', 'chalk', 'pick', 'give', 'claw', 'knock', 'shave'];
/** Verbs of where a market stood ("closed at", "ending the day on"). */
const STANDS = ['close', 'end', 'finish', 'stand', 'open', 'trade', 'settle'];
const forms = (verbs: string[]) => verbs.flatMap(verbForms).join('|');
/**
 * A market's move or close, in any tense and with a wrap's auxiliaries ("advanced", "had tacked on",
 * "put on", "edged higher", "closed at", "ending the day on"), or the bare direction of a listing ("the
 * Nasdaq up 1.1%").
 */
const MOVE_VERB = `(?:(?:has|had|have)\\s+(?:been\\s+)?)?(?:${forms(MOVES)}|(?:${forms(PHRASAL_MOVES)})\\s+(?:on|up|back|off|away)|(?:edged|inched|ticked|${forms(STANDS)}|was|is|were)\\s+(?:up|down|higher|lower|flat|at|to)|(?:${forms(STANDS)})(?:\\s+the\\s+(?:day|session|week))?\\s+(?:at|on)|up|down|higher|lower)`;
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

/**
 * A percentage that restates a move in points ("203.76 points, or 0.58%", "a 159-point, or 1.1%, gain"):
 * only an index moves in points, whatever verb or noun the wrap chose.
 */
const POINTS_RESTATED_BEFORE = new RegExp(
  `\\d(?:\\s+|-)(?:index\\s+|basis\\s+)?points?,?\\s+or\\s+${AMOUNT_WORDS}$`,
  'u',
);
/** Nouns of a market's move ("gain", "slide"). */
const MOVE_NOUN =
  '(?:gain|gains|rise|fall|drop|decline|advance|loss|losses|slide|jump|rally|move|climb|retreat|slump|dip|surge|rebound)';
/** The index owns the move: "the Nasdaq's 1.1% gain", "the benchmark's slide of 2%". */
const INDEX_OWNS_BEFORE = new RegExp(
  `(?:\\b${INDEX_NAME}|\\b${INDEX_NOUN})['’]s\\s+(?:(?:\\p{Ll}+\\s+){0,2}${MOVE_NOUN}\\s+of\\s+)?${AMOUNT_WORDS}$`,
  'u',
);

/** The figure is an index's level or move, said in its clause. */
export function isMarketIndexFigure(clauseBefore: string, after: string): boolean {
  return (
    POINTS_AFTER.test(after) ||
    INDEX_MOVES_BEFORE.test(clauseBefore) ||
    POINTS_RESTATED_BEFORE.test(clauseBefore) ||
    INDEX_OWNS_BEFORE.test(clauseBefore)
  );
}
