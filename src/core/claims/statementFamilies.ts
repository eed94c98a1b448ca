/*
 * Word families that statement frames share, each written once. A frame's wording may name a family
 * with `%name` ("take up %role", "back in %role"): the frame then holds every member in its place,
 * so a new combination of known parts (a verb of one family, a role of another) needs no new rule.
 */

/**
 * The top post of a company as reporters name it: the title, the seat, the controls. Bare heads:
 * a complement is looked for word by word, so "the", "his" and "its" before them need no listing.
 * Not the idioms of any prominence: "in the hot seat" (under fire), "in the driving seat", "in the
 * saddle", "in the chair" (of a meeting), "at the head" (of a queue, a table) are not the post.
 */
export const LEADERSHIP_ROLE = [
  ...['chief executive', 'chief executive officer', 'CEO', 'boss', 'top job', 'top post', 'top spot'],
  ...['helm', 'reins', 'CEO chair', "CEO's chair", "chief executive's chair", 'corner office'],
  ...["chief executive's office", "CEO's office"],
  ...['CEO job', 'CEO post', 'CEO role', 'CEO position', 'chief executive job', 'chief executive post'],
  ...['chief executive role', 'chief executive position', 'top executive', 'top role', 'top position'],
  ...['chief executive officer role', 'leadership of the company', 'leadership of openai'],
  ...['head of the company', 'head of openai', 'head of the firm', 'at its head'],
  ...['at the head of the company', 'at the head of openai', 'at the head of the firm'],
  ...['in charge', 'in command', 'at the controls'],
  // The post named with its holder's title as owner or after "of": "the chief executive's job",
  // "the post of chief executive" (formal and British registers).
  ...["chief executive's job", "CEO's job", "chief executive's post", "CEO's post", "chief executive's role"],
  ...["CEO's role", "boss's job", 'post of chief executive', 'post of CEO', 'role of chief executive'],
  ...['role of CEO', 'job of chief executive', 'position of chief executive', 'position of CEO'],
  ...['office of chief executive', 'top seat'],
];

/** Words that make an act a second time: "again", "once more", "anew". */
export const REPETITION = ['again', 'once more', 'once again', 'anew', 'for a second time', 'a second time'];

/**
 * Words that say a move is threatened: the verbs ("threatened to walk", "vowed to follow him") and
 * their nouns ("the threat of a mass walkout", "an ultimatum").
 */
export const THREAT = [
  ...['threaten', 'threatens', 'threatened', 'threatening', 'threat', 'threats', 'ultimatum'],
  ...['vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging'],
];

/** The nouns of THREAT: told as a thing, often one already told ("the threat to leave"). */
export const THREAT_NOUNS = new Set(['threat', 'threats', 'ultimatum']);

/**
 * Nouns for one person on a company's payroll ("a Microsoft hire", "an employee of Microsoft"). Plurals
 * are left out: "told Microsoft employees" names the listeners, not his employer.
 */
export const EMPLOYEE = [
  ...['employee', 'staffer', 'hire', 'worker', 'recruit', 'executive', 'man'],
  ...['signing', 'employee-in-waiting'],
];

/**
 * A post someone takes at an employer, as one person or a pair takes it: "accepted a job", "both took
 * jobs", "took up senior roles". Read before the employer ("… at Microsoft"), so "took a job at a bank"
 * is not the claim.
 */
export const POST_TAKEN = [
  ...['a job', 'jobs', 'a role', 'roles', 'a post', 'posts', 'a position', 'positions'],
  ...['a new job', 'new jobs', 'a new role', 'new roles', 'senior roles', 'a senior role', 'top jobs'],
];

/** What may stand before a role: nothing, an article, an owner ("back in the chair", "back in his old job"). */
export const ROLE_DETERMINER = [
  '',
  'the',
  'his',
  'its',
  'her',
  'their',
  'his old',
  'the old',
  "the company's",
];

/** Words that make a post held for a while ("interim", "on a temporary basis", "as a stopgap"). */
export const INTERIM = [
  ...['interim', 'stopgap', 'caretaker', 'temporary', 'temporarily', 'acting', 'provisional'],
  ...['provisionally', 'transitional', 'stand-in', 'fill-in', 'in the meantime', 'for now'],
];

