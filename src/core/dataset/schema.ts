/**
 * The dataset's shape. This file is the one source of the dataset types:
 * everything else imports them from here.
 */
import * as v from 'valibot';
import { QUALIFIERS } from '../figureRange.ts';
import { FIGURE_UNITS } from '../figures/units.ts';
import { FAMILY_NAMES } from '../claims/statementFamilies.ts';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)'),
);
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** A day, or only a month where the documents give no day. */
const DayOrMonth = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    'must be a date written YYYY-MM-DD, or YYYY-MM where no day is known',
  ),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const ShortText = v.pipe(Text, v.maxLength(400, 'must be at most 400 characters'));

/** A direct quotation, kept only where the words themselves are the fact. */
export const QuoteSchema = v.strictObject({
  text: v.pipe(Text, v.maxLength(160, 'must be a short quotation (at most 160 characters)')),
  speaker: Text,
});

export const SourceSchema = v.strictObject({
  id: Id,
  outlet: Text,
  /**
   * False where the document does not name its outlet (`outlet` then describes it: "Unnamed tech
   * news site"): a card that says who reported otherwise names a named outlet first.
   */
  named: v.optional(v.boolean()),
  title: v.optional(Text),
  author: v.optional(Text),
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
  /** When the document was published; absent when it does not say. */
  date: v.optional(IsoDate),
  /** What we know of the date when it is not stated outright. */
  dateNote: v.optional(ShortText),
  kind: v.picklist(['news', 'blog', 'aggregator', 'syndicated']),
  /** Where the facts were read, relative to shared/: a seed file or a reports.md section. */
  document: v.pipe(
    v.string(),
    v.regex(
      /^(seeds\/[\w.-]+\.txt|reporting\/reports\.md#r\d\d)$/,
      'must be seeds/<file>.txt or reporting/reports.md#rNN',
    ),
  ),
  /** Outlets or people the document itself relies on ("according to Business Today"). */
  cites: v.array(Text),
});

export const EntitySchema = v.strictObject({
  id: Id,
  name: Text,
  kind: v.picklist(['person', 'organisation', 'product', 'event']),
  /** Names that identify the entity on their own: full names, spellings pages use. */
  aliases: v.array(Text),
  /** Names that identify it on a page about the story (a distinctive surname: "Altman"). */
  contextAliases: v.array(Text),
  /**
   * Names shared with many others ("Scott", "Taylor", a first name): they count
   * only where the same page also names the entity in full.
   */
  ambiguousAliases: v.array(Text),
  /**
   * Words of its names that are also ordinary English words ("Shear", "Thrive", "Will"): in lower
   * case they are a name only where the sentence uses them as one, and a person's first or last
   * name alone is one only where so used. Checked against Hunspell's English dictionary in the tests.
   */
  ordinaryWords: v.optional(v.array(Text)),
  /**
   * Descriptions that stand for the entity as the subject of a claim, never as
   * a name ("the ousted boss" in "Ousted boss to return"): not highlighted.
   */
  epithets: v.optional(v.array(Text)),
  /** Role at the time of the events. */
  role: ShortText,
  /** Part in the story, two or three lines in our own words. */
  description: v.pipe(Text, v.maxLength(600, 'must be at most 600 characters')),
  sources: v.pipe(v.array(Id), v.minLength(1, 'must name at least one source')),
});

export const FigureSchema = v.strictObject({
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  unit: v.picklist(FIGURE_UNITS),
  qualifier: v.picklist(QUALIFIERS),
  /** The wording as the document gives it (ours where the document writes no number: see `countOf`). */
  wording: Text,
  low: v.number(),
  high: v.number(),
  /** When the figure held, where the document says. */
  asOf: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?)?$/,
        'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
      ),
    ),
  ),
  /** Where in the document, when one document gives several figures. */
  where: v.optional(v.picklist(['headline', 'body', 'url'])),
  /** What the figure counts when a claim holds figures of different subjects. */
  subject: v.optional(ShortText),
  /**
   * Whom the document names where it gives no number (it names Taylor and Summers as joining and
   * D'Angelo as staying): the value is then our count of them, and `wording` says so in our words.
   */
  countOf: v.optional(ShortText),
});

export const ReportSchema = v.strictObject({
  source: Id,
  /** What this source says on the topic, in our own words. */
  summary: ShortText,
  /** The version this source gives, for a statement ("Chief Data Scientist", "Monday morning"). */
  version: v.optional(ShortText),
  figures: v.optional(v.pipe(v.array(FigureSchema), v.minLength(1))),
  quote: v.optional(QuoteSchema),
  /** Whom the source credits for it ("Kara Swisher", "a person familiar with the matter"). */
  citing: v.optional(Text),
  /** Which of the claim's facts this report states (a statement claim's reports each state one or more). */
  facts: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  /** True when later reporting overturned what this report says. */
  overturned: v.optional(v.boolean()),
  note: v.optional(ShortText),
});

/**
 * One version of a statement's fact: reports that state the same fact agree
 * however they word it; a report whose facts are all incompatible with the
 * page's differs from it.
 */
export const FactSchema = v.strictObject({
  id: Id,
  /** The fact in a few words ("quit", "removed from the board"). */
  label: ShortText,
  /** Facts that can both be true (a different part of the same letter, a vaguer wording). */
  compatibleWith: v.optional(v.array(Id)),
  /** Later reporting reversed this fact (the claim's `reversal` says how and when). */
  overturned: v.optional(v.boolean()),
});

const Words = v.optional(v.pipe(v.array(Text), v.minLength(1)));

/**
 * How pages state a statement claim, as who does what: the engine finds the act
 * and checks that its subject is one of `subject`, that it is stated (not
 * asked, negated, wished or conditional) and which fact it states.
 */
export const FrameSchema = v.strictObject({
  /** The fact a match states. */
  fact: Id,
  /** The entities one of which must do the act (or, for `undergoes`, have it done to them). */
  subject: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  /** Verbs the subject does, as lemmas with their particle ("quit", "step down", "come back"). */
  acts: Words,
  /** Verbs done to the subject ("hire", "reinstate"): it is their object, or their subject in the passive. */
  undergoes: Words,
  /** Nouns for the act ("return", "resignation"): the subject is their possessor or follows "of". */
  nouns: Words,
  /** Titles that state the fact next to the subject's name ("interim CEO Emmett Shear"). */
  titles: Words,
  /** Fixed wording that states the fact; the sentence must refer to the subject where one is given. */
  phrases: Words,
  /**
   * A noun phrase that states the fact however its modifiers are worded ("a brand-new AI research
   * outfit", "a newly created advanced AI research team"): one of `heads`, after a run of
   * `modifiers` (a hyphenated word counts by any of its parts) that holds a word of each group of
   * `requires`. The block must refer to the subject, as for a phrase of three words or more.
   */
  nounPhrase: v.optional(
    v.strictObject({
      heads: v.pipe(v.array(Text), v.minLength(1)),
      modifiers: v.pipe(v.array(Text), v.minLength(1)),
      requires: v.array(v.pipe(v.array(Text), v.minLength(1))),
    }),
  ),
  /**
   * Words (or `@entity-id`) one of which must follow the act within its clause ("join" → "@microsoft").
   * A preposition before `@entity-id` ("at @microsoft") says where the act happens ("would lead a new
   * group at Microsoft"): the mark is then the subject and the act, leaving what lies between to
   * other claims.
   */
  complement: Words,
  /**
   * The act states the fact only with nothing after it in its clause but adverbs ("said he was
   * leaving too", "chose to leave instead"): with an object it is another act ("left the room").
   */
  alone: v.optional(v.boolean()),
  /**
   * A word family (statementFamilies.ts) one of whose words the act's clause must hold: "again"
   * for an act told as a second time ("will take the top job again"), "interim" for a post held
   * for a while ("handed the job, on an interim basis, to …").
   */
  marker: v.optional(v.picklist(FAMILY_NAMES, 'must name a word family of statementFamilies.ts')),
  /**
   * The subject receives what the act gives, or loses what it takes: it follows this preposition
   * after the complement ("handed the top job to Emmett Shear", "took the chair away from Brockman").
   */
  recipient: v.optional(v.picklist(['to', 'from'])),
  /** Words that, following the act in its clause, make it another fact ("step down as chairman"). */
  excludes: Words,
  /** Entities one of which must be named around an act done to the subject (Microsoft hires). */
  agent: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  /**
   * A demand: the staff (`by`) want others (`targets`) to do `targetActs`, want
   * `subject` restored, or threaten `threats` unless they are.
   */
  demand: v.optional(
    v.strictObject({
      by: v.pipe(v.array(Text), v.minLength(1)),
      targets: v.pipe(v.array(Text), v.minLength(1)),
      targetActs: v.pipe(v.array(Text), v.minLength(1)),
      restores: v.pipe(v.array(Text), v.minLength(1)),
      threats: v.pipe(v.array(Text), v.minLength(1)),
    }),
  ),
});