/** Nouns of telling the truth that, alone, may be about anything ("his honesty about the risks of AI"). */
const TRUTH_NOUNS = [
  'frankness',
  'forthrightness',
  'truthfulness',
  'straightforwardness',
  'honesty',
  'openness',
];
/** How the board is named after a truth noun: "with the board", "towards its members", "in dealing with them". */
const TOWARDS_BOARD = [
  'with',
  'toward',
  'towards',
  'in dealing with',
  'in his dealings with',
  'in its dealings with',
];
const THE_BOARD = [
  ...['the board', 'the directors', 'directors', 'its members', 'its directors', 'board members', 'them'],
  ...['it', 'his board', 'the board members', 'its board', 'fellow directors', 'his fellow directors'],
];

/**
 * Nouns for telling one's board the truth, whose falling short is the reason given for a dismissal:
 * "candour"/"candor" alone (the word of the board's statement), any other truth noun only with the board
 * named after it ("his honesty with directors", "frankness in dealing with its members"), not "Altman's
 * honesty about the risks of AI has been selective", which is commentary, not the board's reason.
 */
export const CANDOUR = /* @__PURE__ */ candourNouns();

// A call the bundler is told is pure: made at load time without the mark, it kept every family in the
// page gate, which imports this file's neighbours but none of its words (5.0 -> 6.1 KB gzipped).
function candourNouns(): string[] {
  return [
    'candour',
    'candor',
    ...TRUTH_NOUNS.flatMap((noun) =>
      TOWARDS_BOARD.flatMap((towards) => THE_BOARD.map((board) => `${noun} ${towards} ${board}`)),
    ),
  ];
}

/**
 * What a quality is said to have been, falling short: "inconsistent", "patchy", "fell short of
 * consistent", "had not been consistent", "wanting". Read after CANDOUR within its clause.
 */
export const SHORTFALL = [
  ...['inconsistent', 'patchy', 'spotty', 'uneven', 'intermittent', 'sporadic', 'erratic', 'wanting'],
  ...['lacking', 'deficient', 'inadequate', 'insufficient', 'selective', 'questionable', 'lapsed'],
  ...['fell short', 'fallen short', 'falls short', 'fall short', 'falling short', 'come up short'],
  ...['came up short', 'not consistent', 'not been consistent', 'not always been', 'not been what'],
  ...['less than consistent', 'less than complete', 'less than full', 'far from consistent'],
  ...["n't consistent", "n't been consistent", 'not sufficient', 'not adequate'],
];

/**
 * Verbs that put a feeling into words, in any register: "expressed regret", "voiced remorse",
 * "was confessing deep regret", "aired his contrition", "professed regret". Read before REMORSE.
 */
export const VOICING = [
  ...['express', 'voice', 'air', 'confess', 'confess to', 'admit', 'admit to', 'profess', 'declare'],
  ...['convey', 'acknowledge', 'own to', 'signal', 'share', 'state', 'offer', 'show', 'display'],
  ...['feel', 'write of', 'speak of', 'talk of', 'post', 'tweet', 'publish'],
];

/** Nouns of regret for one's own act, with the adjectives a reporter puts before them ("deep regret"). */
export const REMORSE = [
  ...['regret', 'regrets', 'remorse', 'contrition', 'penitence', 'repentance'],
  ...['deep regret', 'profound regret', 'bitter regret', 'great regret', 'sincere regret', 'real regret'],
  ...['deep remorse', 'profound remorse', 'sincere remorse', 'his regret', 'his regrets', 'his remorse'],
  ...['his contrition', 'public regret', 'public remorse'],
];

/**
 * Verbs of winning a place back by effort, said with "his way back": "fought his way back to the
 * top", "clawed his way back into the job", "bulldozed his way back". Not the verbs of plain travel
 * ("made/found/inched his way back to the office"): a trip back to a building is no return to a post.
 */
export const WAY_BACK = [
  ...['fight', 'claw', 'battle', 'work', 'force', 'muscle', 'elbow', 'push', 'bulldoze', 'scrap'],
  ...['wrangle', 'negotiate', 'talk', 'charm', 'wriggle', 'worm', 'bargain'],
  // "made his way back to the helm": the frame's excludes keep a trip to the office out.
  ...['make'],
];

/** The board as the staff letter judges it ("the directors", "board members"): who the judgement is of. */
export const JUDGED_BOARD = ['board', 'directors', 'board members', 'trustees'];