export const ClaimSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['figure', 'statement']),
  title: ShortText,
  /** The question the reports answer. */
  question: ShortText,
  /**
   * For a figure claim, words near a figure that tie it to this topic. Empty for
   * a statement, which `frames` describe.
   */
  cues: v.array(Text),
  entities: v.array(Id),
  /**
   * For a count of a whole group (a board, a staff, a founding team): a part
   * of it ("three of the directors", "two former directors") is not this topic.
   */
  whole: v.optional(v.boolean()),
  /**
   * For a figure that counts only in one circumstance (those who remain, the size a board may grow
   * to): words one of which the figure's clause must hold ("still", "remain"; "expand", "up to").
   * Without one, "two founders left" or "a three-person board" is not this topic.
   */
  requires: v.optional(v.pipe(v.array(Text), v.minLength(1))),
  /**
   * For a figure of one group that another of its kind may be confused with (the board that fired
   * Altman, not the new one): words that, in the figure's clause, make it the other group's ("new",
   * "initial", "chaired by").
   */
  excludes: v.optional(v.pipe(v.array(Text), v.minLength(1))),
  /**
   * For a figure about one moment (the board that fired Altman, the shares'
   * move on the return): when. A page figure its sentence dates to another
   * period is not this topic; a topic without it (a valuation, an age) is
   * followed over time.
   */
  period: v.optional(
    v.pipe(v.string(), v.regex(/^\d{4}(-\d\d(-\d\d)?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  ),
  /** For a statement: the facts its reports state, where they differ in substance. */
  facts: v.optional(v.pipe(v.array(FactSchema), v.minLength(1))),
  /** For a statement: how pages state it. A claim without frames is not recognised on pages. */
  frames: v.optional(v.pipe(v.array(FrameSchema), v.minLength(1))),
  reports: v.pipe(v.array(ReportSchema), v.minLength(1, 'must hold at least one report')),
  /** What later reporting established, for a statement that was overturned. */
  reversal: v.optional(
    v.strictObject({
      date: DayOrMonth,
      summary: ShortText,
      sources: v.pipe(v.array(Id), v.minLength(1)),
    }),
  ),
});

export const EventSchema = v.strictObject({
  id: Id,
  date: DayOrMonth,
  /** Local time where a source gives one, as written ("just after 10pm"). */
  time: v.optional(ShortText),
  title: ShortText,
  summary: ShortText,
  entities: v.array(Id),
  sources: v.pipe(v.array(Id), v.minLength(1, 'must name at least one source')),
});

export const DATASET_FILES = {
  sources: v.array(SourceSchema),
  entities: v.array(EntitySchema),
  claims: v.array(ClaimSchema),
  events: v.array(EventSchema),
} as const;

export type DatasetFile = keyof typeof DATASET_FILES;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityKind = Entity['kind'];
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Frame = v.InferOutput<typeof FrameSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  claims: Claim[];
  events: StoryEvent[];
}

/*
 * The part of the dataset the content script reads. The build leaves the
 * popup-only fields out of the content script (projectContentDataset) to keep
 * what every page loads small. The page path takes these types, so a full
 * Dataset passes as well.
 */
export type ContentSource = Pick<Source, 'id' | 'outlet' | 'date' | 'kind' | 'named'>;
export type ContentEvent = Pick<StoryEvent, 'id' | 'date' | 'title' | 'entities'>;
export type ContentReport = Omit<Report, 'summary' | 'note' | 'quote'>;
export type ContentClaim = Omit<Claim, 'reports'> & { reports: ContentReport[] };

export interface ContentDataset {
  sources: ContentSource[];
  entities: Entity[];
  claims: ContentClaim[];
  events: ContentEvent[];
}

/** The fields only matching reads: how pages word a claim or a name. */
type MatchingClaimField = 'cues' | 'frames' | 'requires' | 'excludes' | 'whole';
type MatchingEntityField = 'ambiguousAliases' | 'ordinaryWords' | 'epithets';

/*
 * The part of the dataset the popup draws: everything but how pages word
 * things, which is most of claims.json and which the popup never shows
 * (projectPanelDataset). The popup's views take these types, so a full
 * Dataset passes as well.
 */
export type PanelClaim = Omit<Claim, MatchingClaimField>;
export type PanelEntity = Omit<Entity, MatchingEntityField>;

export interface PanelDataset {
  sources: Source[];
  entities: PanelEntity[];
  claims: PanelClaim[];
  events: StoryEvent[];
}

/** What a figure chart reads, in the popup and in the page's cards alike. */
export type ChartClaim = Omit<ContentClaim, MatchingClaimField>;

export interface ChartDataset {
  sources: ContentSource[];
  claims: ChartClaim[];
}