/** What joins the board to the judgement: nothing in a headline, "as" after "called", a form of "be". */
export const JUDGED_AS = [
  ...['', 'as', 'is', 'was', 'are', 'were', 'to be', 'as being'],
  // Found so by events: "the directors had proved unequal to the job", "have shown themselves out of their depth".
  ...['proved', 'had proved', 'have proved', 'has proved', 'proved to be', 'had proven', 'turned out to be'],
  ...['had shown themselves', 'have shown themselves', 'had been', 'have been'],
];

/**
 * Judgements that a body cannot do its job, in any register: "unequal to the job", "not up to the task",
 * "out of their depth", "not fit to be in charge". Read only after JUDGED_BOARD: alone they may be said of
 * anyone ("a reporter out of their depth"). The bare capacity wordings ("unfit to oversee", "competent to
 * run") are the frame's own phrases.
 */
export const UNFITNESS = [
  // "unequal to their supervisory job", "not up to its task": the phrase reader lets one word (the
  // job's adjective) stand between "their" and the noun.
  ...['unequal to', 'not equal to', 'not up to'].flatMap((short) =>
    ['the', 'their', 'its'].flatMap((owner) =>
      ['job', 'task', 'role', 'work'].map((job) => `${short} ${owner} ${job}`),
    ),
  ),
  ...['out of their depth', 'out of its depth', 'in over their heads'],
  ...['not fit to be in charge', 'unfit to be in charge', 'not fit for purpose', 'unfit for purpose'],
];

/** Nouns of a body's capacity for its job, before "to" and OVERSEE: "lacking the ability to govern". */
export const CAPACITY = ['competence', 'ability', 'capacity', 'wherewithal', 'judgement', 'judgment'];

/**
 * Adjectives of being fit or unfit for a job, before "to" and OVERSEE: "unqualified to oversee",
 * "ill-equipped to supervise". The positive forms stand for their negations ("not competent to govern").
 */
export const INCAPABLE = [
  ...['unfit', 'fit', 'competent', 'incompetent', 'unqualified', 'qualified'],
  ...['ill-equipped', 'ill-suited', 'unsuited', 'unequipped'],
];

/**
 * A modal of being unable, in the tenses and registers a reporter uses: "cannot oversee", "could no
 * longer trust", "was no longer able to rely on". The clitic forms ("can't", "couldn't") are
 * wordingVariants.ts's.
 */
export const CANNOT = [
  ...['cannot', 'could not', 'can no longer', 'could no longer', 'is unable to', 'was unable to'],
  ...['was no longer able to', 'were no longer able to', 'is no longer able to', 'had no way to'],
];

/** The board's job as a verb after CANNOT, read after JUDGED_BOARD: "the directors cannot oversee the company". */
export const OVERSEE = ['oversee', 'supervise', 'govern'];

/** Verbs of taking a person at his word, after CANNOT: "could no longer rely on what he told it". */
export const RELY_ON = ['rely on', 'trust', 'believe', 'count on', 'depend on', 'take at face value'];

/** The chief executive as the object of the board's trust: "no longer trusted its chief executive". */
export const LEADER_OBJECT = [
  ...['him', 'Altman', 'its chief executive', 'its CEO', 'their chief executive', 'their CEO'],
  ...['the chief executive', 'the CEO', 'its boss', 'its leader', 'his leadership'],
];

/** Nouns of a board's trust in its chief executive, before "in" and LEADER_OBJECT: "its faith in him". */
export const TRUST_NOUNS = ['confidence', 'faith', 'trust'];

/**
 * What a feeling is said to have become once used up, after its object: "their faith in his leadership
 * had run out", "confidence in him was spent", "declared their trust in Altman gone". The board's lost
 * confidence told as a state, not as "lost confidence" (the frame's own phrase).
 */
export const SPENT = [
  ...['had run out', 'has run out', 'ran out', 'had run dry', 'ran dry', 'had been spent', 'was spent'],
  ...['is spent', 'was gone', 'had gone', 'is gone', 'gone', 'had evaporated', 'evaporated', 'had vanished'],
  ...['vanished', 'was exhausted', 'had been exhausted', 'was at an end', 'had ebbed away', 'had collapsed'],
];

/** Verbs of trusting a person, after "no longer": "could no longer trust", "no longer had faith in". */
export const TRUSTING = [
  // Not "rely on"/"count on": "could no longer rely on him" follows the reason as its consequence.
  ...['trust', 'trusted', 'trusts', 'believe in', 'believed in', 'have confidence in', 'had confidence in'],
  ...['has confidence in', 'have faith in', 'had faith in'],
];

/** Verbs that end a trust, before "trusting" or "to trust": "had stopped trusting him", "ceased to trust Altman". */
export const CEASED = ['stopped', 'ceased'];

/** A trust taken back, before "its confidence in": "withdrew its confidence in him", "had withdrawn their trust". */
export const WITHDREW = ['withdrew', 'withdrawn', 'withdraws', 'withdrawing'];

/**
 * Being truthful with someone, as a verb phrase after a negation: "had not leveled with its members",
 * "never came clean with the directors", "hadn't been straight with them".
 */
export const LEVELLED = [
  ...['leveled with', 'levelled with', 'level with', 'leveling with', 'levelling with'],
  ...[
    'come clean with',
    'came clean with',
    'been straight with',
    'been upfront with',
    'played straight with',
  ],
];

/** Verbs by which a body gives a reason, before its noun: "board cites candour", "blaming dishonesty". */
export const CITING = [
  ...['cites', 'cited', 'citing', 'cite', 'blames', 'blamed', 'blaming', 'invokes', 'invoked', 'invoking'],
];

/**
 * Research told as long-range or speculative, whose work is moved off or starved: "from exploratory
 * projects", "from blue-sky work". Read before the work's noun in the frame's wording.
 */
export const EXPLORATORY = [
  ...['exploratory', 'experimental', 'long-term', 'long-range', 'blue-sky', 'speculative', 'basic'],
  ...['fundamental', 'open-ended', 'pure', 'frontier', 'curiosity-driven', 'moonshot', 'research'],
];

/** Keeping someone uninformed: "kept the board less than fully informed", "keeping them…". */
export const KEEPING = ['kept', 'keeping', 'keep'];
/** The chair of a board as a post held: "his days as board chairman were over". */
export const CHAIR_POSTS = ['chairman', 'chair', 'board chairman', 'board chair'];
/** A time in a post told as ended: "his days as chair were over", "…had ended". */
export const ENDED = ['were over', 'are over', 'had ended', 'were at an end'];

const FAMILIES: Record<string, readonly string[]> = {
  candour: CANDOUR,
  shortfall: SHORTFALL,
  role: LEADERSHIP_ROLE,
  again: REPETITION,
  interim: INTERIM,
  employee: EMPLOYEE,
  post: POST_TAKEN,
  det: ROLE_DETERMINER,
  voice: VOICING,
  remorse: REMORSE,
  wayback: WAY_BACK,
  judged: JUDGED_BOARD,
  judgedas: JUDGED_AS,
  unfit: UNFITNESS,
  capacity: CAPACITY,
  incapable: INCAPABLE,
  leader: LEADER_OBJECT,
  trustnoun: TRUST_NOUNS,
  spent: SPENT,
  trusting: TRUSTING,
  ceased: CEASED,
  withdrew: WITHDREW,
  levelled: LEVELLED,
  citing: CITING,
  cannot: CANNOT,
  oversee: OVERSEE,
  relyon: RELY_ON,
  exploratory: EXPLORATORY,
  keeping: KEEPING,
  theboard: THE_BOARD,
  chairpost: CHAIR_POSTS,
  ended: ENDED,
};

/** The families' names: what a frame's `marker` may say (the dataset schema checks it). */
export const FAMILY_NAMES = Object.keys(FAMILIES);

const FAMILY_REF = /%([a-z]+)/;

/** One wording with its `%family` references replaced by each member in turn (all combinations). */
function expandOne(wording: string): string[] {
  const ref = FAMILY_REF.exec(wording);
  // An empty member ("" of %det) leaves two spaces behind.
  if (!ref) return [wording.replace(/\s+/g, ' ').trim()];
  const family = FAMILIES[ref[1]!];
  if (!family) throw new Error(`unknown word family %${ref[1]} in "${wording}"`);
  return family.flatMap((member) => expandOne(wording.replace(ref[0], member)));
}

const expanded = new WeakMap<readonly string[], string[]>();

/** The words of a family named by a frame's `marker`. */
export function familyWords(name: string): readonly string[] {
  const family = FAMILIES[name];
  if (!family) throw new Error(`unknown word family ${name}`);
  return family;
}

/** A frame's word list with its families written out (cached: frames are few and fixed). */
export function withFamilies(wordings: readonly string[]): string[] {
  let list = expanded.get(wordings);
  if (!list) {
    list = wordings.some((w) => w.includes('%')) ? [...new Set(wordings.flatMap(expandOne))] : [...wordings];
    expanded.set(wordings, list);
  }
  return list;
}
