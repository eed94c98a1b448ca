import { namesOwnMeasure } from './measureLabel.ts';
import { eachMatch } from '../text/eachMatch.ts';
import type { ContentClaim } from '../dataset/schema.ts';
import { cueKey, type Matcher } from '../match/compileMatcher.ts';
import { escapeRegExp } from '../match/namePattern.ts';
import { findNames, type NameHit } from '../match/findNames.ts';
import { gluedItemAround, type PageFigure } from '../figures/parseFigure.ts';
import { parseNumberWords } from '../figures/parseNumberWords.ts';
import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import { isFurniture } from '../page/railContext.ts';
import { optionsStart } from '../page/optionLine.ts';
import { figureRange } from '../figureRange.ts';
import {
  sentenceAround,
  sentencesAround,
  spanAt,
  splitSentences,
  type Span,
} from '../text/splitSentences.ts';
import { comparableUnits, figureVerdict, type FigureVerdict } from './figureVerdict.ts';
import {
  dateCell,
  figurePeriod,
  periodCell,
  periodsMeet,
  countedBackDay,
  sentenceWeekday,
  startsAfter,
  weekdayOfDate,
  type PageContext,
} from './figurePeriod.ts';
import { figureLabel, type FigureLabel } from './figureLabel.ts';
import { labelledPair, pairSeparators } from './labelledPair.ts';
import { isDirectionWord, isOpeningModifier } from './openingModifier.ts';
import { HAD_PARTICIPLE_AFTER } from './contractedHad.ts';
import { isSpeakerTag, opensAfterLabel } from './sentenceLabel.ts';
import { isDestination, possessesLetter } from './destinationName.ts';
import { seriesItem } from './seriesPeriod.ts';
import { boxPartOf, labelSide } from '../page/keyNumberBox.ts';
import { isStartingBoardSize } from './startingBoardSize.ts';
import { boardFits, boardOfCount, boardTopicOf, type BoardOfCount } from './boardIdentity.ts';
import { isTotalStated } from './totalStated.ts';
import { isDescribedTotal } from './describedTotal.ts';
import { decidesAfter, opensCoordinatedClause, opensWithTime } from './wholeGroupDecision.ts';
import { pointedBackGroup } from './pointedBackGroup.ts';
import { countsMonthlyAudience, sameAudienceLink } from './monthlyReach.ts';
import { namesMonthlyAudience } from './audienceShorthand.ts';
import { unitOfLabel } from './labelledUnit.ts';
import { choseRemovalAfter, decidedByBefore, tookToRemove } from './decisionAgent.ts';
import { countsOtherThing } from './countedNoun.ts';
import { isRangeEnd } from './rangeNotClaim.ts';
import { votesRemoval, withoutGroupAsides } from './groupActAside.ts';
import { removesLeaderAfter } from './leaderRemoval.ts';
import {
  agreeingKeys,
  carriedTopicAgrees,
  inBrackets,
  ownCountCues,
  sentenceOwnedElsewhere,
  turnsElsewhere,
} from './carriedCount.ts';
import { outsideAppositiveList, withoutAppositiveList } from '../figures/appositiveList.ts';
import { outsideLaterCountClause } from './laterCountClause.ts';
import { outsidePartitiveAside } from './partitiveAside.ts';
import { foundingTeamCount } from './foundingAct.ts';
import { SIZED_GROUP_NOUN } from './sizedGroupNoun.ts';
import { ceilingOfGroup, plannedCeiling, reachedCeiling } from './plannedCeiling.ts';
import { maskPhrasalUpTo } from './phrasalUpTo.ts';
import { sharedBySubject } from './pluralPeopleSubject.ts';
import { countOfEmptyModal, modalClauseBefore, ownStretchEnd, questionReachesFigure } from './modalScope.ts';
import { definiteWithRelative } from './definiteActingGroup.ts';
import { epithetNames, isAgeEpithet } from './ageEpithet.ts';
import { countsOffStory, misfitsTopic } from './offStoryFigure.ts';
import { employedByOther, ownedByOtherName } from './namedOtherOwner.ts';
import { isNotShareMove } from './measureNotShareMove.ts';
import { isExpectedMove } from './expectedMove.ts';
import { isAddedPart } from './addedPart.ts';
import { countsAnotherGroup } from './countedGroup.ts';
import { spanOfAnother } from './spanHolder.ts';
import { inEpithetObject } from './epithetObject.ts';
import { spanOfTitledStranger } from './titledStranger.ts';
import { heldWorthNoun, isPossessedMoney } from './possessedMoney.ts';
import { inForeignCurrency, isVoteTally } from './ownerlessMeasure.ts';
import { withConversions } from './currencyConversion.ts';
import { elapsedSinceEvent } from './elapsedSince.ts';
import { countsProfiledOther } from './profileInParentheses.ts';
import { countsWorkforce, workplaceStart } from './workplaceTotal.ts';
import { turnCarried } from '../page/turnCarry.ts';
import { restatedIn } from '../page/restatedValue.ts';
import { isGroupBreakdown } from './groupBreakdown.ts';
import { DISTINCTIVE_ECHO, echoWeight, reportedValues } from './reportedValueEcho.ts';
import { apposedToName, namedAfterCount } from './appositionOwner.ts';
import { valuedObject } from './valuedObject.ts';
import { wholeOwner } from './wholeOwner.ts';
import { subjectApposition } from './appositionAntecedent.ts';
import { indefiniteSubjectEnd } from './indefiniteSubject.ts';
import { withoutAsides } from '../text/skipAsides.ts';
import { isMoneyHeldInAt } from './moneyHeldIn.ts';
import { audienceOfOther } from './audienceOwner.ts';
import { ownsNoCompany } from './countSource.ts';
import { namesStoryNewBoard } from './storyNewBoard.ts';
import { countsAKind, isExampleFigure } from './genericInstance.ts';
import { isCorrectedFigure } from './correctedFigure.ts';
import { countsDepartingMembers, countsDepartureOf } from './departingPart.ts';
import { isSurveyShare } from './surveyShare.ts';
import { valuedKindNouns } from './valuedKindNoun.ts';
import { answersMeasure } from './elidedUnit.ts';
import { namesInvestmentTrade } from './investmentTrade.ts';
import { isPlaceDescribed } from './placeDescription.ts';
import { nameKey } from '../match/namePattern.ts';
import { placeOwners } from './organisationEpithets.ts';
import {
  ageCaptionHolder,
  ageHolderSpan,
  captionBlock,
  captionHedge,
  runsOnFromValue,
} from '../page/valueCaption.ts';
import { PEOPLE_NOUNS } from '../figures/peopleNouns.ts';
import { discourseTopic, holdsOtherCount } from './discourseCount.ts';
import { SHORT_BLOCK, type BlockLead, type Counted, type LeadBlock } from '../page/blockLead.ts';

export interface FigureClaimHit extends FigureVerdict {
  start: number;
  end: number;
  claimId: string;
  figure: PageFigure;
}

/*
 * How a figure is tied to a topic: a score from the words and names of its
 * sentence. Each weight is named for what it stands for.
 */
/** A cue this close to the figure (in characters) is near. */
const NEAR = 50;
/** A cue word near the figure: the figure's own topic ("505 employees signed"). */
const NEAR_CUE = 2;
/** A cue elsewhere in the sentence: it supports a topic but does not decide it. */
const FAR_CUE = 0.5;
/** A cue just before the figure governs it ("valued at $86bn", "a stake of 49%"): it outweighs another topic's near cue and a name. */
const GOVERNING_CUE = 1.5;
/** How close "just before" is, in characters. */
const GOVERNING_REACH = 16;
/** One of the claim's people or organisations (other than OpenAI, which every claim shares) in the sentence. */
const NAMED_ENTITY = 0.5;
/** The name just before the figure is the claim's ("Anthropic … 40% versus OpenAI's 27%"). */
const NEAREST_NAME = 1;
/** A figure in a total's place ("of OpenAI's 770 employees") is what a total claim counts. */
const TOTAL_PLACE = 4;
/** …and rarely what a part counts ("738 of 770": the 770 is not the signatories). */
const TOTAL_PLACE_FOR_PART = -2;
/** The least score that ties a figure to a topic: one near cue. */
const THRESHOLD = NEAR_CUE;
/** An age needs no cue: its form says what it is ("Altman, 38,"). */
const AGE_FORM = THRESHOLD;
/** In a block that names nobody from the story, a topic needs one more cue's worth. */
const UNNAMED_TOPIC = 1;
/** A count this many times below or above every report counts something else ("two employees who spoke"). */
const PLAUSIBLE_RATIO = 4;
/** How many years an age may lie from every report of that person's age and still be theirs (later pages give later ages). */
const AGE_SPREAD = 12;

/**
 * Cues that mark a claim as a total (a headcount, the founding team). A total
 * is claimed only by a figure in a total's place: "X of [OpenAI's] Y",
 * "OpenAI's Y", "OpenAI has Y", "a staff of Y", "its headcount is Y".
 * A measure's noun before "of" is no whole: "Swisher's figure of 505", "a count of 505", "a tally
 * of 702" say how many someone counted, and what they counted is the sentence's topic.
 */
const TOTAL_CUES = new Set(['headcount', 'workforce', 'team size']);
/**
 * "a staff it describes as 700-plus", "a workforce the company puts at about 770", "a headcount one
 * report gives as 770": the whole as someone sizes it, the sizer a few words between noun and verb.
 * So is the whole as it is usually sized: "a headcount that's usually described as 700-plus", "a
 * payroll usually given as about 770", "a workforce variously put at 700-plus", "a company usually
 * described as having 700-plus employees" (but "Quora, a company described as having 250 employees" is
 * Quora's own size).
 */
const DESCRIBED_WHOLE = String.raw`\b(?:staff|workforce|headcount|payroll|(?<![\w'’.-]+,\s+an?\s+)(?:company|firm))\s+(?:(?:that|which)(?:['’]s|\s+is|\s+was)?\s+)?(?!(?:who|whose|that|which)\b)(?:[\w'’-]+\s+){0,3}?(?:describes|described|gives|given|gave|puts|put|estimates|estimated|reckons|reckoned|pegs|pegged|reports|reported)\s+(?:as|at)(?:\s+having)?`;
const TOTAL_BEFORE = new RegExp(
  String.raw`(?:\b(?:staff|workforce|headcount|payroll)\s+(?:(?:that|which)\s+(?:numbers|totals|counts|runs\s+to|ran\s+to|comes\s+to|came\s+to)|(?:described|given|reported|estimated|reckoned)\s+as)|\b(?:board|staff|workforce|headcount|team)\s+(?:now\s+)?(?:stands|stood)\s+at|\bput\s+(?:the|its|OpenAI['’]s)\s+(?:staff|workforce|headcount|payroll)\s+at|(?<!\b(?:signatures|names|support|backing|votes|endorsements?|resignations|departures|threats?|figures?|counts?|tall(?:y|ies)|estimates?|reckoning)\s)\bof(?: (?:the|its|a|OpenAI['’]s)(?: original| total| entire| whole)?)?|\bout of|['’]s|\bits|\bhas|\bhad|\b(?:has|had)\s+an?|\bemploy(?:s|ed|ing)?|\ba (?:staff|workforce) of|\b(?:staff|workforce|headcount|payroll)\s+(?:(?:(?:that|which)\s+(?:the\s+(?:company|firm|start-?up)|it|OpenAI)\s+)?(?:numbered|put|estimated|reckoned|counted|pegged)\s+at|numbering)|\b(?:headcount|workforce|payroll)\s+(?:is|was|stands\s+at|stood\s+at|totals|totalled|totaled|numbers|numbered|comes\s+to|came\s+to|reached)|${DESCRIBED_WHOLE})\s+$`,
  'i',
);
/** "a company of, you know, around 770", "out of, like, roughly 770": speech's fillers before a figure, read past. */
const SPOKEN_FILLER_TAIL = /(?:,?\s*\b(?:you\s+know|like|I\s+mean|I\s+think|say|what|um|uh|er)\b,?)+\s*$/i;
/** An opening quotation mark just before a figure: 'put the workforce at "700-plus"' quotes the figure, not the place. */
const OPENING_QUOTE_TAIL = /\s["“‘']$/;
/** The words before a figure with speech's fillers and a quotation mark opening the figure read past. */
const withoutFillers = (before: string) =>
  before.replace(OPENING_QUOTE_TAIL, ' ').replace(SPOKEN_FILLER_TAIL, ' ');
/** "Eleven founders, two still there", "12 directors, seven of whom left": a whole, then a part of it. */
const WHOLE_THEN_PART_AFTER =
  /^[\s-]+[\p{L}-]+,?\s+(?:only\s+|just\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+of\s+(?:them|whom)\b|,?\s+(?:still|remain|remaining|remained|left|stayed)\b)/iu;
/** "about 770 people total", "770 staff in all.": a total said after the count, closing its clause ("505 people total signed" is not). */
const TOTAL_AFTER =
  /^\s+(?:people|staff|staffers|employees|workers)\s+(?:total|in\s+total|in\s+all|all\s+told|overall)(?=\s*(?:[,;.!?)—–]|$)|\s+(?:so|and|but|which|who|at|across|worldwide)\b)/iu;
/** "the 770-strong workforce", "a 770-strong staff": "-strong" gives the whole group's size, its total. */
const STRONG_GROUP_AFTER =
  /^-strong\s+(?:[\p{L}-]+\s+)?(?:workforce|staff|payroll|company|organi[sz]ation)\b/iu;
/** A label that names only a group: what follows it is the group's total ("OpenAI staff: 770"). */
const TOTAL_LABEL_BEFORE =
  /^\W*(?:[A-Z][\w'’]*\s+)?(?:total\s+)?(?:staff|employees|staffers|workforce|headcount|people)\s*:\s*$/i;
/**
 * Talk of what might be or what someone wants states no figure: "would value the company at", "if
 * 700 walked out", "I'd want a board of seven", "should have at least nine", "in case", "provided
 * that", and the inverted conditions "Had 700 walked out", "Were 700 to leave", "Should 700 leave".
 * A scenario is talk of what might be too: "a scenario in which perhaps 500 staff arrived", "in a world
 * where 700 had walked out".
 * "'d" is "would" only before a bare verb: "he'd worked there for eight years" is "had" (contractedHad.ts).
 */
const HYPOTHETICAL_BEFORE = new RegExp(
  String.raw`(?:\b(?:would|could|might|may|if|unless|should|ought|want|wants|wanted|wish|wishes|ideally|suppose|supposing|imagine|hypothetically)\b|['’]d\b(?!${HAD_PARTICIPLE_AFTER})|\bin case\b|\bscenarios?\s+(?:in\s+which|where|whereby)\b|\b(?:in\s+)?a\s+world\s+(?:in\s+which|where)\b|\bprovided (?:that\b)?|\bas long as\b|\bso long as\b|\bin\s+(?:early\s+|advanced\s+|preliminary\s+)?talks\s+to\b|\b(?:is|are)\s+seeking\s+to\b)[^,;.]*$|^\W*(?:Had|Were|Should)\b`,
  'i',
);
/**
 * "a share sale that would value OpenAI at $86 billion", "the tender for employee shares, which would
 * value OpenAI at…": the price a deal puts on the company, as
 * deals are reported, unless the deal is itself only talked of ("discussing a round that would
 * value it at", "talks that could value it") or conditional.
 */
const DEAL_VALUES_BEFORE =
  /^(?![\s\S]*\b(?:if|unless|discuss\w*|talks?|consider\w*|weigh\w*|explor\w*|mull\w*|propos\w*|possible|potential|could|might|may)\b)[\s\S]*\b(?:sale|purchase|offer|deal|round|tender|transaction|investment)(?:\s+(?:of|for|in)\s+[\w'’ -]{1,30}?)?,?\s+(?:that|which)\s+would\s+value\s+[^,;.]{0,40}?\bat\s+$/i;
/**
 * "in talks to let employees sell shares at a valuation of around $86 billion", "in advanced talks to
 * raise money at an $86 billion valuation": the price under negotiation is how news reports the
 * company's value. Only talks: "would", "could", "if" still make it a guess.
 */
const TALKS_TO = /\bin\s+(?:early\s+|advanced\s+|preliminary\s+)?talks\s+to\b/gi;
const AT_VALUATION_BEFORE =
  /\bat\s+(?:a|an)\s+(?:valuation|value)\s+of\s+$|\bvaluing\s+(?:it|the\s+company|the\s+firm|[A-Z][\w.-]*)\s+at\s+$/;
function pricedInTalks(clause: string): boolean {
  return AT_VALUATION_BEFORE.test(clause) && !HYPOTHETICAL_BEFORE.test(clause.replace(TALKS_TO, ' '));
}
/**
 * "the typical nonprofit board has nine members", "any board of seven": a group in general, not
 * the organisation's own (words just before the cue that names it).
 */
/**
 * "Most boards of that kind have seven directors": a clause about groups in general ("most of the 770" is a part of one).
 * "The most widely used figure", "how many signed", "so many": a superlative or a question's
 * "most"/"many" speaks of no groups in general; so does "most" before an adverb of how often or how
 * much a figure is used ("most widely cited"), a closed list: "Most family-run nonprofits" is groups
 * in general whatever its word ends in.
 */
const GENERIC_CLAUSE =
  /(?:^|[,;:(]\s*)\W*(?:the\s+)?(?:typical|average|median|smallest|largest|biggest|ideal|normal|usual|(?<!\b(?:the|how|so|too|as)\s+)(?:most(?!\s+(?:widely|commonly|frequently|often|highly|closely|recently|reliably|heavily|cited|quoted|reported)\b)|many)|any|every|such)\s(?!of\s+(?:the|its|their|OpenAI['’]s)\s)(?!(?:outlets|reports|accounts|estimates|sources|publications|counts|tallies|newspapers|papers|news\s+outlets)\b)[^,;:]*$/i;
/**
 * "Boards usually have nine directors", "nonprofits tend to": what is habitually so, of groups in general.
 * Not how a figure is usually reported: "a headcount usually given as 770", "a staff generally put at
 * 700-plus", "a company usually described as having 770 employees" state one organisation's figure.
 */
const HABITUAL_BEFORE = new RegExp(
  String.raw`\b(?:usually|typically|generally|normally|often|commonly|tends? to|tended to)\b(?!\s+(?:been\s+)?(?:described|reported|put|estimated|counted|given|reckoned|pegged|cited|quoted|said\s+to\s+be)\b)[^,;:.—–]*$`,
  'i',
);
/** "a three-person board", "the 770-strong workforce": a number compounded into the size of a standing body. */
const BODY_SIZE_COMPOUND_AFTER =
  /^-(?:person|member|man|strong|seat)\s+(?:[\p{L}-]+\s+)?(?:board|panel|committee|council|workforce|staff)\b/iu;
/**
 * "its first three include two newcomers", "three directors, including two outsiders": a count that includes a
 * second count is the whole that part is taken from, never the part itself.
 */
const INCLUDES_COUNT_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?,?\s+(?:include|includes|included|including|comprise|comprises|comprised|count|counts|counted)\s+(?:just\s+|only\s+|at\s+least\s+)?(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\b/iu;
const INDEFINITE_GROUP_BEFORE = /\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:board|team|staff|workforce|group)\s+of\s+$/i;
/** "A board of five can act quickly", "a board of four is a committee": what such a group may do or is. */
const MODAL_AFTER =
  /^\s+(?:[a-z]+ly\s+)?(?:can|could|would|should|might|may|must|will|cannot|can't|is\s+(?:a|an|just|only|no|not|never|always)\b)/i;
/**
 * "The three directors who voted against him", "Two board members later stepped down", "two members
 * of the board left": a count that does something is some of the group, not its size. Serving on or
 * making up the group is what its size does ("six directors sat on the board"). A participle after an
 * article is an adjective, not an act ("nine directors for an enlarged board").
 */
const ACTS_AFTER_NOUN =
  /^[\s]+(?:[\w'’-]+\s+){0,3}?(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:who|that)\s+)?(?:later\s+|eventually\s+|then\s+|also\s+|have\s+|had\s+|has\s+|soon\s+|subsequently\s+)*(?!(?:sat|served|serve|sit|made|make|formed|form|comprised|comprise|constituted|were|are|was|is|remain|remained|included|include)\b)(?<!\b(?:an?|the|its|their)\s)(?:[a-z]+ed|left|quit|kept|stood|went|lost|held|stepped|voted|resigned|changed|fought|sided|broke)\b/;
/** "a figure of 505", "a total of 700", "a reported count of 745": what the figure is, not who has it. */
const MEASURE_NOUN_OF_BEFORE =
  /\b(?:figure|tally|count|total|number|sum|estimate|peak|high|low|record|level|amount)\s+of\s+$/i;
/** "at a company that employs roughly 770", "of a firm which employed 770": the place a count's people work, sized. */
const EMPLOYING_PLACE_BEFORE =
  /\b(?:at|in|of|from|across|throughout)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:company|firm|lab|start-?up|organi[sz]ation|business|outfit|enterprise|non-?profit|venture)\s+(?:(?:that|which)\s+employ(?:s|ed)|employing)\s+$/iu;
/** "a start-up with 60 employees", "one company employing 150": an organisation the sentence does not name. */
const INDEFINITE_OWNER_BEFORE =
  /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){1,3}(?:with|employing|that employs|which employs|of)\s+$/iu;
// "most of a company of 770" is a part of one company, not companies in general ("most companies"); "the other
// four voted him out" is the definite rest of one board, not other boards.
const GENERIC_BEFORE_CUE =
  /\b(?:(?:typical|average|median|smallest|largest|biggest|ideal|normal|usual|standard|such|another|(?<!\b(?:the|its|their)\s)other)\s+(?:[a-z-]+\s+)?|(?:any|every|each|(?<!\b(?:the|how|so|too|as)\s+)(?:most|many))\s+(?:(?!of\s)[a-z-]+\s+)?)$/i;
/** "…were Adam D'Angelo, who runs Quora, and two directors…": the last item of a list of who the members were. */
const LISTED_PART_BEFORE =
  /\b(?:were|are|included|includes|include|including|comprised|among them)\b[^.;:]*\band\s+$/i;
/** An adding verb right before a count: the count is of those who join ("added three directors", "hire 200 more staff"). */
const JOINED_BEFORE =
  /\b(?:add|adds|added|adding|appoint|appoints|appointed|appointing|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|welcome|welcomes|welcomed|bring\s+in|brings\s+in|brought\s+in|bringing\s+in)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$/i;
/** A label that names people new to a group ("Genuinely new directors on the board: two"): its value counts newcomers. */
const NEW_GROUP_LABEL =
  /^(?:\p{L}+ly\s+)?(?:new|fresh)\s+(?:directors|members|faces|names|appointees|arrivals|board\s+members)\b/iu;
/** A topic's cue about people new to a group ("new members", "newcomers"). */
const NEWCOMER_CUE = /\bnew(?:comers?)?\b/;
/** A topic that counts a board's newcomers (its cues "newcomers", "fresh faces"). */
const NEWCOMER_TOPIC_CUE = /\b(?:newcomers?|fresh faces?)\b/;
/** A board's size rather than its newcomers: "three members", "three-person", "a board of three". */
const BOARD_SIZE_AT =
  /^(?:\s+(?:members?|people|persons|directors?|seats?|trustees?)\b|[- ](?:person|member|seat|strong)\b)/i;
const BOARD_OF_BEFORE = /\b(?:board|trio|panel)\s+(?:of|at|to)\s+(?:just\s+|only\s+)?$/i;
/**
 * What a share of a staff does that makes it a count of its own: signing, threatening or pledging to
 * walk, lining up behind a letter ("nearly all of the 800 had threatened to go", "virtually all its
 * staff signed"). A share that only is something ("nearly all of its 770 employees work in
 * San Francisco") counts nobody, nor one that signed something else ("signed agreements barring them
 * from criticising the company", "signed their contracts"): signing counts alone ("signed."), as
 * "signed it/on/up", or with a letter, petition, pledge or statement as its object.
 */
const SHARE_ACT_AFTER =
  /^[^.;:]{0,80}?\b(?:(?:signed|signing)(?=\s*(?:[,.;:!?)]|$)|\s+(?:it|on|up|onto|in\s+support)\b|\s+(?:(?:the|a|an|that|this|their|its|an\s+open)\s+)?(?:[\w-]+\s+)?(?:letter|petition|pledge|ultimatum|statement|demand|appeal)s?\b)|threatened|threatening|vowed|pledged|lined\s+up|(?:were|was|are)\s+(?:ready|prepared|poised|willing)\s+to|put\s+(?:their|its)\s+names?|added\s+(?:their|its)\s+names?|(?:would|will)\s+(?:quit|leave|walk|go|follow|resign|join)|walked\s+out|backed\s+the\s+(?:letter|threat|demand|call))\b/i;
/** "the other two members", "the remaining two members" count a part of something, not the claim's whole. */
const OTHER_BEFORE = /\b(?:other|remaining)\s+$/i;
/**
 * A count of the writer's or reader's own group, not the story's: "I work for a mid-sized nonprofit,
 * about 60 staff", "we're at a small agency of 12", "3,412 of you answered", "many of you wrote in".
 * The indefinite article says the workplace is not one the story has named.
 */
const OWN_WORKPLACE_BEFORE =
  /\b(?:I|we)(?:['’]m|['’]re|\s+(?:work|worked|am|was|were|are|run|ran|manage|managed|lead|led))\s+(?:\w+\s+)?(?:for|at|in|with)?\s*(?:a|an)\s+[^.;:!?]*$/i;
const READERS_AFTER = /^\s+of\s+(?:you|y['’]all)\b/i;

export interface CueHit {
  key: string;
  start: number;
  end: number;
}

/**
 * "Value/share", "earnings per share", "per-share value": a share as the unit of a price, not a stake
 * nor a market's share.
 */
const SHARE_CUE = /^shares?$/;
const PER_UNIT_BEFORE = /(?:\bper[\s-]|\/\s?)$/i;
const isPriceUnit = (text: string, cue: CueHit) =>
  SHARE_CUE.test(cue.key) && PER_UNIT_BEFORE.test(text.slice(Math.max(0, cue.start - 6), cue.start));

/**
 * The organisation a name is, for valuedKindNoun.ts: null for a person or a product ("ChatGPT": its "$10
 * billion business" is its revenue), undefined for a name the dataset does not know.
 */
const organisationNamed = (matcher: Matcher, name: string): string | undefined | null => {
  const entry = matcher.nameLookup.get(nameKey(name));
  if (!entry) return undefined;
  return matcher.entities.get(entry.entityId)?.kind === 'organisation' ? entry.entityId : null;
};

/** The cue a company named by its worth stands for ("a $500 billion business" as "a $500 billion company"). */
const COMPANY_CUE = cueKey('company');

/**
 * Every cue word of every figure claim in one sentence, found in one search.
 * A cue inside a longer one is the longer one's ("board" in "expanded board",
 * "members" in "new members").
 */
export function findCues(matcher: Matcher, text: string, span: Span): CueHit[] {
  if (!matcher.figureCues) return [];
  const hits: CueHit[] = [];
  for (const m of eachMatch(matcher.figureCues, text.slice(span.start, span.end))) {
    const cue = m[1]!;
    hits.push({ key: cueKey(cue), start: span.start + m.index, end: span.start + m.index + cue.length });
  }
  // "OpenAI is a $500 billion business": the noun names the company by its worth, as "company" does (valuedKindNoun.ts).
  const known = (name: string) => organisationNamed(matcher, name);
  for (const k of valuedKindNouns(text, span.start, span.end, known, STORY_ORGANISATION))
    hits.push({ key: COMPANY_CUE, start: span.start + k.start, end: span.start + k.end });
  return hits.filter(
    (h) =>
      !hits.some(
        (o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start,
      ) &&
      !isPriceUnit(text, h) &&
      // "investment-banking clients 11%": a trade's name, not money put in (investmentTrade.ts).
      !namesInvestmentTrade(text, h.key, h.end),
  );
}

/** Some report of the claim gives a figure in the page figure's unit. */
const comparableTo = (claim: ContentClaim, figure: PageFigure) =>
  claim.reports.some((r) => r.figures?.some((f) => comparableUnits(figure.unit, f.unit)));

/** A claim about one or two people's own figures (an age, years in a job), not a count of a group of them. */
function isPersonClaim(matcher: Matcher, claim: ContentClaim): boolean {
  return (
    claim.entities.length > 0 &&
    claim.entities.every((id) => matcher.entities.get(id)?.kind === 'person') &&
    !claim.reports.some((r) => r.figures?.some((f) => f.unit === 'people'))
  );
}

/** "at least seven of them to Meta", "four left for Meta": where the counted went, right after the count. */
const DESTINATION_BETWEEN =
  /^\s+(?:of\s+(?:them|whom|those)\s+)?(?:(?:went|left|moved|defected|headed|departed|decamped)\s+)?(?:to|for)\s+$/i;

function score(
  matcher: Matcher,
  text: string,
  claim: ContentClaim,
  figure: PageFigure,
  cues: CueHit[],
  sentenceNames: NameHit[],
  governed: Set<string>,
  after: NameHit | undefined,
  predicate: number | undefined,
): number {
  let total = 0;
  for (const key of matcher.cueKeys.get(claim.id) ?? []) {
    let best = 0;
    for (const cue of cues) {
      if (cue.key !== key) continue;
      // A cue in the predicate after the figure's apposition is as near as the verb is to its subject.
      const distance =
        predicate !== undefined && cue.start >= predicate
          ? cue.start - predicate
          : cue.start >= figure.end
            ? cue.start - figure.end
            : figure.start - cue.end;
      const weight = distance <= NEAR ? NEAR_CUE : FAR_CUE;
      // The noun right after the figure is what it counts: "the $86bn tender", "a 49% stake".
      // So is where they went: "seven of them to Meta" counts departures to Meta.
      const ownNoun =
        cue.start >= figure.end &&
        (distance <= OWN_NOUN_REACH || DESTINATION_BETWEEN.test(text.slice(figure.end, cue.start)));
      best = Math.max(best, weight + (ownNoun ? GOVERNING_CUE : 0));
    }
    total += best;
  }
  if (governed.has(claim.id)) total += GOVERNING_CUE;
  for (const id of new Set(sentenceNames.map((n) => n.entityId))) {
    if (id !== STORY_ORGANISATION && claim.entities.includes(id)) total += NAMED_ENTITY;
  }
  // "27 per cent for OpenAI": a name the figure is given for speaks before the one just before it.
  const nearest = after ?? sentenceNames.filter((n) => n.end <= figure.start).at(-1);
  if (nearest && claim.entities.includes(nearest.entityId)) total += NEAREST_NAME;
  return total;
}

const MONTH_OR_DAY =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** How far before a percentage the company or index that moved may be named ("Infosys fell 0.8 per cent"). */
const MOVER_REACH = 40;
/** How far back the sentence before a figure's may name whom its "its" stands for. */
const PREVIOUS_SENTENCE_REACH = 200;
/** How far before a figure its owner's name may be ("Meta, which also put $14.3 billion"). */
const OWNER_REACH = 40;

/** "40 per cent against 27 per cent for OpenAI", "a 49% stake of Microsoft's": the word after a share or a sum that names whose it is. */
const FOR_OWNER = /^\s+(?:for|of|at)\s+(?:the\s+)?$/;

/** The organisation a share or a sum is given for, named right after it ("27 per cent for OpenAI"). */
function ownerAfter(text: string, figure: PageFigure, sentenceNames: NameHit[]): NameHit | undefined {
  if (figure.unit === 'count' || figure.unit === 'people' || figure.unit === 'years') return undefined;
  const next = sentenceNames.find((n) => n.start >= figure.end);
  return next && FOR_OWNER.test(text.slice(figure.end, next.start)) ? next : undefined;
}

/** The name the figure belongs to: just before it, in its clause, or before ", which". */
function ownerOf(text: string, figure: PageFigure, sentenceNames: NameHit[]): NameHit | undefined {
  const name = sentenceNames.filter((n) => n.end <= figure.start).at(-1);
  if (!name) return undefined;
  const between = text.slice(name.end, figure.start);
  if (between.length > OWNER_REACH) return undefined;
  // "Anthropic: valued at $18 billion." — a name that opens its sentence as a label owns the money or
  // share after it; a headline's kicker ("OPENAI: Two newcomers join…") heads a count of others.
  if (LABEL_VALUE_BETWEEN.test(between) && VALUE_UNITS.has(figure.unit) && opensSentence(text, name.start))
    return name;
  if (/[;:–—]/.test(between)) return undefined;
  // "Anthropic, which has 300 staff", "Anthropic, with a headcount of about 300": the apposition is the name's.
  // "OpenAI was valued at $86 billion; Anthropic, at $18 billion": the verb left out, the figure is the name's.
  return !between.includes(',') || NAME_APPOSITION_BETWEEN.test(between) ? name : undefined;
}

/** What may stand between a name and its figure in an apposition or a clause with its verb left out. */
const NAME_APPOSITION_BETWEEN =
  /^['’]?s?,\s*(?:which|who|whose|with|at|(?:now\s+|last\s+)?(?:valued|priced)\s+at|(?:now\s+)?worth)\b/;
/** The units of what a company is worth or holds. */
const VALUE_UNITS = new Set<string>(['usd', 'eur', 'gbp', 'percent']);
/** A label's colon, then at most a word of valuing: "Anthropic: $18 billion", "Anthropic: valued at $18 billion". */
const LABEL_VALUE_BETWEEN = /^\s*:\s*(?:(?:valued|priced)\s+at\s+|worth\s+)?$/;
/** What ends just before a sentence or line that opens: a sentence's end, a line break, a bullet. */
const SENTENCE_OPENS_BEFORE = /(?:[.!?]["”’]?\s+|\n\s*|[•·▪–—-]\s+)$/;
/** A sentence or line opens at `at`: the text's start, or after a sentence's end, a line break, a bullet. */
const opensSentence = (text: string, at: number) =>
  at === 0 || SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, at - 4), at));

/**
 * The figure is of the order of what the reports count, not a count of
 * something else. A figure the page dates to a period no report covers is
 * not held to them: values change over time (a stake worth $13 billion in
 * 2023 was valued at $135 billion in 2025).
 */
function isPlausible(
  claim: ContentClaim,
  figure: PageFigure,
  period: string | undefined,
  sourceDates: ReadonlyMap<string, string>,
): boolean {
  // Shares move within a few points; every other quantity has an order of magnitude.
  if (figure.unit === 'percent') return true;
  // A person's age is told within a few years of every report of it: 68 is not the 43-year-old's.
  if (figure.isAge)
    return claim.reports.some((r) => r.figures?.some((f) => Math.abs(f.low - figure.value) <= AGE_SPREAD));
  const comparable = claim.reports.flatMap((r) =>
    (r.figures ?? [])
      .filter((f) => comparableUnits(figure.unit, f.unit))
      .map((f) => ({ f, at: f.asOf ?? sourceDates.get(r.source) })),
  );
  const ofPeriod = comparable.filter(({ at }) => period === undefined || periodsMeet(period, at ?? period));
  // A topic of one moment has one size: where the page dates the figure to a time no report is of ("In
  // July, Gemini counted 450 million"), the figure is still held to that size's order of magnitude.
  const reported = (ofPeriod.length || claim.period === undefined ? ofPeriod : comparable).map(({ f }) => f);
  if (!reported.length) return true;
  const low = Math.min(...reported.map((f) => f.low));
  const high = Math.max(...reported.map((f) => f.high));
  // A bound counts from its number: "at least 12" says nothing of hundreds.
  return Math.min(figure.high, figure.value) * PLAUSIBLE_RATIO >= low && figure.low <= high * PLAUSIBLE_RATIO;
}

/** How far an age may lie from a person's reported age, besides the years between the report and the page. */
const AGE_ROUNDING = 1;

/**
 * The age is within a year of one the reports give, plus the years from that report to the page's
 * date (a 2028 page gives a later age than a 2023 report).
 */
function ageFits(matcher: Matcher, claim: ContentClaim, figure: PageFigure, published: string | undefined) {
  const year = published ? Number(published.slice(0, 4)) : undefined;
  return claim.reports.some((r) =>
    r.figures?.some((f) => {
      const reported = Number((f.asOf ?? matcher.sourceDates.get(r.source) ?? '').slice(0, 4));
      const since = year && reported ? Math.max(0, year - reported) : 0;
      return Math.abs(f.low - figure.value) <= since + AGE_ROUNDING;
    }),
  );
}

/** What detectFigureClaims may know of the page and the blocks around this one. */
export interface FigureSurroundings {
  page?: PageContext;
  /** The lead of the block before. */
  lead?: BlockLead;
  /** The block after, where the caller has it: the description of a figure standing alone ("9" | "the cap on the board's size"). */
  next?: string;
  /** The names of the block after, where the caller has found them already. */
  nextNames?: NameHit[];
}

/** About how many characters segmenting the sentence around one figure reads. */
const FIGURE_WINDOW = 1200;
/** A cue in a heading or cell next to a figure standing alone names its topic as a cue just before it would. */
const LEAD_CUE = NEAR_CUE + GOVERNING_CUE;
/** Ages a person can have: "43." after a name label is an age; "2,000." is not. */
const AGE_LOW = 18;
const AGE_HIGH = 100;

/** A figure alone in its block (a table cell, a <dd>): its topic is in the blocks around it. */
export const isAlone = (text: string, figure: PageFigure) =>
  !/[\p{L}\p{N}]/u.test(text.slice(0, figure.start)) && ALONE_AFTER.test(text.slice(figure.end));
/** Nothing after a figure alone but punctuation, a direction ("about 1% higher") and a short note in brackets ("$13bn (reported)", "505 (Monday)"). */
const ALONE_AFTER =
  /^[^\p{L}\p{N}(]*(?:(?:higher|lower|up|down)(?![\p{L}\p{N}])[^\p{L}\p{N}(]*)?(?:\([^()]{1,30}\)[^\p{L}\p{N}]*)?$/u;

/**
 * "Bret Taylor" then "43. Former co-chief executive…", or "Sam Altman" then
 * "Co-founder and chief executive, 38.": after a block that is only a name,
 * a number the block opens with, or that ends the apposition of its first
 * sentence, is that person's age, as "Bret Taylor, 43," would be.
 */
function labelledAge(text: string, figure: PageFigure, sentence: Span, lead: BlockLead | undefined) {
  if (!lead?.person || figure.qualifier !== 'exact' || figure.unit !== 'count') return undefined;
  if (!/^\d+$/.test(figure.wording) || figure.value < AGE_LOW || figure.value >= AGE_HIGH) return undefined;
  // "38 in November 2023.", "43 in late 2023,": the age may carry the time it was that person's.
  const after = text.slice(figure.end).replace(AGE_TIME_AFTER, '');
  if (!/^\s*(?:[.,;]|$)/.test(after)) return undefined;
  const before = text.slice(0, figure.start);
  const opens = /^\s*$/.test(before);
  const ends = sentence.start === 0 && /^[^\d.;:!?]*,\s*$/.test(before);
  // "Joined OpenAI's board in November 2023, at 68.": an age the entry gives for a moment it tells.
  const atAge = AT_AGE_BEFORE.test(text.slice(sentence.start, figure.start));
  return opens || ends || atAge ? lead.person : undefined;
}
/** A time right after an age under a name label: "38 in November 2023", "43 in late 2023", "68 at the time". */
const AGE_TIME_AFTER =
  /^\s+(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}|at\s+the\s+time)(?=\s*(?:[.,;]|$))/i;
/** ", at 68", ", aged 68" closing a clause of an entry under a name label. */
const AT_AGE_BEFORE = /,\s*(?:at|aged)\s+$/i;
/**
 * "The 38-year-old", "Age: 38": an age with no holder of its own ("Jane Doe, 52", "an employee, who
 * is 41" have one) is the person the page named last.
 */
const AGE_OF_THE_LAST = /(?:\bthe\s+|(?:^|[.;|•·]\s*)age\s*:\s*)$/i;
/**
 * "He was 68 when…", "She's 43,", "Aged 43 when he took the chair", "39 in November 2023, he…", "The
 * ousted chief, 38, learned…": an age said of the sentence's subject, a pronoun, a description or
 * nobody, is the person the page was last about, whoever the rest of the sentence names.
 */
const AGE_OF_THE_SUBJECT =
  /^\W*(?:(?:(?:he|she)(?:\s+(?:was|is|turned|turns|had\s+just\s+turned|had\s+turned)|['’]s)|aged)\s+|the\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+)?$/iu;
/**
 * The person "the 38-year-old" stands for: the first person the nearest sentence that names one
 * names, its subject as a rule ("Sutskever voted against Altman. The 37-year-old…" is Sutskever).
 */
function subjectBefore(matcher: Matcher, text: string, names: NameHit[], at: number): string | undefined {
  const people = names.filter((n) => n.end <= at && isPerson(matcher, n.entityId));
  const last = people.at(-1);
  if (!last) return undefined;
  const sentence = sentenceAround(text, last.start);
  return people.find((n) => n.start >= sentence.start)?.entityId;
}

/** How far after "the 68-year-old" the name it describes may be ("economist and former Treasury secretary Larry Summers"). */
const AGE_HOLDER_REACH = 60;
const isPerson = (matcher: Matcher, id: string) => matcher.entities.get(id)?.kind === 'person';

/**
 * A table with an "Age" column: a whole number alone in a cell, below that heading, is the age of
 * the person the row names ("Bret Taylor (chair)" | "Former co-CEO of Salesforce" | "43").
 */
function tableAge(matcher: Matcher, text: string, figure: PageFigure, lead: BlockLead | undefined) {
  if (!lead || figure.qualifier !== 'exact' || figure.unit !== 'count' || !isAlone(text, figure))
    return undefined;
  if (!/^\d+$/.test(figure.wording) || figure.value < AGE_LOW || figure.value >= AGE_HIGH) return undefined;
  const heading = lead.blocks.findLastIndex((b) => b.cues.includes('age') && !b.entities.length);
  if (heading < 0) return undefined;
  // The row's person is one whose age some topic gives: a cell describing them may name others ("chaired
  // Twitter's board until Elon Musk bought it").
  const aged = (id: string) =>
    matcher.figureClaims.some((c) => c.cues.includes('age') && c.entities.includes(id));
  const row = lead.blocks.slice(heading + 1).findLast((b) => b.entities.some(aged));
  const people = row?.entities.filter(aged) ?? [];
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "38" | "Altman's age. He co-founded…", "Altman's age" | "38", "38 – Altman's age": a whole number of
 * an age's span whose caption or label is a person's age is that person's (valueCaption.ts).
 */
function captionAge(
  matcher: Matcher,
  text: string,
  figure: PageFigure,
  names: NameHit[],
  around: FigureSurroundings,
  nextNames: () => NameHit[],
): string | undefined {
  if (figure.qualifier !== 'exact' || figure.unit !== 'count' || !/^\d+$/.test(figure.wording))
    return undefined;
  if (figure.value < AGE_LOW || figure.value >= AGE_HIGH) return undefined;
  const person = (id: string) => isPerson(matcher, id);
  if (isAlone(text, figure)) {
    const side = labelSide(around.lead?.box);
    const own = around.lead?.own;
    const owners = own?.entities.filter(person) ?? [];
    if (side !== 'after' && own?.text && ageHolderSpan(own.text) && owners.length === 1) return owners[0];
    return side !== 'before' && around.next !== undefined
      ? ageCaptionHolder(around.next, nextNames(), person)
      : undefined;
  }
  // "38 – Altman's age": a value opening its line, then its label after a dash or colon.
  if (/[\p{L}\p{N}]/u.test(text.slice(0, figure.start))) return undefined;
  const dash = /^\s*[–—:-]\s*/.exec(text.slice(figure.end));
  if (!dash) return undefined;
  const at = figure.end + dash[0].length;
  const shifted = names
    .filter((n) => n.start >= at)
    .map((n) => ({ ...n, start: n.start - at, end: n.end - at }));
  return ageCaptionHolder(text.slice(at), shifted, person);
}

/** "Four staff who left told us": the page's own sources, never a claim. */
const OWN_SOURCES_AFTER =
  /^\s+(?:[a-z-]+\s+){0,3}?(?:people|persons|sources|staff|staffers|employees|workers|researchers|executives|insiders)\s+(?:who|that)\s+[^.;]{0,60}?\b(?:told|spoke to|talked to|spoke with|talked with)\s+(?:us|me|this (?:newspaper|paper|publication|site|outlet|reporter)|our)\b/i;
/**
 * "Four people who left OpenAI said they were frustrated": people picked out by what they did and
 * then quoted are the page's sources, not a count of everyone who did it.
 */
const QUOTED_GROUP_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|staff|staffers|employees|workers|researchers|executives|engineers|former)\s+(?:who|that)\s+[^.;,]{0,60}?\s(?:said|say|says|told|describe|described|recalled|recall|complained|added|declined|refused|did\s+not\s+(?:respond|reply)|could\s+not\s+be\s+reached|spoke\s+on\s+condition)\b/i;
/** "sourced to", "based its account on conversations with": what a report rests on, its sources counted. */
const REPORT_RESTS_ON_BEFORE =
  /\b(?:sourced\s+to|based\s+on|rests\s+on|relies\s+on|drew\s+on|draws\s+on|(?:conversations|interviews)\s+with)\s+$/i;
/**
 * "our $425 target implies 14% upside", "downside of 20% to our bear case", "15% potential return": an
 * analyst's projection to a price target, not a move any report gives.
 */
const PROJECTED_AFTER =
  /^\s+(?:upside|downside|potential\s+(?:upside|downside|return|gain)|implied\s+(?:upside|return))\b/i;
const PROJECTED_BEFORE =
  /\b(?:upside|downside|potential\s+return|implied\s+return)\s+(?:of|to)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
/** "two people familiar with the matter": the count of a report's sources, never a claim. */
const SOURCES_AFTER =
  /^\s+(?:people|persons|sources|officials|executives|employees|staffers|individuals)\s+(?:familiar|with (?:knowledge|direct knowledge)|briefed|close to|aware|who (?:spoke|asked|requested|declined))/i;
/** "three sources said", "two insiders told Reuters": the page's own sources speaking, never a claim. */
const SOURCES_SPEAK_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:sources|insiders)\s+(?:said|say|says|told|tell|added|confirmed)\b/i;
/** Nouns that count anyone ("505 people have signed"): they leave the topic to the cues. */
const GENERIC_NOUNS = new Set(['people', 'persons', 'individuals']);
/** "Out of a six-seat board", "of a staff of": a count given as the whole a part is taken from, no part of its own. */
const DISCOURSE_WHOLE_BEFORE = /\b(?:out\s+of|of|from|among)\s+(?:(?:a|an|the|its|some)\s+)?$/i;
/** "a six-seat board", "a 40-page report": a count that makes a compound of its own noun. */
const COMPOUND_AFTER = /^-\p{L}/u;
/** A noun a count of people may have ("staff", "signatures"). */
const PEOPLE_NOUN = new RegExp(`^(?:${PEOPLE_NOUNS})$`, 'i');
/** A count of people or of something (not an age, a sum or a share). */
const isCountFigure = (f: PageFigure) => (f.unit === 'count' || f.unit === 'people') && !f.isAge;
/**
 * Words that make a count one of a subset ("two former directors", "three new directors", "the three
 * outside directors").
 */
const SUBSET_WORDS =
  /^[\s-]+(former|new|remaining|departing|outgoing|incoming|independent|existing|outside|non-executive|nonexecutive|female|male|women|senior|junior|original|current|non-voting|surviving|dissenting|rebel)\s/i;
/**
 * Where a count is the whole staff a part is taken from: "out of a workforce of some 770", "of a staff
 * of 770", "at a company of about 770", "of its 770 employees", "nearly all (of) its 770 staff". Such
 * a count is a headcount, never the number who did what the sentence's subject did.
 */
const STAFF_TOTAL_BEFORE =
  /\b(?:out\s+of|of|from|at|in)\s+(?:a|an|the|its|their|OpenAI['’]s)\s+(?:[\p{L}-]+\s+)?(?:workforce|staff|headcount|payroll|company|firm|start-?up|organi[sz]ation)\s+(?:of|(?:(?:that|which)\s+(?:the\s+(?:company|firm|start-?up)|it|OpenAI)\s+)?(?:numbered|numbering|put|estimated|reckoned|counted|pegged|given|reported)\s+at|numbering|totalling|totaling|(?:that|which)\s+(?:numbers|totals|counts|employs|employed|runs\s+to|ran\s+to|comes\s+to|came\s+to|stands\s+at|stood\s+at|(?:is|was)\s+(?:put|estimated|reckoned|pegged)\s+at)|(?:described|given|reported|estimated|reckoned)\s+as)\s+$/iu;
/** "of its 770 employees", "among OpenAI's 770 staff", "nearly all its 770 staff": a staff total where a staff noun follows the count. */
const STAFF_OWNED_BEFORE =
  /(?:\b(?:out\s+of|of|among|amongst)\s+|\b(?:nearly|almost|virtually|practically|essentially)\s+all\s+(?:of\s+)?)(?:its|their|OpenAI['’]s|the\s+(?:company|firm|start-?up)['’]s)\s+(?:total\s+|entire\s+|whole\s+)?$/iu;
/** A part taken "of the" or "of a" count with a staff noun: the count is the whole staff ("most of the 770 employees"). */
const PART_OF_STAFF_BEFORE = /\bof\s+(?:the|a)\s+$/i;
/** The staff noun narrowed by its own clause: "of the 505 staff who signed" is a part. */
const NARROWED_NOUN_AFTER = /^[\s-]*[\p{L}-]+\s+(?:who|that|which|whom|whose)\b/iu;
/** Subset words that may describe every member of a group rather than pick some out. */
const DESCRIBING_WORDS = /^(?:independent|outside|non-executive|nonexecutive)$/;
/**
 * Those left on a body, right after the count or its noun ("four remaining directors", "the four who
 * remained", "four directors still on the board"): when they decide, they are all of it that decides.
 */
const LEFT_AFTER =
  /^(?:[\s-]+[\p{L}-]+)?,?\s+(?:remaining|surviving|(?:who|that)\s+(?:remain(?:ed)?|stayed|were\s+still|are\s+still|still\s+sat)|still\s+(?:on|in|there|serving|seated|sitting|left)|left\s+on)\b/iu;
/** "a board of four outside members", "a panel of just four independent directors": the count is the group's size. */
const GROUP_SIZE_BEFORE =
  /\b(?:board|panel|committee|council|body)\s+of\s+(?:just\s+|only\s+|a\s+mere\s+|merely\s+)?$/i;
/**
 * "one of the four directors", "among the four board members who voted him out", "each of its six
 * trustees": the count after "one of the" is the whole group a member is picked from, and what it did
 * is the group's act, not some members'.
 */
const MEMBER_OF_WHOLE_BEFORE =
  /\b(?:among(?:st)?|(?:one|each|any|none|either|neither|both|all)\s+of)\s+(?:the|its|their|OpenAI['’]s)\s+$/i;
/** How far after the figure its clause may hold a topic's required or excluding word ("two of the 11 founders, Altman and Brockman, were still there"). */
const REQUIRED_REACH = 100;
/** A second clause with a subject of its own: ", but the board", "; the board", ", and their first assignment is". */
const CLAUSE_JOINT =
  /[,;]\s+(?:(?:but|and|while|whereas|although|though|yet)\s+)?(?:the|its|their|OpenAI['’]s)\s+(?:\p{L}+\s+){1,2}(?:may|might|could|would|will|can|is|was|has|had)\b|;/iu;
/**
 * Another figure after this one, with its qualifier: its words are its own ("three directors will
 * appoint as many as nine"). The whole of a part ("two of the 11", "two of OpenAI's 11") is not another, nor a size
 * compounded into the noun phrase ("two people from the original 11-member founding team still there").
 */
const ANOTHER_FIGURE =
  /(?<!\bof\s+(?:the\s+|its\s+|their\s+|(?:the\s+)?[\w.&-]+['’]s\s+)?(?:original\s+)?)(?:\b(?:as many as|up to|at most|at least|more than|fewer than|nearly|almost|about|around|roughly|some)\s+)?\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b)(?![A-Za-z0-9]*-(?:member|person|strong|seat|man)\b)/i;

/**
 * "The directors who made that call — four of them, in the end —": "N of them" set off after a
 * group that has no count of its own says how many the group is, not a part of it ("12 left, seven
 * of them to Meta" is a part).
 */
const APPOSED_BEFORE = /[^\d\s]\s*[—–,(:]\s*$/;
const OF_THEM_AFTER = /^\s+of\s+them\b/;
/** "taken by four of its members", "four of the company's directors voted him out": the group's own members, all who acted, when they did what only the whole does. */
const OF_ITS_MEMBERS_AFTER =
  /^\s+of\s+(?:its|their|(?:the\s+(?:board|company|firm|nonprofit|non-profit|start-?up)|OpenAI)['’]s)\s+(?:(?:\p{L}+\s+)?members|directors|trustees)\b/u;
/** "all four of the directors who voted him out": every one of a group is the whole of it. */
const ALL_BEFORE = /\ball\s+$/i;
const OF_THE_MEMBERS_AFTER = /^\s+of\s+(?:the|its|their)\s+(?:(?:\p{L}+\s+)?members|directors|trustees)\b/u;
const everyOfGroup = (text: string, span: Span, figure: PageFigure) =>
  ALL_BEFORE.test(text.slice(span.start, figure.start)) &&
  OF_THE_MEMBERS_AFTER.test(text.slice(figure.end, figure.end + 40));
/** "Of the six directors, four of them…", "Among the board's members, four…": the whole is named first, the count is a part. */
const PART_OPENER = /^\W*(?:of|among|out\s+of)\s+(?:the|its|their|OpenAI['’]s)\b/i;
const OF_THEM_CLOSES = /^\s+of\s+them(?:\s+in\s+(?:all|total|the\s+end)|\s+altogether)?\s*(?:[,—–);]|$)/;

function countsWholeGroup(text: string, span: Span, figure: PageFigure): boolean {
  const before = text.slice(span.start, figure.start);
  return (
    APPOSED_BEFORE.test(before) &&
    OF_THEM_CLOSES.test(text.slice(figure.end, figure.end + 40)) &&
    !ANOTHER_FIGURE.test(before)
  );
}

/**
 * The clause before a figure with its asides cut: "The replacement board is, at the moment, three" reads
 * "The replacement board is three" (skipAsides.ts). Read once per figure, not once per topic.
 */
let lastClause: { text: string; start: number; end: number; read: string } | undefined;
function clauseBeforeFigure(text: string, span: Span, figure: PageFigure): string {
  if (lastClause?.text === text && lastClause.start === span.start && lastClause.end === figure.start)
    return lastClause.read;
  const clause = text.slice(span.start, figure.start);
  const wording = text.slice(figure.start, figure.end);
  const cut = withoutAsides(clause + wording)?.text;
  const read = cut?.endsWith(wording) ? cut.slice(0, cut.length - wording.length) : clause;
  lastClause = { text, start: span.start, end: figure.start, read };
  return read;
}

/** The figure's clause before it, its own wording, or its sentence after it up to another figure, holds one of `words`. */
function clauseHolds(
  text: string,
  span: Span,
  figure: PageFigure,
  words: string[],
  label?: FigureLabel,
): boolean {
  // A fact box's label is the figure's clause ("New directors named so far: two").
  const before = `${label ? text.slice(label.start, label.end) : ''} ${/[^,;:]*$/.exec(clauseBeforeFigure(text, span, figure))![0]}`;
  let after = text.slice(figure.end, Math.min(span.end, figure.end + REQUIRED_REACH));
  const other = ANOTHER_FIGURE.exec(after);
  // "…new directors, who are charged with assembling a fuller board of as many as nine": the relative clause is the other figure's.
  if (other) after = after.slice(0, ownStretchEnd(after, other.index));
  // "…are new members, but the board could expand": a clause joined after this one says its own things.
  const joint = CLAUSE_JOINT.exec(after);
  if (joint) after = after.slice(0, joint.index);
  // "stood up to the founder": a phrasal verb's "up to" is no ceiling word (phrasalUpTo.ts).
  const around = maskPhrasalUpTo(`${before} ${text.slice(figure.start, figure.end)} ${after}`.toLowerCase());
  return words.some((w) => wholeWord(w).test(around));
}

/** A label whose cues point to a topic whose excluding words it holds ("Members of the interim board"). */
function excludedLabel(matcher: Matcher, label: LeadBlock | undefined): boolean {
  const words = label?.text?.toLowerCase();
  if (!label || !words || !label.cues.length) return false;
  for (const claim of matcher.claims.values())
    if (
      claim.excludes?.some((w) => wholeWord(w).test(words)) &&
      (matcher.cueKeys.get(claim.id) ?? []).some((k) => label.cues.includes(k))
    )
      return true;
  return false;
}

/** A `requires`/`excludes` word as a whole-word pattern, compiled once: the Matcher stays plain data. */
const wholeWords = new Map<string, RegExp>();
function wholeWord(word: string): RegExp {
  let pattern = wholeWords.get(word);
  if (!pattern) wholeWords.set(word, (pattern = new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`)));
  return pattern;
}

/** "the two founders who remain", "two founders still there": a count of those left, a part of the whole. */
const REMAINING_AFTER_NOUN =
  /^[\s-]+[a-z-]+\s+(?:who\s+(?:remain|remained|stayed|are\s+still|were\s+still|still)|still\b|remaining\b|left\s+at\b)/i;
/**
 * Nouns that count the same people: a figure's noun counts for a topic whose cues use any word of
 * its group ("490 signers" for a topic cued by "signatories"; "10 current and former staff" for one
 * cued by "employees").
 */
const NOUN_GROUPS: string[][] = [
  ['employees', 'employee', 'staff', 'staffers', 'staffer', 'workers', 'workforce'],
  ['signatories', 'signatures', 'signees', 'signers', 'co-signers', 'cosigners', 'names'],
  ['directors', 'members', 'board members', 'seats', 'trustees', 'governors'],
  ['founders', 'co-founders', 'cofounders'],
];
/**
 * Staff named by their trade ("745 engineers and researchers signed", "nearly 700 scientists"): some
 * of the staff, so counted as staff are, but never the staff's total ("OpenAI's 300 researchers").
 */
const TRADES = ['engineers', 'researchers', 'scientists'];
/**
 * "the four administrators": a board's members as translated editions name them (French
 * "administrateurs"), and an office's staff in English; the count's size tells which.
 */
const ADMINISTRATORS = 'administrators';
const PART_OF_STAFF_NOUNS = new Set([...TRADES, ADMINISTRATORS]);
/** Heads of a label that name what a count counts, as a noun after it would ("Directors who…: four"). */
const LABEL_NOUNS = new Set([...NOUN_GROUPS.flat(), ...GENERIC_NOUNS]);
/** The nouns a staff total may count ("of its 770 employees"): a total of signatories is another thing. */
const STAFF_NOUNS = new Set([...NOUN_GROUPS[0]!, ...GENERIC_NOUNS]);
/** The nouns a count's own noun names a topic by: a trade names none; "administrators" only a board. */
const namingGroup = (noun: string) =>
  TRADES.includes(noun)
    ? []
    : noun === ADMINISTRATORS
      ? NOUN_GROUPS[2]!
      : (NOUN_GROUPS.find((group) => group.includes(noun)) ?? [noun]);
const nounGroup = (noun: string) =>
  TRADES.includes(noun)
    ? [noun, ...NOUN_GROUPS[0]!]
    : noun === ADMINISTRATORS
      ? [noun, ...NOUN_GROUPS[2]!, ...NOUN_GROUPS[0]!]
      : (NOUN_GROUPS.find((group) => group.includes(noun)) ?? [noun]);
/** The words after "of" in "two of the original 11 founders", up to the whole's noun. */
const WHOLE_AFTER = /^\s+of\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}'’-]+)/u;

/** A topic's cue for the group that founded the organisation: "founding team", "original team", "founding group". */
const FOUNDING_GROUP_CUE = /^(?:founding|original)\s+(?:team|group|cohort)$/;
/** "members of OpenAI's founding team", "people from the original 11-member founding team": the group named. */
const MEMBERS_OF_AFTER =
  /^\s+(?:members?|people|persons)\s+(?:of|from)\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:team|group|board|staff|founders|co-founders))\b/iu;
/** "OpenAI's 11-person founding team", "a 770-strong workforce": the group a compounded size is of. */
const COMPOUND_GROUP_AFTER = new RegExp(
  String.raw`^-(?:person|member|strong|seat|man|woman)\s+((?:[\p{L}-]+\s+){0,2}?${SIZED_GROUP_NOUN})\b`,
  'iu',
);

/**
 * The words naming the group a count is of, where the count's own words say it: "two members of
 * OpenAI's founding team" (a count of "members" or "people" of it) or "the 11-person founding team".
 */
function namedGroupOf(text: string, figure: PageFigure, span: Span): string | undefined {
  const after = text.slice(figure.end, Math.min(span.end, figure.end + 80));
  return (MEMBERS_OF_AFTER.exec(after) ?? COMPOUND_GROUP_AFTER.exec(after))?.[1]?.toLowerCase();
}

/** The group noun of the whole a part is taken of ("two of the 11 founders": the founders' group), if it names one. */
function wholeNounOf(text: string, figure: PageFigure, span: Span): string[] | undefined {
  const m = WHOLE_AFTER.exec(text.slice(figure.end, Math.min(span.end, figure.end + 60)));
  if (!m) return undefined;
  for (const word of m[1]!.toLowerCase().split(/\s+/)) {
    const group = NOUN_GROUPS.find((g) => g.includes(word));
    if (group) return group;
  }
  return undefined;
}
/** Words that may stand between another organisation's name and its cue ("Alphabet shares", "Amazon has invested"). */
const OWNER_LINKS = /^(?:['’]s|has|had|have|was|is|were|also|reportedly|which|then|to)$/;
/** Capitalised words that open a sentence or clause without naming anyone. */
const LOWER_CASE = /\p{Ll}/u;
/**
 * "Anthropic valuation:", "Apple's stake:": a label that names an organisation the story does not
 * know, or one that is not the story's, makes its values that organisation's.
 */
function labelOfOther(
  matcher: Matcher,
  text: string,
  label: Span,
  names: NameHit[],
  claim: ContentClaim,
): boolean {
  for (const m of eachMatch(/\p{Lu}[\p{L}\p{N}'’&.-]*/gu, text.slice(label.start, label.end))) {
    const at = label.start + m.index;
    const name = names.find((n) => n.start <= at && at < n.end);
    if (name) {
      if (
        !claim.entities.includes(name.entityId) &&
        matcher.entities.get(name.entityId)?.kind === 'organisation'
      )
        return true;
      continue;
    }
    if (FUNCTION_WORDS.has(m[0]) || (m.index === 0 && isOpeningModifier(m[0], ':'))) continue;
    // The label's first word is capitalised whatever it is: a cue word there ("Valuation") is no name.
    const lower = m[0].toLowerCase();
    if (m.index === 0 && matcher.figureClaims.some((c) => c.cues.some((k) => cueKey(k) === lower))) continue;
    return true;
  }
  return false;
}

/** Nothing but marks before a word: it opens its sentence. */
const OPENS_SENTENCE = /^[^\p{L}\p{N}]*$/u;
const FUNCTION_WORDS = new Set([
  ...['The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'This', 'That', 'These', 'Those', 'In', 'On'],
  ...['At', 'By', 'For', 'From', 'With', 'After', 'Before', 'When', 'While', 'As', 'But', 'And', 'So'],
  ...['Then', 'Now', 'Today', 'Yesterday', 'Shares', 'Stock', 'Its', 'It', 'They', 'We', 'I', 'He', 'She'],
  // A fact box's "To Meta: at least seven", "Of those, 2": a preposition heading a line.
  ...['To', 'Of', 'Into', 'Via', 'Per', 'Under', 'Over', 'Since', 'Until', 'Among', 'Including'],
  // Pronouns and their contractions opening a clause of speech: "You've put something like $13 billion behind OpenAI".
  ...['You', "You've", "You're", 'We', "We've", "We're", "They've", "They're", "I've", "I'm", "It's"],
  ...["He's", "She's", "That's", 'There', "There's", 'Here', 'Who', 'What', 'Which', 'Where', 'How', "Let's"],
  // Capitalised common nouns and places: "enterprise AI adoption has slipped to 27%" is no company's move.
  ...[
    'AI',
    'US',
    'UK',
    'EU',
    'CEO',
    'CTO',
    'IPO',
    'GPU',
    'GPUs',
    'AGI',
    'LLM',
    'LLMs',
    'ANCHOR',
    'CORRESPONDENT',
  ],
]);
/** Words that set a figure against the one before it as the same quantity. */
const SAME_TOPIC_LINK =
  /^[^.;!?]{0,60}?\b(?:from|to|versus|vs\.?|against|compared with|rather than|not|or|put (?:it|the (?:figure|number|total|count)) at|puts (?:it|the (?:figure|number|total|count)) at)\s+(?:just\s+)?$/i;
/**
 * "about 500; by lunchtime it was more than 700", "505 in the morning, and by evening the tally had
 * reached 745", "490 at first — later it stood at 700": the same count, later, across a semicolon or dash.
 */
const LATER_SAME_COUNT =
  /^[^.!?]{0,40}?[;,—–-]\s*(?:and\s+|but\s+)?(?:by|later|then|soon|within|before|after)\b[^.;!?]{0,30}?\b(?:it|that|the\s+(?:figure|number|total|count|tally))\s+(?:was|were|stood\s+at|had\s+(?:reached|hit|passed|topped|climbed\s+to|risen\s+to|grown\s+to|swelled\s+to)|reached|hit|passed|topped|climbed\s+to|rose\s+to|grew\s+to|swelled\s+to)\s+$/i;
/** How close after a figure a cue is the noun it counts ("the $86bn tender", "a 49% stake"). */
const OWN_NOUN_REACH = 2;
/** How far before a governing cue the thing it measures may be ("a stake in OpenAI worth $10bn"). */
const MEASURED_REACH = 24;
/**
 * "whose stake in the ChatGPT developer is worth", "its holding in OpenAI is valued at": the thing measured,
 * then what it is in, then the verb's link; the phrase in between keeps it the verb's subject at any length.
 */
const IN_WHAT_THEN_LINK =
  /^\s+(?:in|of)\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,5}(?:is|was|are|were|is\s+now|now|being|has\s+been|had\s+been)\s+$/u;
/** A cue that ends in its preposition ("holding in") has the phrase's start inside it. */
const PREPOSITION_END = /\s(?:in|of)$/;
function measuredAcross(cue: CueHit, between: string): boolean {
  return IN_WHAT_THEN_LINK.test(PREPOSITION_END.test(cue.key) ? ` in${between}` : between);
}

/**
 * Ties each figure to the claim topic its sentence is about, from the cue
 * words around it and the people named with it; figures no topic claims stay
 * unmarked. `names` are the block's names, used to check who a sentence is
 * about. A figure standing alone in its block (a table cell) takes its topic
 * from the block after it or the headings and cells before it; `around.page`
 * dates the figure (figurePeriod.ts).
 */
export function detectFigureClaims(
  matcher: Matcher,
  text: string,
  figures: PageFigure[],
  names: NameHit[],
  around: FigureSurroundings = {},
): FigureClaimHit[] {
  // A rail's link, a cited title, a hatnote: another page's figures, not this one's (railContext.ts).
  // A line of a quiz's options ("(a) 49 · (b) About 200"), alone or after its question: choices put to
  // the reader, not figures it reports (optionLine.ts).
  if (isFurniture(text, around.lead?.furnitureRail, 'figure')) return [];
  const options = optionsStart(text);
  if (options === 0) return [];
  if (options !== undefined) figures = figures.filter((f) => f.start < options);
  const blockEntities = new Set(names.map((n) => n.entityId));
  const cuesBySentence = new Map<number, CueHit[]>();
  // A line of label: value pairs is divided once per sentence, not once per figure in it.
  const pairsBySentence = new Map<number, number[] | undefined>();
  // What topics are in reach of a sentence's figures is read once per sentence, and only if an echo asks.
  const reachBySentence = new Map<number, Set<string>>();
  // The next block's names are read once, and only if a figure needs them.
  let namesAfter: NameHit[] | undefined = around.nextNames;
  const nextNames = () => (namesAfter ??= around.next === undefined ? [] : findNames(matcher, around.next));
  // A value's caption after it is read for its head, whatever its length (valueCaption.ts).
  const nextBlocks = new Map<boolean, LeadBlock | undefined>();
  const nextBlock = (count = false) => {
    if (!nextBlocks.has(count))
      nextBlocks.set(
        count,
        around.next === undefined ? undefined : captionBlock(matcher, around.next, nextNames(), count),
      );
    return nextBlocks.get(count);
  };
  /** The entities the blocks on either side name: a block that names nobody may be about them. */
  let neighbours: Set<string> | undefined;
  const neighbourNames = () =>
    (neighbours ??= new Set([...(around.lead?.entities ?? []), ...nextNames().map((n) => n.entityId)]));
  /**
   * A block that names nobody ("The software maker's shares…", a table cell) speaks of whom the
   * blocks just around it name: the one before and after, and a table's caption and heads.
   */
  let nearby: Set<string> | undefined;
  const nearbyNames = () =>
    (nearby ??= new Set([...neighbourNames(), ...(around.lead?.blocks.flatMap((b) => b.entities) ?? [])]));
  const hits: FigureClaimHit[] = [];
  let span: Span = { start: 0, end: 0 };
  // Where figures are dense, one pass over the block costs less than a window around each.
  const sentences = figures.length * FIGURE_WINDOW > text.length ? splitSentences(text) : undefined;
  // Every sentence of the block, split only if a bare count asks what the discourse before it counted.
  let allSentences: Span[] | undefined;
  // The block's counts (of people or of things), and those of things, found only when a carry asks.
  let blockCounts: PageFigure[] | undefined;
  let thingCounts: PageFigure[] | undefined;
  const countsOfBlock = () => (blockCounts ??= figures.filter(isCountFigure));
  const countsOfThings = () =>
    (thingCounts ??= countsOfBlock().filter(
      (f) => f.unit === 'count' && f.noun !== undefined && !PEOPLE_NOUN.test(f.noun),
    ));
  const countHits = () => hits.filter((h) => isCountFigure(h.figure));
  for (const found of figures) {
    // Figures come in text order: one sentence often holds several.
    // "Apr 2023 · $28bnNov 2023 · $86bn": a chart's items run together are each a sentence of their own.
    if (found.start >= span.end)
      span =
        gluedItemAround(text, found.start) ??
        (sentences ? spanAt(sentences, found.start) : sentenceAround(text, found.start));
    const agedBy =
      labelledAge(text, found, span, around.lead) ??
      tableAge(matcher, text, found, around.lead) ??
      captionAge(matcher, text, found, names, around, nextNames);
    // "Directors who voted him out: four": the label says what the value counts; a label no topic
    // counts ("Days since the firing: 3") makes it no claim.
    const label = agedBy ? undefined : figureLabel(matcher, text, found, names);
    if (label && !label.topical) continue;
    const labelNoun =
      label &&
      !found.noun &&
      (found.unit === 'count' || found.unit === 'people') &&
      (LABEL_NOUNS.has(label.head) || NEW_GROUP_LABEL.test(text.slice(label.start, label.end)))
        ? NEW_GROUP_LABEL.test(text.slice(label.start, label.end))
          ? 'newcomers'
          : label.head
        : undefined;
    // "Only two of them remain": the pronoun's group is what the count counts (pointedBackGroup.ts).
    const pointedNoun =
      !agedBy && !labelNoun && !found.noun && (found.unit === 'count' || found.unit === 'people')
        ? pointedBackGroup(text, found.start, found.end)
        : undefined;
    let figure: PageFigure = agedBy
      ? { ...found, isAge: true, unit: 'years' }
      : labelNoun
        ? { ...found, noun: labelNoun }
        : pointedNoun
          ? { ...found, noun: pointedNoun }
          : found;
    // "Gemini counted 450 million people a month": people per month are a product's users (monthlyReach.ts).
    if (
      !agedBy &&
      (figure.unit === 'people' || figure.unit === 'count') &&
      (countsMonthlyAudience(text.slice(figure.end, figure.end + 80)) ||
        namesMonthlyAudience(text.slice(span.start, figure.start), text.slice(figure.end, figure.end + 80)))
    )
      figure = { ...figure, unit: 'users', noun: 'monthly users' };
    else if (
      (figure.unit === 'people' || figure.unit === 'count') &&
      !figure.noun &&
      hits.at(-1)?.figure.unit === 'users' &&
      hits.at(-1)!.start >= span.start &&
      sameAudienceLink(text.slice(hits.at(-1)!.end, figure.start))
    )
      figure = { ...figure, unit: 'users', noun: 'monthly users' };
    // "Months in role before leaving: 5": a label that names a unit gives its bare value that unit (labelledUnit.ts).
    const labelUnit =
      !agedBy && figure.unit === 'count' && !figure.noun
        ? unitOfLabel(
            text.slice(Math.max(0, figure.start - 80), figure.start),
            text.slice(figure.end, figure.end + 50),
          )
        : undefined;
    if (labelUnit) figure = { ...figure, unit: labelUnit };
    // "four of them voted to remove him": the count of those who did what only the whole group does.
    if (
      figure.partOf &&
      (countsWholeGroup(text, span, figure) ||
        ((OF_THEM_AFTER.test(text.slice(figure.end, figure.end + 12)) ||
          OF_ITS_MEMBERS_AFTER.test(text.slice(figure.end, figure.end + 40)) ||
          everyOfGroup(text, span, figure)) &&
          !PART_OPENER.test(text.slice(span.start, figure.start)) &&
          wholeGroupActs(text, span, figure)) ||
        // "further directors, up to nine of them": the cap on the group set off before it (plannedCeiling.ts).
        ceilingOfGroup(
          text.slice(span.start, figure.start),
          text.slice(figure.end, figure.end + 12),
          figure.qualifier === 'up-to',
        ))
    )
      figure = { ...figure, partOf: false };
    // "nearly all of its 800 employees signed": a share is a figure only for what its part did.
    if (figure.shareOfAll && !SHARE_ACT_AFTER.test(text.slice(figure.end, span.end))) continue;
    // "1. Microsoft hires…" numbers a list; "43." after a name label is an age.
    if (figure.listNumber && !agedBy) continue;
    // "page 12", "46(3), 411–459", "a 12-point checklist", "outages (3 in November)": counts of something else.
    if (!agedBy && !label && countsOtherThing(text, figure, span)) continue;
    // "for teams of 5 to 5,000", "minutes 2 to 30": an end of a span of sizes or of numbered places (rangeNotClaim.ts).
    if (!agedBy && isRangeEnd(text, figure)) continue;
    // "a rival lab lost 12 researchers", "11 in person", "thirty in my feed": no story group's count (offStoryFigure.ts).
    if (!agedBy && countsOffStory(text, figure, span)) continue;
    // "Plus three executives", "excluding two directors": a part beside another count (addedPart.ts).
    if (
      (figure.unit === 'count' || figure.unit === 'people') &&
      isAddedPart(
        text.slice(span.start, figure.start),
        // "up to nine further directors": a ceiling on those added is the board's (board-expansion).
        figure.qualifier === 'up-to' ? '' : text.slice(figure.end, figure.end + 40),
      )
    )
      continue;
    // "A letter from 20 people is a grievance", "a team of 14…, say, happen every week": a kind (genericInstance.ts).
    if (!agedBy && countsAKind(text, span, figure)) continue;
    // "takes, say, a 10 percent stake in a startup": an example's amount (genericInstance.ts).
    if (!agedBy && isExampleFigure(text, span, figure)) continue;
    // "I would not spend forty minutes… I'm going to spend about thirty-five": the measure carried over (elidedUnit.ts).
    if (!agedBy && figure.unit === 'count' && !figure.noun && answersMeasure(text, figure.start, figure.end))
      continue;
    const before = text.slice(span.start, figure.start);
    // Which board a count is of: the one that acted, the full one before, the new one… (boardIdentity.ts).
    const board =
      !figure.isAge && (figure.unit === 'people' || figure.unit === 'count')
        ? boardOfCount(text, span, figure, around.lead?.own?.text)
        : undefined;
    if (
      !figure.isAge &&
      ((HYPOTHETICAL_BEFORE.test(modalClauseBefore(before, text.slice(figure.end, span.end))) &&
        !DEAL_VALUES_BEFORE.test(before) &&
        !pricedInTalks(modalClauseBefore(before, text.slice(figure.end, span.end))) &&
        !plannedCeiling(before, figure.qualifier === 'up-to')) ||
        // "the other two are new": the newcomers set against the holdover.
        // "The decision came from the other four", "The other four made the call": the group left to act
        // did what only the whole does.
        (OTHER_BEFORE.test(before) &&
          board !== 'newcomers' &&
          board !== 'acted' &&
          !wholeGroupActs(text, span, figure)))
    )
      continue;
    // "12 of us could not have done this. 600 could.": a count as the subject of an empty modal (modalScope.ts).
    if (
      (figure.unit === 'count' || figure.unit === 'people') &&
      countOfEmptyModal(before, text.slice(figure.end, span.end))
    )
      continue;
    if (OWN_WORKPLACE_BEFORE.test(before) || READERS_AFTER.test(text.slice(figure.end, figure.end + 12)))
      continue;
    // "seven, not eight", "two new people, not 3", "an earlier version said 500": a figure the page denies or withdraws.
    if (NEGATED_BEFORE.test(before) || RETRACTED_BEFORE.test(before)) continue;
    if (RETRACTED_AFTER.test(text.slice(figure.end, span.end))) continue;
    // "The article said 49 staff had signed; the correct figure is 490": the corrected figure (correctedFigure.ts).
    if (isCorrectedFigure(text, span, figure)) continue;
    // "added 200 million users since July, reaching 650 million": a gain on the way to a level is a change, not the level.
    if (GAIN_BEFORE.test(before) && LEVEL_REACHED_AFTER.test(text.slice(figure.end, span.end))) continue;
    // "Early coverage described all three as newcomers, but only two are": a description the page corrects.
    if (DESCRIBED_AS_BEFORE.test(before) && CORRECTED_AFTER.test(text.slice(figure.end, span.end))) continue;
    // "Which number is right, 490 or 500?", "out of what, 770?": a question asks, it states no figure.
    // "…removed Altman, the market had a question: what happens…?": a question asks only its own clause (modalScope.ts).
    if (
      QUESTION_END.test(text.slice(figure.end, span.end)) &&
      questionReachesFigure(before, text.slice(figure.end, span.end))
    )
      continue;
    // "38% of respondents", "40% of executives polled": how a survey's people answered (surveyShare.ts);
    // "Options pricing implies a move of roughly 4.5%": a move expected, not made (expectedMove.ts).
    if (
      figure.unit === 'percent' &&
      (PROJECTED_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
        PROJECTED_BEFORE.test(before) ||
        isSurveyShare(text.slice(figure.end, figure.end + 60)) ||
        isExpectedMove(before, text.slice(figure.end, span.end)))
    )
      continue;
    if (SOURCES_AFTER.test(text.slice(figure.end, figure.end + 40))) continue;
    if (SOURCES_SPEAK_AFTER.test(text.slice(figure.end, figure.end + 40))) continue;
    if (OWN_SOURCES_AFTER.test(text.slice(figure.end, figure.end + 120))) continue;
    // "a report sourced to ten people who work there said…": a report's sources are what it counts.
    if (
      QUOTED_GROUP_AFTER.test(text.slice(figure.end, figure.end + 120)) &&
      !REPORT_RESTS_ON_BEFORE.test(before)
    )
      continue;
    let cues = cuesBySentence.get(span.start);
    if (!cues)
      cuesBySentence.set(span.start, (cues = withoutSetAside(text, span, findCues(matcher, text, span))));
    // "Signers: about 500; workforce: approx. 770": a value of a line of pairs is its own label's.
    if (!pairsBySentence.has(span.start)) pairsBySentence.set(span.start, pairSeparators(text, span));
    const pair = labelledPair(text, span, pairsBySentence.get(span.start), figure);
    if (pair) cues = cues.filter((c) => c.start >= pair.start && c.end <= pair.end);
    // "Microsoft holding: 49%": the label's head is its cue without the preposition (figureLabel.ts).
    if (label?.bareCue) cues = [...cues, label.bareCue];
    // A figure alone in a table row is of the day its row's date cell gives ("Fri., Nov. 17" | "−1.7%").
    // "Valuation: $28bn in April 2023, $86bn that November, $500bn now": a series' item dates its own value.
    const inSeries = seriesItem(text, span, figure, around.page, figures);
    const ownPeriod = inSeries ? inSeries.period : figurePeriod(text, span, figure, around.page);
    const alone = ownPeriod === undefined && isAlone(text, figure);
    const period = ownPeriod ?? (alone ? rowPeriodAbove(around) : undefined);
    // "On Monday, 700 signed" on a page written later: the day counted back may not be the story's.
    const countedBack =
      !inSeries && period !== undefined && period === countedBackDay(text, span, around.page);
    // "Researchers hired by Meta" | "7" | "Summer 2025": a row may end in its date cell instead.
    const rowAfter = alone && around.next !== undefined ? periodCell(around.next, around.page) : undefined;
    // "Apple Inc." | "AAPL" | "191.31" | "+0.35%": a value cell is its own row's, whose header cell may be a few cells back.
    const rowOwner = isAlone(text, figure) ? rowOwnerOf(matcher, around.lead?.rowHead) : undefined;
    const unnamedRow = isAlone(text, figure) && namesUnknownRow(around.lead?.rowHead);
    const inReach = (claim: ContentClaim) => {
      let reach = reachBySentence.get(span.start);
      if (!reach)
        reachBySentence.set(
          span.start,
          (reach = cuesInReach(matcher, text, span, cuesBySentence.get(span.start) ?? [], around.lead)),
        );
      return (matcher.cueKeys.get(claim.id) ?? []).some((k) => reach.has(k));
    };
    const read = (extra: LeadBlock | undefined) =>
      topicOf(
        matcher,
        text,
        figure,
        span,
        // "lost a dozen, the bulk of them to Meta": the aside's destination is its part's (partitiveAside.ts).
        // "Three, Google, Meta and Amazon, are…": the listed names say who is counted (appositiveList.ts).
        // "a dozen walked this year, with at least seven going to Meta": the later count's clause is its own (laterCountClause.ts).
        outsideLaterCountClause(
          text,
          span,
          figure,
          figures,
          outsideAppositiveList(
            text,
            span,
            figure,
            outsidePartitiveAside(text, span, figure, outsideAppositions(text, span, names, cues, figure)),
          ),
        ),
        names,
        blockEntities,
        {
          extra,
          agedBy,
          ...(label ? { label } : {}),
          ...(rowOwner ? { rowOwner } : {}),
          ...(unnamedRow ? { unnamedRow } : {}),
          labelled: around.lead?.person,
          // "Sam Altman … The 38-year-old": an age with nobody named in its sentence is the last person's.
          // "…is Jerry Tworek. The research vice-president quit, seven years after joining": a span of years
          // in a sentence that names nobody is the time of the person the sentence before was about.
          lastPerson:
            (figure.isAge &&
              (AGE_OF_THE_LAST.test(text.slice(Math.max(0, figure.start - 12), figure.start)) ||
                AGE_OF_THE_SUBJECT.test(text.slice(span.start, figure.start)))) ||
            (figure.unit === 'years' &&
              !figure.isAge &&
              !namesIn(names, span).some((n) => isPerson(matcher, n.entityId)))
              ? (subjectBefore(matcher, text, names, figure.start) ?? around.lead?.lastPerson)
              : undefined,
          period,
          ...(board ? { board } : {}),
          ...(rowAfter ? { rowAfter } : {}),
          ...(countedBack ? { countedBack } : {}),
          weekday: period ? undefined : sentenceWeekday(text, span),
          ...(around.page?.published ? { published: around.page.published } : {}),
          inReach,
          named: (claim) => names.length > 0 || claim.entities.some((id) => neighbourNames().has(id)),
          besideNames: (claim) => claim.entities.some((id) => neighbourNames().has(id)),
          nearby: (claim) =>
            names.length === 0 &&
            (claim.entities.some((id) => nearbyNames().has(id)) ||
              // "Its shares rose about 1%": "its" stands for whom the page named last.
              (PRONOUN_OPENS.test(text.slice(span.start, figure.start)) &&
                claim.entities.some((id) => around.lead?.lastNamed?.includes(id)))),
        },
      );
    const previous = hits.at(-1);
    // "a staff of 700-plus, while other reports put it at about 770", "from $29 billion to $500 billion":
    // a figure set against the one before it in its sentence counts the same thing.
    const linked =
      previous &&
      previous.start >= span.start &&
      (SAME_TOPIC_LINK.test(text.slice(previous.end, figure.start)) ||
        LATER_SAME_COUNT.test(text.slice(previous.end, figure.start)))
        ? matcher.claims.get(previous.claimId)
        : undefined;
    // "40 per cent … against 27 per cent for OpenAI": the same measure, of another company.
    const givenFor = linked && ownerAfter(text, figure, namesIn(names, span));
    let best =
      linked &&
      (!givenFor || linked.entities.includes(givenFor.entityId)) &&
      // "650 million, while ChatGPT's monthly audience has swollen to 800 million": another product's audience.
      !(
        figure.unit === 'users' &&
        audienceOfOther(
          text.slice(span.start, figure.start),
          figure.start,
          namesIn(names, span),
          (id) => matcher.entities.get(id)?.kind,
          linked.entities,
        )
      ) &&
      comparableTo(linked, figure) &&
      // "two of the three are new, and the board may grow to as many as nine": a topic's own
      // exclusions hold for a linked figure as for any ("as many as" is no count of newcomers).
      !(linked.excludes && clauseHolds(text, span, figure, linked.excludes, label)) &&
      !(linked.requires && !clauseHolds(text, span, figure, linked.requires, label)) &&
      isPlausible(linked, figure, period, matcher.sourceDates)
        ? linked
        : read(undefined);
    // "Staff began signing on Sunday. By Monday the number was 505." / "The 700 are not bluffing": a
    // count in a sentence that names no topic of its own continues the topic of the one before, or is
    // a number the block has already tied to a topic.
    // Cues that name a topic: "people" counts anyone and names none.
    const topicless = cues.every((c) => GENERIC_NOUNS.has(c.key));
    // Suggest "more than 700": a wording quoted whole, with nothing around it to say what it counts,
    // is talked about, not stated; one a report is said to give ('the body said "49"') is its count.
    const reportedAfter = REPORTED_COUNT_AFTER.test(text.slice(figure.end, span.end));
    const quoted =
      QUOTED_WHOLE.test(text.slice(Math.max(0, figure.start - 1), figure.end + 1)) &&
      !reportedAfter &&
      !REPORTED_QUOTE_BEFORE.test(text.slice(Math.max(span.start, figure.start - 24), figure.start));
    const isCount = figure.unit === 'count' || figure.unit === 'people';
    // A count stated plainly (not quoted to be discussed, not an age, not a fact box's value) may take
    // its topic from around it when its own words name none.
    const plainCount = isCount && !quoted && !figure.isAge && !label;
    // "the 700", "one of the four who wielded the axe": a count said again, in this block or before.
    if (!best && plainCount) best = restated(matcher, text, figure, span, hits, around.lead?.counted);
    // "Enterprise market share. Source: Menlo Ventures. Anthropic 40 per cent, OpenAI 27 per cent.": a
    // caption's shares take the measure its first sentence names, as a count would.
    const plainShare = figure.unit === 'percent' && !quoted && !label && !cues.length;
    // "By noon it was over 700 out of a workforce of 770", "organisers were speaking of more than 700": a
    // count whose own words are only its whole's noun, or words of the carried topic, continues it too.
    const ownCues = plainCount && !topicless ? ownCountCues(text, figure, cues, GENERIC_NOUNS) : [];
    // "The building has 40 meeting rooms": a count of its own thing, not of people, continues no topic.
    const countsOwnThing =
      figure.unit === 'count' && figure.noun !== undefined && !PEOPLE_NOUN.test(figure.noun);
    const carries =
      !countsOwnThing &&
      (topicless || (plainCount && !best && !inBrackets(text.slice(span.start, figure.start)))) &&
      // "At Quora, some 200 … were laid off", "In Dublin, 1,500 … marched": another's sentence carries nothing.
      !sentenceOwnedElsewhere(text.slice(span.start, span.end), figure.end - span.start);
    if (!best && (plainCount || plainShare) && carries) {
      let named = false;
      if (span.start > 0) {
        const at = sentences?.findIndex((x) => x.start === span.start) ?? -1;
        const earlier = sentences
          ? sentences.slice(Math.max(0, at - CARRY_SENTENCES), at)
          : sentencesAround(text, span.start - 1, CARRY_SENTENCES - 1);
        // The nearest sentence that names a topic, if it is near: "Staff signed a letter. Altman
        // thanked them. By Monday the number was 700."
        for (const before of earlier.reverse()) {
          if (figure.start - before.start > CARRY_REACH) break;
          // "About 500 signed. The building has 40 floors. Later it was 600.": a count of things ends the carry.
          if (plainCount && holdsOtherCount(before, countsOfThings(), countHits())) break;
          const carried: LeadBlock = {
            cues: [...new Set(findCues(matcher, text, before).map((c) => c.key))],
            entities: [...new Set(namesIn(names, before).map((n) => n.entityId))],
          };
          // Only the carried words of a topic the count's own words agree with ("letter", not "employs").
          if (ownCues.length)
            carried.cues = carried.cues.filter((k) => agreeingKeys(matcher, ownCues).has(k));
          if (!carried.cues.length) continue;
          named = true;
          best = read(carried);
          if (best && !carriedTopicAgrees(matcher.cueKeys.get(best.id) ?? [], ownCues)) best = undefined;
          break;
        }
      }
      // "…this letter…" | "THEO: And the count kept climbing." | "DANA: Right. Swisher had 505": where
      // nothing before it in its block names a topic, a count a report gave for the long turn's topic
      // a short turn or two up is that topic's (turnCarry.ts).
      if (!best && !named && topicless)
        best = turnCarried(matcher, text, figure, around.lead?.lastLong, read);
    }
    // "How many signed? … One said 505. Later the count was more than 700.": a count with no noun of its
    // own continues the count its block has been giving, or the topic the sentences before name (discourseCount.ts).
    if (
      !best &&
      plainCount &&
      carries &&
      !figure.noun &&
      // "Two of the board's six members", "five of us": a part's group is its own.
      !figure.partOf &&
      !/^\s+of\b/i.test(text.slice(figure.end, figure.end + 4)) &&
      figure.value >= 2 &&
      !DISCOURSE_WHOLE_BEFORE.test(before) &&
      !TOTAL_BEFORE.test(before) &&
      !COMPOUND_AFTER.test(text.slice(figure.end, figure.end + 2))
    ) {
      const values = reportedValues(matcher.figureClaims);
      const echoesOnlyOther = (claim: ContentClaim) =>
        echoWeight(values, claim, text, figure) === 0 &&
        matcher.figureClaims.some(
          (c) => c.id !== claim.id && echoWeight(values, c, text, figure) === DISTINCTIVE_ECHO,
        );
      const fits = (id: string, sameSentence = false) => {
        const claim = matcher.claims.get(id);
        return claim &&
          comparableTo(claim, figure) &&
          isPlausible(claim, figure, period, matcher.sourceDates) &&
          (sameSentence || carriedTopicAgrees(matcher.cueKeys.get(claim.id) ?? [], ownCues)) &&
          !(claim.excludes && clauseHolds(text, span, figure, claim.excludes, label)) &&
          !(claim.requires && !clauseHolds(text, span, figure, claim.requires, label)) &&
          // "About 770.": a value only another topic's reports give is that topic's, not the discourse's.
          !echoesOnlyOther(claim)
          ? claim
          : undefined;
      };
      const blockSentences = (allSentences ??= sentences ?? splitSentences(text));
      best = discourseTopic({
        text,
        figure,
        span,
        earlier: blockSentences.filter((x) => x.end <= span.start),
        counts: countsOfBlock(),
        hits: countHits(),
        fits,
        named: (sentence) => {
          const keys = findCues(matcher, text, sentence)
            .map((c) => c.key)
            .filter(
              (k) => !GENERIC_NOUNS.has(k) && (!ownCues.length || agreeingKeys(matcher, ownCues).has(k)),
            );
          if (!keys.length) return undefined;
          const topic = read({
            cues: [...new Set(keys)],
            entities: [...new Set(namesIn(names, sentence).map((n) => n.entityId))],
          });
          return topic && fits(topic.id);
        },
        ownedElsewhere: (sentence) => turnsElsewhere(text.slice(sentence.start, sentence.end)),
      });
    }
    // "Valuation: $28bn in April 2023, $86bn that November, $500bn now": every value of a series takes its label.
    // Counts are left to their own clause: what a count counts (a total, a part) needs more than a label.
    const seriesLabel = isCount ? undefined : inSeries?.label;
    if (!best && seriesLabel) {
      best = read({
        cues: [...new Set(cues.filter((c) => c.end <= seriesLabel.end).map((c) => c.key))],
        entities: [...new Set(namesIn(names, seriesLabel).map((n) => n.entityId))],
      });
    }
    // "How many employees signed the letter?" | "By Monday evening, 745 had": an answer counts what
    // the question above it asks about.
    const question = around.lead?.own;
    // ("out of roughly 770" there is the whole the answer is a part of).
    if (!best && plainCount && question?.asks && question.cues.length && !TOTAL_BEFORE.test(before))
      best = read(question);
    // "Reuters had about 500", "Business Today printed 490": a bare count a named reporter or outlet gave.
    const creditedToReporter =
      plainCount &&
      !figure.noun &&
      // "WION had 49, I think": a count recalled with the writer's own doubt is mentioned, not reported.
      !UNSURE_AFTER.test(text.slice(figure.end, figure.end + 30)) &&
      namedReporterBefore(
        before,
        span.start,
        names,
        (id) => matcher.entities.get(id)?.kind === 'organisation',
      );
    // "Kara Swisher reported 505", "its own story used 490": a count a report gave, with nothing to
    // say what it counts, is the count the page has been tracking.
    if (
      !best &&
      plainCount &&
      (!figure.noun || GENERIC_NOUNS.has(figure.noun)) &&
      (REPORTED_COUNT_BEFORE.test(before) || creditedToReporter || reportedAfter)
    )
      best = trackedCount(matcher, figure, period, [
        ...(around.lead?.counted ?? []),
        ...hits.map((h) => ({ value: h.figure.value, claimId: h.claimId })),
      ]);
    // A figure alone in a cell, or a count in a short block that names no topic (a list item, a
    // label's value, "About 500 (first count)"), takes its topic from the block after or the
    // headings and labels before.
    const leadBelongs =
      label === undefined &&
      !SIGN_OFF.test(text) &&
      (isAlone(text, figure) ||
        isItemValue(matcher, text, span, figure, names) ||
        (isCount &&
          topicless &&
          !quoted &&
          !figure.noun &&
          text.length <= SHORT_BLOCK &&
          !METADATA_BEFORE.test(text.slice(0, figure.start)) &&
          !countsNounAfter(text.slice(figure.end, figure.end + NOUN_AFTER_REACH)) &&
          !COUNTER.test(text.slice(Math.max(0, figure.start - 1), figure.end + 1))));
    // "Most read" | "1" | a headline | "2": a rail's ranks count nothing, whatever the links say.
    const inRail = around.lead?.blocks.some((b) => b.rail) === true;
    // "Seats the new board said it could grow to" | "9", "Days until the return" | "5": a cell's own
    // label that opens with what it counts says what the cell is; the labels further up do not speak
    // for it (a label that opens otherwise, "Reuters, via a person familiar", is a row's source).
    const ownLabel = around.lead?.own;
    // "4" | "directors decided to remove Altman…": a caption running on from the value in lower case is
    // its label, and the block before it is the previous value's caption (valueCaption.ts).
    const captionAfter =
      isAlone(text, figure) &&
      labelSide(around.lead?.box) === undefined &&
      around.next !== undefined &&
      runsOnFromValue(around.next);
    const labelled =
      !captionAfter &&
      isAlone(text, figure) &&
      ownLabel !== undefined &&
      !ownLabel.asks &&
      ((ownLabel.label === true && !ownLabel.entities.length && COUNTED_LABEL.test(ownLabel.text ?? '')) ||
        // "MSFT YTD return" | "+53.8%": a label naming its own measure, whoever it is of.
        (!ownLabel.cues.length && namesOwnMeasure(ownLabel.text ?? '')));
    // "Net IRR since inception" | "13.8%" | "12.9%": a row's header naming its own measure speaks for every value along it.
    const rowHead = around.lead?.rowHead;
    const measureRow =
      isAlone(text, figure) &&
      rowHead !== undefined &&
      !rowHead.cues.length &&
      !rowHead.entities.length &&
      namesOwnMeasure(rowHead.text ?? '');
    // One that names no topic says the cell counts nothing a topic does.
    const countsOther =
      (labelled && !ownLabel.cues.length && labelSide(around.lead?.box) !== 'after') || measureRow;
    if (!best && leadBelongs && !inRail && !countsOther) {
      // A label right before it that names a topic is its own (a <dt> before its <dd>); else the
      // block after may describe it ("9" | "the cap on the board's size").
      // A later item of a key-numbers box has its label on the box's side only (keyNumberBox.ts).
      const side = isAlone(text, figure) ? labelSide(around.lead?.box) : undefined;
      // A question asking no quantity is no label: "Why did the board act?" | "3" answers nothing it counts.
      const label =
        side === 'after' || captionAfter || around.lead?.own?.asksOther ? undefined : around.lead?.own;
      // "Gemini monthly users" | "650 million": the label's noun is what the bare number counts.
      if (isAlone(text, figure) && figure.unit === 'count' && label?.cues.some((c) => USERS_CUE.test(c)))
        figure = { ...figure, unit: 'users' };
      if (isAlone(text, figure) && label?.cues.length) best = read(label);
      // A label after it that was read and refused (review19 #3) says what it is not: no lead block speaks for it.
      let refusedAfter = false;
      // "770" | "roughly how many people OpenAI employs": the caption's hedge or ceiling is its value's.
      const hedge =
        isAlone(text, figure) &&
        figure.qualifier === 'exact' &&
        side !== 'before' &&
        around.next !== undefined
          ? captionHedge(around.next)
          : undefined;
      if (hedge) figure = { ...figure, qualifier: hedge, ...figureRange(figure.value, hedge) };
      // "4" | "The number of people who… Just four people cast that vote.": a caption that says the value
      // again says what it counts in that sentence (restatedValue.ts).
      if (!best && isAlone(text, figure) && side !== 'before' && labelAfterFits(side, around.next))
        best = restatedTopic(matcher, figure, around, nextNames);
      // A caption that runs on from its value ("1" | "public apology from inside the board") and counts
      // nothing a topic counts says what the value is not: the blocks above do not speak for it.
      if (!best && isAlone(text, figure) && side !== 'before' && labelAfterFits(side, around.next)) {
        const caption = nextBlock(figure.unit === 'count');
        refusedAfter =
          !(best = read(caption)) &&
          (excludedLabel(matcher, caption) || (caption !== undefined && runsOnFromValue(around.next!)));
      }
      for (const lead of [...(around.lead?.blocks ?? [])].reverse()) {
        if (best || side || refusedAfter || (labelled && ownLabel.cues.length)) break;
        // "What does a board do?" above "Answers: 1 (b)": a question asking no quantity heads answers that count nothing it names.
        if (lead.asksOther) break;
        if (lead.cues.length) best = read(lead);
        // "How many chief executives…?" above "3", "4", "5": a question says what its answers count.
        if (lead.asks) break;
      }
    }
    if (!best) continue;
    // "Organisers said 12 of them were researchers": a group counted before, broken down by kind (groupBreakdown.ts).
    if (
      isGroupBreakdown(
        text.slice(Math.max(span.start, figure.start - 30), figure.start),
        text.slice(figure.end, span.end),
      )
    )
      continue;
    // "Four of six directors": whatever path gave the topic, a count of another board is not the acting board's.
    const bestBoard = board && boardTopicOf(best);
    if (bestBoard && !boardFits(board, bestBoard, text, span, figure)) continue;
    // "Anthropic valuation: $18bn in 2023, $61bn in March 2025": another company's label owns its whole series.
    if (inSeries?.label && labelOfOther(matcher, text, inSeries.label, names, best)) continue;
    if (signedElsewhere(matcher, best, text.slice(span.start, span.end))) continue;
    if (misfitsTopic(best, text, figure, span)) continue;
    // "Stripe, valued at $50 billion", "Quora, which has about 250 staff": another named firm's own figure (namedOtherOwner.ts).
    if (
      !figure.isAge &&
      // "Swisher had 505; Reuters had about 500": an outlet that had a bare count reported it; it owns none.
      ((!creditedToReporter &&
        ownedByOtherName(text, span.start, figure.start, names, best.entities, (id) =>
          isPerson(matcher, id),
        )) ||
        ((figure.unit === 'count' || figure.unit === 'people') &&
          employedByOther(text, figure.end, names, best.entities, (id) => isPerson(matcher, id))))
    )
      continue;
    // "Net income rose 33%", "has gained 57% this year": no share price's reaction (measureNotShareMove.ts).
    if (isNotShareMove(best, text, span.start, figure.start, figure.end)) continue;
    // "D'Angelo, who … whose CV includes nearly two years as…", "in two years": a span someone else spent, or none did.
    if (spanOfAnother(best, text, figure, span, names, (id) => isPerson(matcher, id))) continue;
    // "Mr. Penhaligon served on the city council for 14 years": a titled stranger's tenure (titledStranger.ts).
    if (
      best.entities.some((id) => isPerson(matcher, id)) &&
      spanOfTitledStranger(text, span, figure, names, (id) => isPerson(matcher, id))
    )
      continue;
    // "Two years after its directors fired Sam Altman", "three years ago": time since an event is no one's tenure.
    if (elapsedSinceEvent(text, figure, text.slice(span.start, figure.start))) continue;
    // "Lumina Clinical (Durham, 46 employees)": a headcount in another firm's bracketed profile is that firm's.
    if (countsProfiledOther(best, text, figure, names)) continue;
    const of = periodFor(matcher, best, figure, period, rowAfter, countedBack);
    const verdict = figureVerdict(best, figure, matcher.sourceDates, {
      ...(of ? { of } : {}),
      ...(around.page?.published ? { published: around.page.published } : {}),
    });
    if (verdict) hits.push({ start: figure.start, end: figure.end, claimId: best.id, figure, ...verdict });
  }
  // "$13 billion, or about ¥1.9 trillion": the conversion is the same claim, its own mark (currencyConversion.ts).
  return withConversions(text, hits);
}

/**
 * A row's cells on either side of its value may hold its date: the cell after the value is the
 * row's where it is the one that fits the topic — a topic of that period ("Researchers hired by Meta"
 * | "7" | "Summer 2025"), or a value no report of the date above could give ("Since then: valuation" |
 * "$500bn" | "2026"); else the date cell above is.
 */
function periodFor(
  matcher: Matcher,
  claim: ContentClaim,
  figure: PageFigure,
  period: string | undefined,
  rowAfter: string | undefined,
  countedBack = false,
): string | undefined {
  // "On Monday, 700 signed" on a page written after a topic of one month: a weekday the page's date
  // alone dated names the story's day, which no date here gives (the nearest report's period is then used).
  if (
    countedBack &&
    period &&
    claim.period?.length === MONTH_PERIOD_LENGTH &&
    !periodsMeet(period, claim.period) &&
    startsAfter(period, claim.period)
  )
    return undefined;
  if (!rowAfter) return period;
  if (claim.period) return periodsMeet(rowAfter, claim.period) ? rowAfter : period;
  return !isPlausible(claim, figure, period, matcher.sourceDates) &&
    isPlausible(claim, figure, rowAfter, matcher.sourceDates)
    ? rowAfter
    : period;
}

/** The period of a figure alone in a table row, from the last date cell above it ("Fri., Nov. 17" | "−1.7%"). */
function rowPeriodAbove(around: FigureSurroundings): string | undefined {
  const above = around.lead?.blocks.findLast((b) => b.date)?.date;
  return above ? dateCell(above, around.page) : undefined;
}

/** A label that opens with a plural noun, what its cell counts ("Days until the return"); not a heading's "Numbers of the week". */
const COUNTED_LABEL =
  /^\W*(?!(?:[Nn]umbers|[Ff]igures|[Ss]tats|[Ff]acts|[Hh]ighlights|[Nn]otes|[Dd]etails)\b)\p{L}+s\s+\p{Ll}/u;

/** The topic the caption after a bare value gives the same value where it states it again, or undefined. */
function restatedTopic(
  matcher: Matcher,
  figure: PageFigure,
  around: FigureSurroundings,
  nextNames: () => NameHit[],
): ContentClaim | undefined {
  if (around.next === undefined) return undefined;
  const { figures, again } = restatedIn(around.next, figure);
  if (!again.length) return undefined;
  const hit = detectFigureClaims(matcher, around.next, figures, nextNames(), {
    ...(around.page ? { page: around.page } : {}),
  }).find((h) => again.some((f) => f.start === h.start));
  return hit && matcher.claims.get(hit.claimId);
}

/** A short label and its separator before an item's value: "Feb 2026 · ", "Anthropic · ", "Signers: ". */
const ITEM_LABEL = /^([^.!?·:]{1,40}?)\s*[·:|]\s*$/u;
/** A year in an item's label: its date ("Apr 2023"). */
const YEAR_IN_LABEL = /\b(?:19|20)\d\d\b/g;
/**
 * "Apr 2023 · $28bnNov 2023 · $86bn", "Anthropic · 40%OpenAI · 27%": a value that ends its item of a
 * chart or strip whose items run together, after the item's short label, stands for the item as a
 * cell's value does for its cell, where the label dates it or names whose it is. Not where the label
 * names no one ("Others · 33%": the rest's share), nor where it is a value itself ("505 of 770 · 66%":
 * a ratio worked out from the label).
 */
function isItemValue(
  matcher: Matcher,
  text: string,
  span: Span,
  figure: PageFigure,
  names: NameHit[],
): boolean {
  const item = gluedItemAround(text, figure.start);
  if (item?.start !== span.start || !ALONE_AFTER.test(text.slice(figure.end, item.end))) return false;
  const label = ITEM_LABEL.exec(text.slice(item.start, figure.start))?.[1];
  if (!label) return false;
  const dated = YEAR_IN_LABEL.test(label);
  YEAR_IN_LABEL.lastIndex = 0;
  if (/\d/.test(label.replace(YEAR_IN_LABEL, ''))) return false;
  const labelSpan = { start: item.start, end: item.start + label.length };
  return dated || namesIn(names, labelSpan).length > 0 || findCues(matcher, text, labelSpan).length > 0;
}

/** A later value of a box labelled after is described by the block after it, unless that is the next value. */
function labelAfterFits(side: 'before' | 'after' | undefined, next: string | undefined): boolean {
  return side !== 'after' || (next !== undefined && boxPartOf(next) !== 'value');
}

/** A label cue naming users: a bare number under it counts users. */
const USERS_CUE = /\busers$/;

/**
 * "not just the researchers who went to Meta", "excluding those who left for Meta", "apart from the
 * founders": what a phrase sets aside is not what the figure counts.
 */
const SET_ASIDE =
  /\b(?:not (?:just|only|merely|simply|counting|including)|excluding|besides|apart from|aside from|other than|leaving aside|let alone)\b[^,;:.!?()\u2014\u2013]*/gi;

/** The cues of a sentence outside the phrases that set something aside. */
function withoutSetAside(text: string, span: Span, cues: CueHit[]): CueHit[] {
  const sentence = text.slice(span.start, span.end);
  if (!/\b(?:not|excluding|besides|apart|aside|other|leaving|let)\b/i.test(sentence)) return cues;
  const aside = [...eachMatch(SET_ASIDE, sentence)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  return cues.filter((c) => !aside.some((a) => a.start <= c.start && c.end <= a.end));
}

/** "…, not eight", "rather than 500", "instead of $90 billion", "it wasn't 700": the figure the page says is wrong. */
const NEGATED_BEFORE =
  /(?:,\s*|\b(?:and|but)\s+)not\s+(?:the\s+)?$|\b(?:rather\s+than|instead\s+of)\s+$|\b(?:is|was|are|were)(?:n['’]t|\s+not)\s+$/i;
/** "An earlier version of this story said 500 employees…": a correction's withdrawn figure. */
const RETRACTED_BEFORE =
  /\b(?:an?|the|our)\s+(?:earlier|previous|original|initial)\s+(?:version|draft|edition)\b(?:\s+of\s+this\s+\w+)?\s+(?:said|stated|reported|gave|put|had|misstated|described|incorrectly)\b[^.;]*$/i;
/** "…not $90 billion as stated in an earlier version": the same, said after the figure. */
const RETRACTED_AFTER =
  /^(?:\s+[a-z]+){0,2}?,?\s+(?:as|which\s+was)\s+(?:stated|reported|given|said)\s+(?:in\s+)?(?:an?|the|our)\s+(?:earlier|previous|original)\s+(?:version|draft|edition)\b/i;

/** "described all three as", "called the 700 a…": what someone else called them. */
/** A gaining verb right before a figure ("added roughly", "gained some", "grew by", "picked up"). */
const GAIN_BEFORE =
  /\b(?:add|adds|added|adding|gain|gains|gained|gaining|grew\s+by|grow\s+by|grows\s+by|rose\s+by|rise\s+by|rises\s+by|increased\s+by|jumped\s+by|climbed\s+by|picked\s+up|picks\s+up|put\s+on|puts\s+on|won|signed\s+up)\s+(?:(?:roughly|about|around|some|nearly|almost|close\s+to|more\s+than|over|another|a\s+further|an\s+additional|just\s+under|just\s+over)\s+)?$/i;
/** After the gain, the level it lands on: "…, reaching 650 million", "bringing the total to 900", "to 1,200 in all". */
const LEVEL_REACHED_AFTER =
  /^[^.;!?]{0,80}?\b(?:reaching|to\s+reach|hitting|to\s+hit|for\s+a\s+total\s+of|to\s+a\s+total\s+of|(?:bringing|taking|lifting|pushing|putting)\s+(?:[\p{L}'’]+\s+){0,3}?to)\s+(?:(?:roughly|about|around|some|nearly|almost|more\s+than|over|just\s+under|just\s+over)\s+)?[$€£]?\d/iu;
const DESCRIBED_AS_BEFORE =
  /\b(?:described|called|labell?ed|branded|billed|characteri[sz]ed|presented|portrayed)\s+(?:(?:all|the|those|these|its|their)\s+)*$/i;
const CORRECTED_AFTER = /^[^.!?]*?(?:,?\s+but\b|;\s*(?:in fact|actually|in reality)\b)/i;

/** A sentence that ends in a question mark (before closing quotes or brackets). */
const QUESTION_END = /\?[\s"'\u201d\u2019)\]]*$/;
/** A figure that is the whole of a quotation. */
/** 'said "49"', 'the headline read "nearly 500"', 'wrote: "505"': a report's words, quoted as it gave them. */
const REPORTED_QUOTE_BEFORE =
  /\b(?:said|says|wrote|writes|read|reads|gave|gives|reported|reports|printed|ran|cited|cites)\s*:?\s*["\u201c'\u2018]$/i;
const QUOTED_WHOLE = /^["\u201c'\u2018].*["\u201d'\u2019]$/s;
/** "Comments (3)", "Replies (12)": a page's counter in brackets. */
const COUNTER = /^\(.*\)$/s;
/**
 * "Rafael Monteiro, from São Paulo · 22.", "Marc-André P. · 9 h", "Reply | 4": a number right after a
 * byline's or a toolbar's separator, in a block that names no topic, is the row's metadata (an age,
 * a time, a counter), not a value its neighbours describe.
 */
const METADATA_BEFORE = /\p{L}[^\p{L}\p{N}]*[·•|]\s*$/u;
/**
 * "Sam, 10, Ohio", "Priya, 34, Leeds", "Tom (12), Bristol", "— Ana, aged 9, from Porto": a reader's
 * sign-off, a first name, an age and a place, as a comments section or a letters page prints it. The
 * number is the writer's age, not a value the headings above describe.
 */
const SIGN_OFF =
  /^[\s\p{Pd}]*\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?(?:,\s*(?:aged\s+)?|\s\()\d{1,3}\)?,\s*(?:from\s+|of\s+)?\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,3}\W*$/u;
/**
 * "signatories to the code of practice up to 31", "the pledge now has 140 signatures", "a treaty with
 * 60 signers": the signers of another text than the letter or petition a signing claim counts.
 */
const OTHER_SIGNED_TEXT =
  /\b(?:code\s+of\s+(?:practice|conduct)|pledge|treaty|accord|charter|declaration|compact|convention|protocol|manifesto|commitments|communiqu[eé])\b/i;
const LETTER_OR_PETITION = /\b(?:letters?|petitions?)\b/i;
const SIGNING_CUE = /^(?:signatories|signatures|signees|signers)$/;
/** A signing claim's count in a sentence about the signers of another text, and of no letter. */
function signedElsewhere(matcher: Matcher, claim: ContentClaim, sentence: string): boolean {
  return (
    (matcher.cueKeys.get(claim.id) ?? []).some((k) => SIGNING_CUE.test(k)) &&
    OTHER_SIGNED_TEXT.test(sentence) &&
    !LETTER_OR_PETITION.test(sentence)
  );
}
/**
 * "140+ AI rules", "30 new jurisdictions", "12 Gulf states": a plural noun right after a number, maybe
 * after one word of description, is what it counts. In a block whose words name no topic that noun is
 * none of the claims' things, so the number counts something else and takes no topic from around it.
 */
const PLURAL_NOUN_AFTER = /^\+?\s+(?:([\p{L}\p{N}'’-]+)\s+)?(\p{Ll}{3,}s)(?![\p{L}])/u;
/** Words that may stand where a description or a plural would, but are neither ("in the mornings", "was this"). */
const NOT_A_NOUN =
  /^(?:in|on|at|of|for|to|by|from|with|into|over|under|after|before|within|across|around|about|since|until|than|and|or|but|the|a|an|its|their|his|her|our|this|that|these|those|was|were|is|are|has|had|have|does|did|do|so|thus|plus|less|unless|always|perhaps|whereas|besides|sometimes|towards|afterwards|as|yes|us)$/i;
/** How far after a number its noun is read. */
const NOUN_AFTER_REACH = 40;
function countsNounAfter(after: string): boolean {
  const m = PLURAL_NOUN_AFTER.exec(after);
  return m !== null && !NOT_A_NOUN.test(m[2]!) && (m[1] === undefined || !NOT_A_NOUN.test(m[1]));
}
/** A sentence that opens with a pronoun ("Its shares rose", "They signed"). */
const PRONOUN_OPENS = /^\W*(?:Its|It|Their|They|His|He|Her|She)\b/;

/**
 * ", OpenAI's biggest investor," after a name: a description of the name, up to its closing comma.
 * A relative clause (", who was tracking the tally,") tells what the person did, which may be the figure's topic.
 */
const APPOSITION_AFTER = /^,\s+(?!(?:who|which|that|whose|where|when)\b)([^,;.!?()\d]{3,60}),/i;

/**
 * "Microsoft, which owns 49% of the for-profit entity, saw its stock edge up 1%": a relative clause
 * with a figure of its own is that figure's clause; its words do not measure a figure outside it.
 */
const RELATIVE_WITH_FIGURE_AFTER = /^,\s+(?:which|who|whose)\b(?=[^,;.!?()]*\d)[^,;!?()]{3,100},/i;

/**
 * "Microsoft, OpenAI's biggest investor, was up 1.1% in premarket trading": words describing a name
 * between commas say who it is, not what a figure outside them measures, where the sentence has
 * words of its own for that.
 */
function outsideAppositions(
  text: string,
  span: Span,
  names: NameHit[],
  cues: CueHit[],
  figure: PageFigure,
): CueHit[] {
  let kept = cues;
  for (const name of namesIn(names, span)) {
    const after = text.slice(name.end, Math.min(span.end, name.end + 110));
    const apposition = APPOSITION_AFTER.exec(after);
    const m = apposition ?? RELATIVE_WITH_FIGURE_AFTER.exec(after);
    if (!m) continue;
    const start = name.end;
    const end = name.end + m[0].length;
    if (figure.start < end && figure.end > start) {
      // "Microsoft, whose shares rose 1% on Monday, has invested…": the figure inside is the clause's.
      const inside = kept.filter((c) => c.start >= start && c.end <= end);
      if (!apposition && inside.length) kept = inside;
      continue;
    }
    kept = kept.filter((c) => c.end <= start || c.start >= end);
  }
  // "Swisher, who was tracking the tally, had put it at 505": with no word of its own, the figure's
  // sentence is about what the description names.
  return kept.length ? kept : cues;
}

/**
 * "Swisher reported", "Bloomberg said", "put the figure at", "had it at", "its own story used", "a wire
 * report had", "one publication printed", "the outlet that printed", "the story's address read", "I've
 * seen", "people were saying", and the figure told as a report's ("the first figure widely reported
 * was", "the number I saw most often was"): a count given by a report.
 */
const REPORTED_COUNT_BEFORE =
  /(?:\b(?:reported|counted|tallied|cited|quoted)|\b(?:I['’]ve|I\s+have|I|we['’]ve|we)\s+(?:just\s+|also\s+)?(?:seen|saw|heard)|\b(?:were|are|was|is|now|been|started|kept)\s+(?:saying|touting|claiming|citing|quoting|reporting)|\b(?:put|had|has)\s+(?:it|the\s+(?:figure|number|count|total|tally))\s+at|\b(?:report|reports|story|stories|headline|headlines|tally|account|article|piece|version|wire|outlets?|publications?|newspapers?|papers?|sites?|address|url|update|estimate)\s+(?:\w+\s+)?(?:had|gave|used|said|says|cited|carried|showed|printed|published|ran|read|reads|put\s+it\s+at|went\s+with|ran\s+with|stood\s+at)|\b(?:figure|number|count|tally)\s+(?:[\w'’]+\s+){0,4}?(?:was|is))\s+$/i;
/**
 * "Kara Swisher had 505", "Reuters had about 500", "Business Today printed 490": a reporter or an outlet,
 * named in capitals, had, printed or ran the count, as a report gives a figure. Group 1 is the name.
 */
const NAMED_REPORTER_BEFORE =
  /(?:^|[\s,;(“"])(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})\s+(?:had|has|printed|prints|ran|runs|carried|carries|published|publishes|gave|gives|went\s+with|goes\s+with)\s+$/u;
/** The writer's doubt right after a count: ", I think", "I believe", "if I remember rightly". */
const UNSURE_AFTER =
  /^\s*,?\s*(?:I\s+think|I\s+believe|I\s+guess|I\s+suppose|if\s+I\s+(?:recall|remember)|if\s+memory\s+serves)\b/i;
/** Capitalised words that open a sentence and name nobody: "It had 505", "They printed 490". */
const NO_REPORTER =
  /^(?:The|This|That|These|Those|It|He|She|They|We|I|You|Which|Who|There|Each|Every|Some|One|Its|Their|His|Her|Our)$/;
/** The count's sentence credits it to a named reporter or outlet, not to one of the story's organisations. */
function namedReporterBefore(
  before: string,
  beforeStart: number,
  names: NameHit[],
  isOrganisation: (id: string) => boolean,
): boolean {
  const m = NAMED_REPORTER_BEFORE.exec(before);
  if (!m?.[1] || NO_REPORTER.test(m[1].split(/\s+/)[0]!)) return false;
  const start = beforeStart + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  return !names.some((n) => n.start < end && start < n.end && isOrganisation(n.entityId));
}
/** 'the round "500" that many outlets ran with', "49, the figure one paper printed": a count a report gave, said after it. */
const REPORTED_COUNT_AFTER =
  /^["”’']?\s*,?\s+(?:that|which|the\s+(?:figure|number|count)(?:\s+that)?)\s+(?:[\w'’]+\s+){0,3}?(?:ran\s+with|went\s+with|printed|published|reported|carried|used|cited)\b/i;

/**
 * The topic of the latest count on the page this one could be another report of: a part's count
 * (the signatories) before a whole's (the headcount it is out of), which a report rarely restates.
 */
function trackedCount(
  matcher: Matcher,
  figure: PageFigure,
  period: string | undefined,
  counted: Counted[],
): ContentClaim | undefined {
  const claims = counted
    .toReversed()
    .map((c) => matcher.claims.get(c.claimId))
    .filter(
      (c): c is ContentClaim =>
        c !== undefined && comparableTo(c, figure) && isPlausible(c, figure, period, matcher.sourceDates),
    );
  return claims.find((c) => !c.whole) ?? claims[0];
}

/** How many sentences back a count may continue a topic from. */
const CARRY_SENTENCES = 2;
/** How far back (in characters from the figure) the sentence a count continues may start. */
const CARRY_REACH = 400;
/** "the 700", "those 505": a number said again with a definite word. */
const RESTATED_BEFORE = /\b(?:the|those|these|all)\s+$/i;

/**
 * "Four people nearly wrecked the company": a count of people in general, the subject of what they
 * did, is a group the page has counted already if the count is the same.
 */
const PEOPLE_ACT_AFTER =
  /^\s+people\s+(?:(?:nearly|almost|had|have|then|just|all|once|effectively)\s+)*(?!(?:said|say|says|told|familiar|close|who|with|in|at|on|from|were|are|left|quit|departed|resigned|joined|went|moved|followed|signed|defected|walked|started|worked|lost)\b)[a-z]+(?:ed|t)\b/i;

/**
 * The topic of an earlier figure with the same value, where this one is "the 700" or "one of the
 * four" (in this block, or earlier on the page), or a group of people acting as the subject of its
 * sentence ("Four people nearly wrecked…") that the page counted as a whole group before.
 */
function restated(
  matcher: Matcher,
  text: string,
  figure: PageFigure,
  span: Span,
  hits: FigureClaimHit[],
  counted: Counted[] | undefined,
): ContentClaim | undefined {
  const definite = RESTATED_BEFORE.test(text.slice(Math.max(0, figure.start - 8), figure.start));
  const acting =
    !definite &&
    !/[\p{L}\p{N}]/u.test(text.slice(span.start, figure.start)) &&
    PEOPLE_ACT_AFTER.test(text.slice(figure.end, figure.end + 40));
  // "the two founders" names what it counts: only a bare number is said again.
  if ((!definite && !acting) || (definite && figure.noun && !GENERIC_NOUNS.has(figure.noun)))
    return undefined;
  const earlier =
    hits.findLast((h) => h.figure.value === figure.value && h.figure.unit !== 'years')?.claimId ??
    counted?.findLast((c) => c.value === figure.value)?.claimId;
  const claim = earlier === undefined ? undefined : matcher.claims.get(earlier);
  return claim && (definite || claim.whole) ? claim : undefined;
}

/**
 * A count, "of them" or "of the company's employees", then the whole it is taken from: "nearly 500 of
 * them — out of roughly 770", "505 of the staff, out of about 770", "500 of its employees, of some 770".
 * The count may name its people, with or without their company: "more than 500 OpenAI workers, out of
 * about 770", "some 700 researchers (of about 770)".
 */
const PART_THEN_WHOLE_BEFORE =
  /\d[\d,]*\s+(?:of\s+(?:them|those|the\s+company['’]s\s+\p{L}+|its\s+\p{L}+|their\s+colleagues)\s*|(?:\p{Lu}[\p{L}\p{N}]*\s+)?(?:employees|staff|staffers|workers|researchers|engineers|people)\s*)?[,—–(-]\s*(?:out\s+)?of\s+(?:(?:a\s+)?(?:total|staff|workforce|company)\s+of\s+)?$/u;
const NARROWED_AFTER = /^\s+(?:who|that|which|whom)\b/i;
/**
 * A verb of putting money in right before the amount ("put", "invested", "poured", "pumped", "sank",
 * "ploughed", "injected", with "something like", "about"…): what it puts in is invested.
 */
const INVESTED_BEFORE =
  /\b(?:put|puts|putting|invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|sank|sunk|sink(?:s|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|inject(?:s|ed|ing)?|funnel(?:s|l?ed|l?ing)|channel(?:s|l?ed|l?ing)|shovel(?:s|l?ed|l?ing))\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|something\s+like|like|another|a\s+further|an\s+additional)\s+)?$/i;
/** "YTD", "year to date", "so far this year", "52-week", "over the past year": a move over a span. */
const MOVE_OVER_SPAN =
  /\b(?:YTD|year[\s-]to[\s-]date|so\s+far\s+this\s+year|52-week|over\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months))\b/i;
/** A period of one day, "2023-11-22". */
const DAY_PERIOD_LENGTH = 10;
/** A period of one month, "2023-11": the story's moment for its counts. */
const MONTH_PERIOD_LENGTH = 7;
/** The cue of a topic that counts what a holding is worth. */
const HOLDING_CUE = 'stake';
/** The units of money. */
const MONEY_UNITS = new Set<string>(['usd', 'eur', 'gbp']);
/** How far before a money figure a holding's noun and "worth" are read ("a shareholding in the start-up worth "). */
const HELD_WORTH_REACH = 80;
/** How far before a money figure a possessed money noun is read ("Microsoft's outlay on the start-up so far stands at "). */
const POSSESSED_MONEY_REACH = 80;
/** How far before a capitalised word an epithet's relation is read ("the tech giant behind Windows and "). */
const EPITHET_REACH = 100;

/** A row's header cell: a name and a few words, no number ("OpenAI", "Anthropic (Claude)"). */
const ROW_HEADER = /^[^\p{N}]{2,40}$/u;

/**
 * "Anthropic" | "40%", "OpenAI" | "27%": the one organisation a table row's header cell names, and
 * nothing a topic counts, owns the value in the cell beside it (a caption's cue says what is measured,
 * not whose it is).
 */
function rowOwnerOf(matcher: Matcher, cell: LeadBlock | undefined): string | undefined {
  if (!cell || cell.cues.length || cell.entities.length !== 1 || !ROW_HEADER.test(cell.text?.trim() ?? ''))
    return undefined;
  const id = cell.entities[0]!;
  return matcher.entities.get(id)?.kind === 'organisation' ? id : undefined;
}

/** A row's header cell that is a name: capitalised words or a ticker ("Apple Inc.", "AAPL", "Deere & Co."). */
const NAME_CELL = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:&|\p{Lu}[\p{L}.'’-]*))*\s*$/u;

/**
 * "Apple Inc." | "AAPL" | … | "+0.35%": a row headed by a name the dataset does not know, and by nothing
 * a topic counts, is another company's row, whatever the caption and the rows around it name.
 */
function namesUnknownRow(cell: LeadBlock | undefined): boolean {
  return !!cell && !cell.cues.length && !cell.entities.length && NAME_CELL.test(cell.text ?? '');
}

interface TopicContext {
  /** Cues and names of a neighbouring block, for a figure standing alone. */
  extra: LeadBlock | undefined;
  /** The board a count is of, when its words say (boardIdentity.ts). */
  board?: BoardOfCount;
  /** The person a name label before the block makes this figure the age of. */
  agedBy: string | undefined;
  /** The person the block describes, below a name label ("Adam D'Angelo" / "He was Facebook's CTO for two years"). */
  labelled: string | undefined;
  period: string | undefined;
  /** The period of the cell after a figure alone in a table row, which may be its row's date. */
  rowAfter?: string;
  /** The figure's period is a bare weekday counted back from the page's date (figurePeriod.ts). */
  countedBack?: boolean;
  /** The weekday the figure's sentence names, if any. */
  weekday: string | undefined;
  published?: string;
  /** For an age, the person named last before it, in this block or the ones before. */
  lastPerson: string | undefined;
  /** The fact box label the figure is the value of. */
  label?: FigureLabel;
  /** The organisation a table row's header cell names, for the figure alone in the cell beside it. */
  rowOwner?: string;
  /** The figure alone in a cell is of a row whose header cell names a company the dataset does not know. */
  unnamedRow?: true;
  /** The block names nobody, and the blocks around it name one of the topic's entities. */
  nearby: (claim: ContentClaim) => boolean;
  /** The block names someone, or a block next to it names the topic's people: one near cue is enough. */
  named: (claim: ContentClaim) => boolean;
  /** The block before or after names one of the topic's entities. */
  besideNames: (claim: ContentClaim) => boolean;
  /** One of the topic's cues is in the sentence, the one before, or the headings above (reportedValueEcho.ts). */
  inReach: (claim: ContentClaim) => boolean;
}

/** The topic with the best score over the threshold, if any. */
function topicOf(
  matcher: Matcher,
  text: string,
  figure: PageFigure,
  span: Span,
  sentenceCues: CueHit[],
  names: NameHit[],
  blockEntities: Set<string>,
  context: TopicContext,
): ContentClaim | undefined {
  const { extra, agedBy, period } = context;
  const sentenceNames = namesIn(names, span);
  // "OpenAI staff: 770": a label that is only the group's noun gives its total, as "OpenAI has 770" does.
  const isTotal =
    TOTAL_BEFORE.test(withoutFillers(text.slice(span.start, figure.start))) ||
    TOTAL_LABEL_BEFORE.test(text.slice(span.start, figure.start)) ||
    // "out of a staff they described as 700-plus" (describedTotal.ts).
    isDescribedTotal(text.slice(span.start, figure.start)) ||
    context.label?.total === true ||
    (extra?.total === true && isAlone(text, figure)) ||
    WHOLE_THEN_PART_AFTER.test(text.slice(figure.end, figure.end + 60)) ||
    STRONG_GROUP_AFTER.test(text.slice(figure.end, figure.end + 40)) ||
    TOTAL_AFTER.test(text.slice(figure.end, figure.end + 40)) ||
    // "Roughly 770 people work at OpenAI": the people who work there are the whole staff (workplaceTotal.ts).
    countsWorkforce(text.slice(span.start, figure.start), text.slice(figure.end, figure.end + 80)) ||
    isTotalStated(
      withoutFillers(text.slice(span.start, figure.start)),
      text.slice(figure.end, figure.end + 20),
    );
  const after = ownerAfter(text, figure, sentenceNames);
  // "300 people work at Anthropic": the workplace named after the count owns it.
  const workplace = workplaceStart(text.slice(figure.end, figure.end + 80));
  const owner =
    after ??
    (workplace === undefined ? undefined : sentenceNames.find((n) => n.start === figure.end + workplace)) ??
    ownerOf(text, figure, sentenceNames);
  // "a board of four non-executive directors": a group's size, whatever words describe its members.
  const groupSize =
    GROUP_SIZE_BEFORE.test(text.slice(span.start, figure.start)) ||
    MEMBER_OF_WHOLE_BEFORE.test(text.slice(Math.max(span.start, figure.start - 30), figure.start));
  const subset = groupSize
    ? undefined
    : SUBSET_WORDS.exec(text.slice(figure.end, figure.end + 24))?.[1]?.toLowerCase();
  // "the two founders who remain" is a part; "two of the original 11 founders still there" keeps 11 whole.
  const remaining = !isTotal && REMAINING_AFTER_NOUN.test(text.slice(figure.end, figure.end + 40));
  const counts = figure.unit === 'people' || figure.unit === 'count';
  const closeBefore = withoutFillers(text.slice(Math.max(span.start, figure.start - 60), figure.start));
  const staffTotal =
    counts &&
    (!figure.noun || STAFF_NOUNS.has(figure.noun)) &&
    (STAFF_TOTAL_BEFORE.test(closeBefore) ||
      // "from a workforce described by the organizers as 700-plus": the whole, however it is described.
      isDescribedTotal(closeBefore) ||
      (figure.noun !== undefined && STAFF_OWNED_BEFORE.test(closeBefore)) ||
      // "a majority of the 700-plus employees", "more than 700 of a 700-plus staff" (not "of the 505 staff who signed").
      // "of the eleven people counted as founders" names no staff: "people" counts anyone.
      (figure.noun !== undefined &&
        !GENERIC_NOUNS.has(figure.noun) &&
        PART_OF_STAFF_BEFORE.test(closeBefore) &&
        !NARROWED_NOUN_AFTER.test(text.slice(figure.end, figure.end + 40))));
  // "an initial board of three": the new board's starting size is no topic's count.
  if (counts && isStartingBoardSize(text, span, figure)) return undefined;
  const governed = measuredBy(matcher, text, sentenceCues, figure);
  const wholeNouns = figure.partOf && !figure.noun ? wholeNounOf(text, figure, span) : undefined;
  const memberOf = namedGroupOf(text, figure, span);
  // "OpenAI was started by an 11-person team": the team that founded it is the founding team (foundingAct.ts).
  const foundingTeam =
    memberOf !== undefined &&
    counts &&
    foundingTeamCount(text.slice(span.start, figure.start), text.slice(figure.end, span.end));
  // Once per figure, not per topic.
  const predicate = predicateAt(text, span, figure);
  // "nearly 500 of them — out of roughly 770 — had signed": the whole a counted part is taken from.
  const wholeOfPart =
    counts &&
    PART_THEN_WHOLE_BEFORE.test(text.slice(Math.max(span.start, figure.start - 60), figure.start)) &&
    // "out of 700 who saw it": a whole its own clause narrows is not the staff.
    !NARROWED_AFTER.test(text.slice(figure.end, figure.end + 12));
  // "a company that put $13 billion into OpenAI": money put in is an investment, never a price.
  // "Microsoft, which has $13 billion in this", "is in for $13 billion": money held in a company (moneyHeldIn.ts).
  const heldIn = isMoneyHeldInAt(text, figure, span.start);
  // "Microsoft's outlay on the start-up stands at $13bn": a possessed money noun (possessedMoney.ts).
  // "a position worth more than $10 billion": a holding's worth (possessedMoney.ts).
  const heldWorth =
    MONEY_UNITS.has(figure.unit) &&
    heldWorthNoun(text.slice(Math.max(span.start, figure.start - HELD_WORTH_REACH), figure.start));
  const putIn =
    heldIn ||
    !!heldWorth ||
    INVESTED_BEFORE.test(text.slice(Math.max(span.start, figure.start - 40), figure.start)) ||
    isPossessedMoney(text.slice(Math.max(span.start, figure.start - POSSESSED_MONEY_REACH), figure.start));
  // "voted 6-1", "gave the vote as 5-2": a tally counts votes; "30 billion yen": no claim's currency (ownerlessMeasure.ts).
  const ownerless =
    ((figure.unit === 'count' || figure.unit === 'people') && isVoteTally(text, figure, span.start)) ||
    inForeignCurrency(text, figure);
  // "MSFT YTD: +57%", "up 57% over the past year": a move over a span, never one day's.
  const moveOverSpan = figure.unit === 'percent' && MOVE_OVER_SPAN.test(text.slice(span.start, span.end));
  // "two other members", "a board of three, for now", "three people in the top job" (countedGroup.ts).
  const anotherGroup = counts && countsAnotherGroup(text, span, figure);
  // "Last spring a Randolph County manufacturer, 340 employees and a board of seven, found itself with
  // three directors": an unnamed organisation of another kind heads the clause (indefiniteSubject.ts).
  const indefiniteSubject = indefiniteSubjectEnd(text.slice(span.start, figure.start)) !== undefined;
  let remade: boolean | undefined;
  // Not the remade board's own size ("a new board of three", "the new board's three members"), nor
  // another organisation's board ("Meta named a new board with two newcomers").
  const namesNoOtherOrganisation = (at: Span) =>
    !namesIn(names, at).some(
      (n) => n.entityId !== STORY_ORGANISATION && matcher.entities.get(n.entityId)?.kind === 'organisation',
    );
  // "The important thing is the new board. Two new names, but who watches them?": newcomers counted right
  // after the sentence that names the board they join.
  const boardJustNamed = () => {
    if (figure.noun !== 'newcomers' || span.start === 0) return false;
    const previous = sentencesAround(text, span.start - 1, 0)[0]!;
    return namesNoOtherOrganisation(previous) && namesStoryNewBoard(text.slice(previous.start, previous.end));
  };
  const remadeBoard = () =>
    (remade ??=
      counts &&
      !BOARD_SIZE_AT.test(text.slice(figure.end, figure.end + 12)) &&
      !BOARD_OF_BEFORE.test(text.slice(Math.max(span.start, figure.start - 20), figure.start)) &&
      namesNoOtherOrganisation(span) &&
      (namesStoryNewBoard(text.slice(span.start, span.end)) || boardJustNamed()));
  let best: { claim: ContentClaim; score: number } | undefined;

  for (const claim of matcher.figureClaims) {
    if (ownerless || !comparableTo(claim, figure)) continue;
    // A topic of one moment (the board that fired Altman) is not a figure the page dates elsewhere,
    // nor anything on a page written before it (2025's departures on a 2023 page).
    const claimPeriod = periodFor(matcher, claim, figure, period, context.rowAfter, context.countedBack);
    if (claim.period && claimPeriod && !periodsMeet(claimPeriod, claim.period)) continue;
    if (claim.period && context.published && startsAfter(claim.period, context.published)) continue;
    // Undated, "on Monday" still says it is not the Wednesday a topic of one day is of.
    const day = claim.period ? weekdayOfDate(claim.period) : undefined;
    if (!period && day && context.weekday && day !== context.weekday) continue;
    const named =
      claim.entities.some((id) => blockEntities.has(id)) ||
      (extra?.entities.some((id) => claim.entities.includes(id)) ?? false) ||
      (agedBy !== undefined && claim.entities.includes(agedBy)) ||
      (context.labelled !== undefined && claim.entities.includes(context.labelled)) ||
      (context.lastPerson !== undefined && claim.entities.includes(context.lastPerson)) ||
      context.nearby(claim) ||
      // "Taylor chairs it, with Summers and D'Angelo." | "That is two fresh faces": newcomers counted
      // beside the block that names the new directors are theirs.
      (context.board === 'newcomers' && context.besideNames(claim)) ||
      // "a rebuilt three-person board with two fresh faces": the story's remade board names its newcomers' topic.
      (remadeBoard() && (matcher.cueKeys.get(claim.id) ?? []).some((k) => NEWCOMER_TOPIC_CUE.test(k)));
    // A topic of the story's organisation may go unnamed in a block ("the company", a list item);
    // any other needs one of its entities there.
    if (!named && !claim.entities.includes(STORY_ORGANISATION)) continue;
    const keys = matcher.cueKeys.get(claim.id) ?? [];
    // "Four of six directors voted": a count of the board a topic counts is its own, part or not; another board's is not.
    const boardTopic = context.board && boardTopicOf(claim);
    if (boardTopic && !boardFits(context.board!, boardTopic, text, span, figure)) continue;
    const boardSays = boardTopic !== undefined && context.board === boardTopic;
    // "About 500 employees out of a workforce of some 770 put their names to a letter": the staff the
    // signers are a part of, not the signers.
    if (staffTotal && !claim.cues.some((c) => TOTAL_CUES.has(c))) continue;
    // "490 employees" counts employees, not board members: the noun must be one of the topic's words
    // ("new members" counts members); "people" counts anyone.
    const nouns = figure.noun ? nounGroup(figure.noun) : [];
    // "two members of OpenAI's founding team", "the 11-person founding team": a count of a group its
    // own words name is a count for that group's topics only.
    const foundingTopic = foundingTeam && keys.some((cue) => FOUNDING_GROUP_CUE.test(cue));
    if (
      memberOf !== undefined &&
      counts &&
      !foundingTopic &&
      !keys.some((cue) => wholeWord(cue).test(memberOf))
    )
      continue;
    if (
      figure.noun &&
      counts &&
      !boardSays &&
      memberOf === undefined &&
      !GENERIC_NOUNS.has(figure.noun) &&
      !keys.some((cue) => nouns.some((noun) => cue === noun || cue.endsWith(` ${noun}`)))
    )
      continue;
    // "two of the 11 founders" counts founders, as "two founders" would.
    if (
      wholeNouns &&
      counts &&
      !keys.some((cue) => wholeNouns.some((noun) => cue === noun || cue.endsWith(` ${noun}`)))
    )
      continue;
    // A whole group's size is not a part of it: "two of the founders", "two former directors",
    // "the two founders who remain".
    // Words that describe every member ("The four independent directors fired him") leave the whole
    // group that did what only the whole group does.
    // "taken by the four directors who remained", "by the four remaining directors", "by the four still on the
    // board": the decision's agent is all who decided. As a subject ("The four directors who remained fired
    // Altman") those left stay a part: they may have remained after another departure.
    const decidedBy = decidedByBefore(text.slice(span.start, figure.start));
    const leftToDecide = decidedBy && LEFT_AFTER.test(text.slice(figure.end, span.end));
    const subsetOfWhole =
      subset !== undefined &&
      !keys.some((k) => k.split(' ').includes(subset)) &&
      !(DESCRIBING_WORDS.test(subset) && actOfWhole(text, span, figure, keys, claim)) &&
      !leftToDecide;
    if (
      claim.whole &&
      counts &&
      !boardSays &&
      ((figure.partOf && !leftToDecide) || (remaining && !decidedBy) || subsetOfWhole)
    )
      continue;
    // A group set apart, provisional, leaving or with its work ahead is not a whole group's size, unless
    // it did what only the whole does ("The decision was taken by the board's four other directors").
    if (claim.whole && !claim.requires && anotherGroup && !boardSays && !wholeGroupActs(text, span, figure))
      continue;
    // "an initial three-person board alongside Taylor and Summers": the compound gives the body's size, a whole,
    // never a part of it (how many were new, how many left).
    if (!claim.whole && counts && BODY_SIZE_COMPOUND_AFTER.test(text.slice(figure.end, figure.end + 40)))
      continue;
    // "its first three include two newcomers": the whole the second count is part of, not a part (a topic's count of newcomers).
    if (!claim.whole && counts && INCLUDES_COUNT_AFTER.test(text.slice(figure.end, figure.end + 60)))
      continue;
    // "Two founders left for Meta", "a three-person board": a topic of one circumstance needs its words.
    // A figure alone in a cell may have them in the cue of the cell beside it ("the expanded board").
    // "a bigger board, which could reach nine": a limit reached under a modal is a ceiling (plannedCeiling.ts).
    // "9" | "the most seats the new board may have": a ceiling its caption gave the value.
    const reachedLimit =
      reachedCeiling(text.slice(span.start, figure.start)) ||
      (extra !== undefined && figure.qualifier === 'up-to');
    if (reachedLimit && claim.excludes?.includes('up to')) continue;
    if (
      claim.requires &&
      !(reachedLimit && claim.requires.includes('up to')) &&
      !clauseHolds(text, span, figure, claim.requires, context.label) &&
      !extra?.cues.some((cue) => claim.requires!.some((w) => cue.split(' ').includes(w.toLowerCase()))) &&
      !(extra?.text !== undefined && claim.requires.some((w) => wholeWord(w).test(extra.text!.toLowerCase())))
    )
      continue;
    // "a three-person board chaired by Taylor", "two of the three directors newcomers": the new board, not the one that fired him.
    // A figure alone in a cell is excluded by its heading's words as by its own clause's ("Members of the new board" | "3").
    if (
      claim.excludes &&
      (clauseHolds(text, span, figure, claim.excludes, context.label) ||
        extra?.cues.some((cue) => claim.excludes!.some((w) => cue.split(' ').includes(w.toLowerCase()))) ||
        (extra?.text !== undefined &&
          claim.excludes.some((w) => wholeWord(w).test(extra.text!.toLowerCase()))))
    )
      continue;
    // "Microsoft's share of OpenAI's commercial arm: 49 per cent" is Microsoft's.
    if (context.label?.owner !== undefined && !claim.entities.includes(context.label.owner)) continue;
    if (putIn && keys.includes('valuation')) continue;
    // A topic of one day is no move over a year.
    if (moveOverSpan && claim.period?.length === DAY_PERIOD_LENGTH) continue;
    // "OpenAI" | "27%": a row's header cell says whose the value beside it is, whatever the caption above.
    if (context.rowOwner !== undefined && !claim.entities.includes(context.rowOwner)) continue;
    // "AAPL" | "191.31" | "+0.35%": a topic of a named organisation other than the story's is not another row's.
    if (context.unnamedRow && !claim.entities.includes(STORY_ORGANISATION) && !isPersonClaim(matcher, claim))
      continue;
    // "the typical nonprofit board has nine members": a board in general, not the organisation's.
    const clauseBefore = text.slice(span.start, figure.start);
    if (
      (claim.whole || claim.period) &&
      (genericCue(text, sentenceCues, keys, figure) ||
        GENERIC_CLAUSE.test(clauseBefore) ||
        HABITUAL_BEFORE.test(clauseBefore) ||
        (INDEFINITE_GROUP_BEFORE.test(clauseBefore) &&
          MODAL_AFTER.test(text.slice(figure.end, figure.end + 30))))
    )
      continue;
    // "The company has added three directors", "OpenAI hired 200 staff": how many join, not a group's size
    // nor the signers. A ceiling is the size a group may reach ("appoint as many as nine members for a
    // larger board"); a topic about joining takes the count ("bringing in three new members", "Meta hired").
    if (
      counts &&
      JOINED_BEFORE.test(clauseBefore) &&
      (claim.whole
        ? figure.qualifier !== 'up-to'
        : !keys.some((k) => JOINED_BEFORE.test(`${k} `) || NEWCOMER_CUE.test(k)))
    )
      continue;
    // "The other three were D'Angelo and two directors with no job at the company": one item of a list of members.
    if (claim.whole && counts && !isTotal && !boardSays && LISTED_PART_BEFORE.test(clauseBefore)) continue;
    // "Two directors kept their seats": some members acting, not the board's size.
    // Seats do nothing: "the up to nine seats discussed" is a number of seats, not members acting.
    if (
      claim.whole &&
      counts &&
      !isTotal &&
      !groupSize &&
      !boardSays &&
      figure.noun !== 'seats' &&
      ACTS_AFTER_NOUN.test(text.slice(figure.end, figure.end + 60)) &&
      !actOfWhole(text, span, figure, keys, claim)
    )
      continue;
    // "Three directors are off", "two members will step down": those leaving, not the board (departingPart.ts).
    // "the departure of four board members": "of" reads as a total's, but the noun before it is the going.
    if (
      claim.whole &&
      counts &&
      !groupSize &&
      ((!isTotal && countsDepartingMembers(text, figure.start, figure.end)) ||
        countsDepartureOf(text, figure.start))
    )
      continue;
    // "A company with 60 employees", unless it is the topic's own ("OpenAI, a company with 770 staff").
    if (counts && !boardSays && indefiniteOwner(text, span, figure, names, claim)) continue;
    if (
      indefiniteSubject &&
      !namesIn(names, span).some((n) => n.start < figure.start && claim.entities.includes(n.entityId))
    )
      continue;
    // "ChatGPT now has 800m MAUs", "ChatGPT: 800m MAU": a monthly audience is its nearest product's (audienceOwner.ts).
    if (
      figure.unit === 'users' &&
      audienceOfOther(
        clauseBefore,
        figure.start,
        sentenceNames,
        (id) => matcher.entities.get(id)?.kind,
        claim.entities,
      )
    )
      continue;
    // "Alphabet shares rose 2%", "Amazon invested $4 billion in Anthropic", "its 150 engineers" after
    // another company: the figure is another organisation's.
    // "left OpenAI after seven years", "two years as Facebook's CTO": a person's time at an
    // organisation is the person's, whatever organisation the sentence names before it.
    const personalTime =
      !figure.isAge && (figure.unit === 'years' || figure.unit === 'months') && isPersonClaim(matcher, claim);
    if (!personalTime && ownedByOther(matcher, text, span, figure, sentenceCues, keys, names, claim))
      continue;
    if (!isPlausible(claim, figure, claimPeriod, matcher.sourceDates)) continue;
    // "Anthropic has 300 employees", "Meta, which also put $14.3 billion into Scale AI": a figure
    // right after another organisation's name is that organisation's.
    if (
      owner &&
      !personalTime &&
      matcher.entities.get(owner.entityId)?.kind === 'organisation' &&
      !claim.entities.includes(owner.entityId)
    )
      continue;
    const personal = isPersonClaim(matcher, claim);
    if (figure.isAge !== (personal && claim.cues.includes('age'))) continue;
    if (personal) {
      // About a person: the person named nearest before the figure (else just after it, else the
      // name the block is labelled with) must be theirs.
      const people = sentenceNames.filter((n) => matcher.entities.get(n.entityId)?.kind === 'person');
      // "the 68-year-old economist Larry Summers": the name the age is set before is its holder.
      const named = people.find(
        (n) =>
          n.start >= figure.end &&
          n.start - figure.end <= AGE_HOLDER_REACH &&
          // "its 38-year-old CEO, Sam Altman": the role's apposition names the holder after a comma (ageEpithet.ts).
          epithetNames(text.slice(figure.end, n.start)),
      );
      // "He was 68 when he joined the board that brought Altman back": an age said of the sentence's
      // pronoun subject is that person's, not the one a clause after it names.
      // "the 38-year-old co-founder and Greg Brockman": an epithet's holder is never a later name (ageEpithet.ts).
      const ofSubject =
        figure.isAge &&
        (AGE_OF_THE_SUBJECT.test(text.slice(span.start, figure.start)) ||
          isAgeEpithet(
            text.slice(Math.max(0, figure.start - 8), figure.start),
            text.slice(figure.end, figure.end + 9),
          ));
      const person =
        named?.entityId ??
        people.filter((n) => n.end <= figure.start).at(-1)?.entityId ??
        (ofSubject ? undefined : people.find((n) => n.start >= figure.end)?.entityId) ??
        agedBy ??
        context.labelled ??
        context.lastPerson;
      if (!person || !claim.entities.includes(person)) continue;
      // "Altman was fired… The 43-year-old tech veteran will head the board": an age no name in its
      // sentence gives a holder is the last person's only if it is theirs, give or take the years since.
      if (
        figure.isAge &&
        person === context.lastPerson &&
        !people.length &&
        !ageFits(matcher, claim, figure, context.published)
      )
        continue;
      // Years carried from the sentence before are one person's time there, not the years two people shared.
      // "The two men had collaborated for eight years", "Both founders…": a plural subject shares them.
      if (
        person === context.lastPerson &&
        !people.length &&
        claim.entities.length > 1 &&
        !sharedBySubject(text.slice(span.start, figure.start))
      )
        continue;
    }
    let s = score(matcher, text, claim, figure, sentenceCues, sentenceNames, governed, after, predicate);
    // "a position worth $10bn": the holding's noun governs its worth as "a stake worth" would.
    if (heldWorth && keys.includes(HOLDING_CUE)) s += NEAR_CUE + GOVERNING_CUE;
    if (extra) {
      for (const key of keys) if (extra.cues.includes(key)) s += LEAD_CUE;
      // A label's own organisation counts even where it is the story's: "OpenAI share of enterprise AI" | "27%".
      for (const id of extra.entities) if (claim.entities.includes(id)) s += NAMED_ENTITY;
    }
    // The noun right after the figure counts for a topic cued by a word of its group ("490 signers").
    // So does one the figure's words imply without a cue's wording ("two new faces" are newcomers).
    // A trade ("300 researchers") may be the staff a cue speaks of, but does not name a topic itself.
    const namingNouns = figure.noun ? namingGroup(figure.noun) : [];
    if (
      namingNouns.length &&
      keys.some((k) => namingNouns.includes(k)) &&
      (!keys.includes(figure.noun!) || !sentenceCues.some((c) => c.key === figure.noun))
    )
      s += NEAR_CUE + GOVERNING_CUE;
    // "Kara Swisher had 505 early on": a value the reports give for this topic, with the topic in reach.
    const echo = echoWeight(reportedValues(matcher.figureClaims), claim, text, figure);
    const echoed =
      echo > 0 &&
      (extra?.cues.some((c) => keys.includes(c) && !GENERIC_NOUNS.has(c)) || context.inReach(claim));
    if (echoed) s += echo;
    if (claim.cues.some((c) => TOTAL_CUES.has(c))) {
      // "OpenAI's 300 researchers" are some of its staff, not its headcount.
      if (figure.noun && PART_OF_STAFF_NOUNS.has(figure.noun)) continue;
      // A total's place ("of OpenAI's 770") needs one of the total's own words near it.
      // So does one a counted part is taken from: "500 of them — out of roughly 770", or the staff's own
      // place: "nearly everyone at a company that employs roughly 770".
      // "The staff itself was counted as roughly 770": a value only a total's reports give is a total's, wherever it stands.
      const totalValue = echoed && echo === DISTINCTIVE_ECHO;
      if (!(isTotal || totalValue) || !counts || (s < NEAR_CUE && !wholeOfPart && !staffTotal)) continue;
      if (isTotal) s += TOTAL_PLACE;
    } else if (isTotal && counts && !claim.whole) {
      s += TOTAL_PLACE_FOR_PART;
    }
    if (figure.isAge) s += AGE_FORM;
    // Money held in a company is an investment, as a cue of investing would say.
    if (heldIn && keys.includes('invested')) s += NEAR_CUE + GOVERNING_CUE;
    // "Four people made the decision": the count that did what the group is cued by is the group.
    // The count of the board a topic counts, its words say so (boardIdentity.ts): as a governing cue would.
    if (boardSays || (claim.whole && counts && actOfWhole(text, span, figure, keys, claim)))
      s += NEAR_CUE + GOVERNING_CUE;
    // "started by an 11-person team": the founding act governs the count as a cue would.
    if (claim.whole && keys.some((cue) => FOUNDING_GROUP_CUE.test(cue)) && foundingTeam)
      s += NEAR_CUE + GOVERNING_CUE;
    const needed = context.named(claim) ? THRESHOLD : THRESHOLD + UNNAMED_TOPIC;
    if (s >= needed && (!best || s > best.score)) best = { claim, score: s };
  }
  return best?.claim;
}

/**
 * What only a whole group does, as its sentence's subject: "Four directors managed to blow this up",
 * "Four people made the decision" (or "a decision", not one "to hire" or "about pay"), "Four people
 * fired him", "four people deciding the fate of the company", "Just four directors voted it through",
 * "four of its members voted Altman out", "four of the board's members acted", the verb ending its
 * clause (not "acted as advisers", "acted quickly to reassure staff", nor "wrecked the company":
 * anyone may). Only for a topic cued by that act ("fire",
 * "oust"); a vote is counted by voters, some of the group ("Three directors voted against him").
 * Choosing the removal ("voted to remove him", "decided to oust him") is decisionAgent's, its one list.
 */
const WHOLE_GROUP_ACT_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,4}?(?:\s+(?:of|at|on)\s+(?:the\s+)?[\p{L}'’-]+)?\s+(?:(?:then|later|just|simply|nearly|almost|managed\s+to|were\s+able\s+to|chose\s+to|decided\s+to)\s+)*(?:(?:made\s+(?:the|that|this)\s+(?:decision|call)|making\s+(?:the|that|this)\s+(?:decision|call)|took\s+(?:the|that|this)\s+decision|(?:made|took)\s+a\s+decision|decided)(?!\s+(?:to|on|against|about)\b)|(?:decided|deciding|sealed|sealing)\s+(?:the|his|Altman['’]s)\s+fate|voted\s+(?:him|(?:Sam\s+)?Altman)\s+(?:out|off)|acted(?=\s*(?:[.,;:!?)\u2014\u2013]|$))|(?:voted|pushed)\s+(?:it|that|this|the\s+(?:decision|move|firing))\s+through|fired|ousted|sacked|axed|removed|pushed\s+(?:him\s+)?out|forced\s+(?:him\s+)?out|(?:blow|blew)\s+(?:it|this|that|everything|the\s+company)\s+up|fire|oust|remove)\b/iu;
const GROUP_ACT_CUES = new Set(['fire', 'oust', 'voted to oust', 'voted to remove', 'voted to fire']);

function actOfWhole(
  text: string,
  span: Span,
  figure: PageFigure,
  keys: string[],
  claim: ContentClaim,
): boolean {
  const after = withoutGroupAsides(text.slice(figure.end, span.end));
  // "voted Friday, Nov. 17, to remove Altman": the removal vote, its cue split by a date aside (groupActAside.ts).
  // "a board of four threw out Sam Altman": the leader's removal in other words is that act too, for a
  // topic the act cues (leaderRemoval.ts).
  return (
    (keys.some((k) => GROUP_ACT_CUES.has(k)) ||
      votesRemoval(after) ||
      (claim.cues.some((k) => GROUP_ACT_CUES.has(k)) && removesLeaderAfter(after.slice(0, 80)))) &&
    wholeGroupActs(text, span, figure)
  );
}

/**
 * The count is the subject of a whole group's act, at its clause's start ("On Friday, four of them
 * voted to remove him", "There were four of them making the call"), or its agent ("The decision was
 * taken by four people").
 */
function wholeGroupActs(text: string, span: Span, figure: PageFigure): boolean {
  // "Two directors voted it through and two abstained": a group split by a second count is some of it.
  if (SPLIT_COUNT_AFTER.test(text.slice(figure.end, span.end))) return false;
  // "the board — all four of the directors who voted him out —": every one of the group opens the clause as
  // the group itself would.
  const before = everyOfGroup(text, span, figure)
    ? text.slice(span.start, figure.start).replace(ALL_BEFORE, '')
    : text.slice(span.start, figure.start);
  // "Four members of the old board voted Friday, Nov. 17, to remove Altman": asides read past (groupActAside.ts);
  // "Four people — McCauley, Toner, D'Angelo and Sutskever — decided…": the act is read past the names (appositiveList.ts).
  const after = withoutGroupAsides(withoutAppositiveList(text.slice(figure.end, span.end), figure.value));
  // "it took only four of them to remove him" (decisionAgent.ts).
  if (tookToRemove(before, after.slice(0, 80))) return true;
  if (
    !CLAUSE_OPENS_BEFORE.test(before) &&
    !opensWithTime(before) &&
    !opensCoordinatedClause(before) &&
    !definiteWithRelative(before, after)
  )
    return decidedByBefore(before);
  return (
    // "taken by the four directors who remained": the decision's agent, whatever relative clause follows.
    decidedByBefore(before) ||
    WHOLE_GROUP_ACT_AFTER.test(after.slice(0, 80)) ||
    decidesAfter(after.slice(0, 80)) ||
    choseRemovalAfter(after.slice(0, 80)) ||
    removesLeaderAfter(after.slice(0, 80), before) ||
    namesEveryMember(after, figure.value)
  );
}
/**
 * A second count later in the sentence that did otherwise splits the group: "Two directors voted it
 * through and two abstained", "three backed the move, while one was against", "with the other two
 * opposed", "one dissented". Not "two of them later left" (a part of the same count) nor "two days later".
 */
const SPLIT_COUNT_AFTER =
  /(?:[,;]\s*|\s+(?:and|but|while|whereas|with)\s+)(?:(?:the\s+)?(?:other|remaining)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+others?|\s+(?:other\s+)?(?:directors?|members?|trustees?|board\s+members?))?\s+(?:(?:had|have|did|were|was)\s+)?(?:not\s+|n['’]t\s+)?(?:abstain\w*|against|opposed|opposing|object\w*|dissent\w*|declin\w*|refus\w*|vot\w+|backed|backing|support\w*|sided|siding|held\s+out|holding\s+out|sat\s+(?:it\s+)?out|disagree\w*|resist\w*|for)\b/i;
/**
 * Nothing before the count in its clause (a reported clause starts after "said", "reported that": "US media
 * reports said four directors voted for the move") but a list item's number, an opening adverbial, "there were",
 * a subordinating conjunction ("When four of them decided…", with its measure of time: "days after four directors
 * removed him", "shortly before", "hours after"), "just", or a definite determiner ("The four directors removed him", "OpenAI's four directors fired
 * him": the group the page speaks of, all of it).
 */
/**
 * Verbs whose object is a clause, "that" or not: reporting ("said", "reported", "wrote") and knowing, believing
 * or remembering ("I still can't believe four people fired him", "readers will recall that four directors…").
 * The frame reports or recalls the fact; it does not make it less of one.
 */
const CLAUSE_TAKING_VERB = String.raw`(?:said|say|says|reported|report|reports|wrote|writes|added|adds|noted|notes|confirmed|confirms|claimed|claims|believe|believed|believes|think|thinks|thought|know|knew|knows|known|recall|recalled|recalls|remember|remembered|remembers|forget|forgot|forgotten|learn|learned|learnt|hear|heard|realise|realised|realize|realized|understand|understood)`;
const CLAUSE_OPENS_BEFORE = new RegExp(
  String.raw`(?:^\s*(?:\d{1,2}[.)]\s+)?|[,;:—–]\s*|\bthat\s+|\b${CLAUSE_TAKING_VERB}\s+|\b(?=(?:when|once|after|before|because|since)\s))` +
    String.raw`\W*(?:(?:so|and|but|yet)\s+)?(?:(?:there|it)\s+(?:were|was|is)\s+|it['’]s\s+)?(?:(?:(?:just\s+|only\s+|mere\s+|a\s+few\s+|(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+)?(?:minutes|hours?|days?|weeks?|months?)\s+(?=after|before|when)|(?:shortly|soon|just|right|only|not\s+long)\s+(?=after|before|when))?(?:when|once|after|before|because|since|as)\s+)?(?:(?:the|its|their|OpenAI['’]s|the\s+(?:company|firm|start-?up|board)['’]s)\s+)?(?:just\s+|only\s+)?$`,
  'i',
);
/**
 * "Four directors voted: …", "Four people made the call —": the count, its noun and what they did,
 * then what introduces a list ("Two people: Altman and Brockman" says who they are, not what they did).
 */
const LIST_INTRODUCED_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:\p{Ll}+ed|made\s+(?:the|that)\s+(?:call|decision))\s*[:—–]\s*/u;
/** Items of a list of names: "A, B, C and D", "A, B, C, plus D". */
const LIST_JOINT = /\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus|alongside)\s+/;
/**
 * "Four directors voted: Adam D'Angelo, Helen Toner, Tasha McCauley and Ilya Sutskever": a count
 * followed by a list naming as many people counts all of those who acted, not some of a larger group.
 */
function namesEveryMember(after: string, count: number): boolean {
  const intro = LIST_INTRODUCED_AFTER.exec(after);
  if (!intro || count < 2) return false;
  const items = after
    .slice(intro[0].length)
    .replace(/[.;!?]\s*$/, '')
    .split(LIST_JOINT);
  return items.length === count && items.every((item) => /^[^,]{0,40}\p{Lu}/u.test(item));
}

/** The claim's cue nearest the figure (before it, or its own noun after it) is said of groups in general. */
function genericCue(text: string, cues: CueHit[], keys: string[], figure: PageFigure): boolean {
  return cues.some(
    (c) =>
      keys.includes(c.key) &&
      ((c.end <= figure.start && figure.start - c.end <= NEAR) ||
        (c.start >= figure.end && c.start - figure.end <= OWN_NOUN_REACH)) &&
      GENERIC_BEFORE_CUE.test(text.slice(Math.max(0, c.start - 30), c.start)),
  );
}

/** The figure counts the members of an organisation the sentence leaves unnamed ("a start-up with 60 employees"). */
function indefiniteOwner(
  text: string,
  span: Span,
  figure: PageFigure,
  names: NameHit[],
  claim: ContentClaim,
) {
  const before = text.slice(span.start, figure.start);
  const m = INDEFINITE_OWNER_BEFORE.exec(before);
  // "a board of nine", "a board with nine seats": the group's own size, not an unnamed company's.
  // "a figure of 505 signatures", "a tally of 700": a measure noun names the
  // figure itself, not an organisation that has it.
  if (
    !m ||
    /\b(?:board|team|staff|workforce|headcount|payroll|panel)\s+(?:of|with)\s+$/i.test(before) ||
    // "a decision of four directors": those who decided, not an unnamed company's people (decisionAgent.ts).
    decidedByBefore(before) ||
    // "a founding group of 11", "a cohort of 30": the group's own size.
    /\b(?:group|cohort|circle)\s+of\s+$/i.test(before) ||
    MEASURE_NOUN_OF_BEFORE.test(before)
  )
    return false;
  // An apposition to the topic's own organisation, or what it is said to be: "OpenAI, a company
  // with 770 employees", "OpenAI was a company of roughly 770 people".
  const at = span.start + m.index;
  const named = names.filter((n) => n.end <= at).at(-1);
  if (
    named &&
    claim.entities.includes(named.entityId) &&
    /^['’]?s?(?:,|\s+(?:is|was|had\s+been|has\s+been|remains|remained|became))\s*$/.test(
      text.slice(named.end, at),
    )
  )
    return false;
  // "signed it, from a company of roughly 770", "nearly everyone at a company that employs roughly 770":
  // a company the sentence leaves unnamed, where it names no other organisation, is the one the page is about.
  // "Acme, a company of 770": set off after a name the page does not know, the company is that one.
  if (apposedToName(text.slice(span.start, at))) return true;
  // "a company of 300 people called Acme": named after its count, the company is that one.
  if (namedAfterCount(text.slice(figure.end, span.end))) return true;
  // A name the figure is only credited to ("505, via Kara Swisher, out of a company of 770", "Swisher
  // reported 505"), or one across a clause break, owns nothing (countSource.ts).
  // The employing company is the story's only as a place ("at a company that employs 770"), not as
  // a sentence's subject ("A company that employs 770 could lose…", a company in general).
  return !(
    (/\b(?:company|firm|lab|start-?up|organi[sz]ation|business|outfit|enterprise|non-?profit|venture)\s+of\s+$/i.test(
      before,
    ) ||
      EMPLOYING_PLACE_BEFORE.test(before)) &&
    !namesIn(names, span).some(
      (n) => !claim.entities.includes(n.entityId) && !ownsNoCompany(text, n, figure.start, figure.end),
    )
  );
}

/** The word before `at` in `text`, skipping words that link an owner to its cue ("Amazon has invested"). */
function wordBefore(text: string, at: number, floor: number): { word: string; start: number } | undefined {
  let end = at;
  for (let hops = 0; hops < 4; hops++) {
    const m = /([\p{L}\p{N}'’.&-]+)[\s]*$/u.exec(text.slice(floor, end));
    if (!m) return undefined;
    const start = floor + m.index;
    const word = m[1]!.replace(/['’]s$/, '');
    if (!OWNER_LINKS.test(m[1]!) || word !== m[1]) return { word, start };
    end = start;
  }
  return undefined;
}

/** The question just before an answer, in the same block: "Microsoft stock? ", "RAVI: Alphabet shares? ". */
const QUESTION_BEFORE = /(?:^|[.!?]\s+|\n\s*)([^.!?\n]{1,100}\?)\s*$/;
const QUESTION_REACH = 120;
/**
 * The question an elliptical answer ("Up about 1%", "Down 2%") replies to names another organisation:
 * a known organisation that is not the claim's, or a capitalised word that is no function word, speaker
 * tag or cue. With no question before it, or one naming the topic's own, the answer is not another's.
 */
function questionOfOther(
  matcher: Matcher,
  text: string,
  answerStart: number,
  keys: string[],
  names: NameHit[],
  claim: ContentClaim,
): boolean {
  const from = Math.max(0, answerStart - QUESTION_REACH);
  const question = QUESTION_BEFORE.exec(text.slice(from, answerStart));
  if (!question) return false;
  const start = answerStart - question[0].length + question[0].indexOf(question[1]!);
  const words = question[1]!;
  for (const m of eachMatch(/\p{Lu}[\p{L}\p{N}'’&.-]*/gu, words)) {
    const at = start + m.index;
    const name = names.find((n) => n.start <= at && at < n.end);
    if (name) {
      if (claim.entities.includes(name.entityId)) return false;
      if (matcher.entities.get(name.entityId)?.kind === 'organisation') return true;
      continue;
    }
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const after = words.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (isSpeakerTag(words.slice(0, m.index), m[0], after)) continue;
    if (FUNCTION_WORDS.has(word) || MONTH_OR_DAY.test(word) || keys.includes(word.toLowerCase())) continue;
    if (OPENS_SENTENCE.test(words.slice(0, m.index)) && isOpeningModifier(word)) continue;
    return true;
  }
  return false;
}

/** How far before a figure a valuation verb and its object are read ("priced Arm Holdings at around "). */
const VALUED_OBJECT_REACH = 80;

/** The words after the "its"/"their" at `at`. */
function afterIts(text: string, at: number): string {
  return text.slice(at, at + 40).replace(/^\S+/, '');
}

/**
 * The figure belongs to an organisation the claim is not about: the word just before the cue that
 * governs it names another organisation ("Alphabet shares rose 2%", "Mistral was valued at", "Amazon
 * invested"), or "its" there stands for one ("Anthropic said its 150 engineers"), or the figure is
 * put into or taken of one ("$4 billion in Anthropic", "49% of Inflection").
 */
function ownedByOther(
  matcher: Matcher,
  text: string,
  span: Span,
  figure: PageFigure,
  cues: CueHit[],
  keys: string[],
  names: NameHit[],
  claim: ContentClaim,
): boolean {
  let capitalsLine: boolean | undefined;
  const other = (at: number, word: string) => {
    const name = names.find((n) => n.start <= at && at < n.end);
    if (name)
      return (
        !claim.entities.includes(name.entityId) &&
        matcher.entities.get(name.entityId)?.kind === 'organisation'
      );
    if (!/^\p{Lu}/u.test(word) || FUNCTION_WORDS.has(word.replace(/’/g, "'")) || MONTH_OR_DAY.test(word))
      return false;
    // "Redmond's stake": the place an organisation's epithets name it by, as an owner, is that organisation
    // ("staying put in Redmond" is the place).
    const place = word.replace(/['’]s$/, '');
    const placeOf = placeOwners(matcher).get(place);
    if (placeOf && /^['’]s\b/.test(text.slice(at + place.length, at + place.length + 3)))
      return !claim.entities.includes(placeOf);
    // "The tech giant behind Windows and Xbox has poured": a product in the epithet is not its owner (epithetObject.ts).
    if (inEpithetObject(text.slice(Math.max(span.start, at - EPITHET_REACH), at))) return false;
    // "THE BOARD OF FOUR THAT FIRED ALTMAN", "STAFF SIGNED THE LETTER: 745": in a line set all in capitals
    // a capital says nothing of a name; only the names the dataset knows are owners there.
    if ((capitalsLine ??= !LOWER_CASE.test(text.slice(span.start, span.end)))) return false;
    // "Eleven founders, two still there": a number opening a sentence is no company.
    if (parseNumberWords(word.toLowerCase()) !== undefined) return false;
    // A word the topic itself is cued by ("Facebook's chief technology officer") is not another owner.
    if (keys.includes(word.toLowerCase())) return false;
    // "Reported investment: $13bn": a sentence's opening modifier is no company (openingModifier.ts),
    // nor is the first word after a label or speaker tag ("RAVI: Up about 1%"), nor the tag itself.
    const opening = text.slice(span.start, at);
    const opens = OPENS_SENTENCE.test(opening) || opensAfterLabel(opening);
    if (opens && isOpeningModifier(word, text.slice(at + word.length, at + word.length + 60))) return false;
    // "Alphabet shares? Up about 1%": an elliptical answer's owner is its question's subject.
    if (opens && isDirectionWord(word)) return questionOfOther(matcher, text, span.start, keys, names, claim);
    if (isSpeakerTag(opening, word, text.slice(at + word.length, at + word.length + 3))) return false;
    // A sentence's first word is capitalised whatever it is: there a plural or a cue word ("Employees
    // signed", "Staff invested") is a common noun, not a company.
    const lower = word.toLowerCase();
    return (
      at > span.start ||
      (!lower.endsWith('s') && !matcher.figureClaims.some((c) => c.cues.some((k) => cueKey(k) === lower)))
    );
  };
  // "would leave for Microsoft unless…, and its organizers reported 700 signatures": a destination is no
  // antecedent of a later "its" for a count of people (destinationName.ts); "went to Microsoft, and its
  // shares rose 2%" still is.
  const counts = figure.unit === 'count' || figure.unit === 'people';
  // `possessed`: the words "its"/"their" own ("its organizers…", or after the figure for "their 700 signatures").
  const antecedent = (n: NameHit, possessed: string) =>
    matcher.entities.get(n.entityId)?.kind === 'organisation' &&
    !(
      counts &&
      possessesLetter(possessed) &&
      isDestination(text.slice(Math.max(span.start, n.start - 60), n.start))
    );
  // "The Financial Times interviewed 10 people": who interviews or cites is the outlet, not the figure's owner.
  const governing = cues.filter(
    (c) =>
      keys.includes(c.key) &&
      c.end <= figure.start &&
      figure.start - c.end <= GOVERNING_REACH &&
      !REPORTING_CUE.test(c.key),
  );
  for (const cue of governing) {
    const before = wordBefore(text, cue.start, span.start);
    if (!before) continue;
    // "value the San Francisco company at $500 billion": a place describing the noun is no other company (placeDescription.ts).
    if (isPlaceDescribed(text, cue.key, cue.start, cue.end, figure.start)) continue;
    if (/^(?:its|their)$/i.test(before.word)) {
      // "Microsoft, OpenAI's biggest investor, saw its shares rise": a name in the subject's apposition is no antecedent.
      const aside = subjectApposition(text, span.start, before.start);
      const organisations = names.filter(
        (n) =>
          n.end <= before.start &&
          !(aside && n.start >= aside.start && n.end <= aside.end) &&
          antecedent(n, afterIts(text, before.start)),
      );
      const organisation = organisations.at(-1);
      // "Alphabet, a rival of Microsoft, saw its shares rise": with the apposition set aside, an
      // unknown subject is the antecedent.
      if (aside && !organisations.some((n) => n.start >= span.start)) {
        const head = /^\s*["“‘]?(\p{Lu}[\p{L}\p{N}&.'’-]*)/u.exec(text.slice(span.start, aside.start));
        if (head && other(span.start + head[0].length - head[1]!.length, head[1]!.replace(/['’]s$/, '')))
          return true;
      }
      // "Microsoft has invested $13bn in OpenAI. Its shares rose": a sentence that opens with "its" may
      // mean the sentence before's subject as well as its last name; either may be the topic's.
      const opening =
        organisation && organisation.end <= span.start
          ? organisations.filter((n) => n.start >= span.start - PREVIOUS_SENTENCE_REACH)
          : [];
      if (
        organisation &&
        !claim.entities.includes(organisation.entityId) &&
        !opening.some((n) => claim.entities.includes(n.entityId))
      )
        return true;
    } else if (other(before.start, before.word)) return true;
  }
  // "Of Anthropic's 800 staff, nearly all signed": a share is its whole's owner's.
  if (figure.whole) {
    const owner = wholeOwner(text, figure.whole.start, figure.whole.end);
    if (owner && owner.index >= span.start && other(owner.index, owner.word)) return true;
  }
  // "The round valued Mistral at $6bn": the valuation verb's object owns the value.
  const objectFrom = Math.max(span.start, figure.start - VALUED_OBJECT_REACH);
  const object = valuedObject(text.slice(objectFrom, figure.start));
  if (object && other(objectFrom + object.index, object.word)) return true;
  // "Meta raised its 2025 capital spending forecast to $72 billion": "its" earlier in the figure's
  // clause, with none of the topic's cues after it, makes the figure that organisation's.
  const clause = /[^,;:()\u2014\u2013]*$/.exec(text.slice(span.start, figure.start))![0];
  const its = /\b(?:its|their)\s(?![\s\S]*\b(?:its|their)\s)/i.exec(clause);
  if (its) {
    const at = figure.start - clause.length + its.index;
    const cued = cues.some((c) => keys.includes(c.key) && c.start > at && c.end <= figure.start);
    const organisation = names
      .filter((n) => n.end <= at && n.start >= span.start && antecedent(n, afterIts(text, at)))
      .at(-1);
    if (!cued && organisation && !claim.entities.includes(organisation.entityId)) return true;
    // A company the dataset does not know: the capitalised word that heads the clause ("Alphabet lifted its").
    // Only where a noun phrase of that company's stands between ("its spending plan to"), not "all of its 800 staff".
    const between = clause.slice(its.index + its[0].length).match(/[\p{L}\p{N}]+/gu) ?? [];
    const head = between.length >= 2 ? /^\W*([\p{Lu}][\p{L}\p{N}'’.&-]*)/u.exec(clause) : null;
    if (
      !cued &&
      !organisation &&
      head &&
      other(figure.start - clause.length + head.index, head[1]!.replace(/['’]s$/, ''))
    )
      return true;
  }
  // "its 150 engineers": "its" just before the figure, after another organisation's name.
  const just = text.slice(Math.max(span.start, figure.start - 6), figure.start);
  if (/\b(?:its|their)\s+$/i.test(just)) {
    const organisation = names
      .filter(
        (n) =>
          n.end <= figure.start - 4 &&
          n.start >= span.start &&
          antecedent(n, text.slice(figure.end, figure.end + 40)),
      )
      .at(-1);
    if (organisation && !claim.entities.includes(organisation.entityId)) return true;
  }
  // "Infosys fell 0.8 per cent", "the Nifty 0.3 per cent": a percentage right after another
  // name in its clause is that company's or index's move.
  // A share given for a company after it ("27 per cent for OpenAI") is that company's, whoever is named before.
  if (figure.unit === 'percent' && !ownerAfter(text, figure, namesIn(names, span))) {
    // The reach starts at a word's start: "…OpenAI 27%" clipped to "AI 27%" names nobody.
    const from = Math.max(span.start, figure.start - MOVER_REACH);
    const clause = /[^,;:.!?()]*$/.exec(
      text
        .slice(from, figure.start)
        .replace(/[\p{L}\p{N}]/u.test(text[from - 1] ?? '') ? /^[\p{L}\p{N}'’.&-]+/u : /^$/, (w) =>
          ' '.repeat(w.length),
        ),
    )!;
    const clauseStart = figure.start - clause[0].length;
    const words = [...eachMatch(/[\p{L}\p{N}'’.&-]+/gu, clause[0])];
    const capital = words.findLast((w) => /^\p{Lu}/u.test(w[0]));
    if (capital && other(clauseStart + capital.index, capital[0].replace(/['’]s$/, ''))) return true;
  }
  if (figure.unit !== 'count' && figure.unit !== 'people') {
    // "49% stake in Anthropic", "a $4bn investment in Anthropic": a holding's noun may stand between.
    const into = HELD_IN_AFTER.exec(text.slice(figure.end, figure.end + 60));
    // Only a known organisation: "in U.S. trading" is a place.
    const at = into ? figure.end + into[0].length - into[1]!.length : -1;
    const name = names.find((n) => n.start === at);
    if (name && other(at, into![1]!)) return true;
  }
  return false;
}

/** "$4bn in Anthropic", "49% stake in Anthropic", "a 27% economic interest in Inflection": what the figure is put into or held of. */
const HELD_IN_AFTER =
  /^\s+(?:(?:[\p{Ll}-]+\s+)?(?:stake|holding|interest|share|investment|position|ownership)\s+)?(?:in|into|of)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}'’.&-]*)/u;

/** Cues that say who gathered a figure ("interviewed", "spoke to", "citing"), not whose it is. */
const REPORTING_CUE =
  /^(?:interviewed|interviewing|surveyed|polled|cited|citing|spoke (?:to|with)|talked (?:to|with))$/;

/**
 * "Its backers, some 500 people out of a workforce of roughly 770, warned that they would quit": a
 * figure opening an apposition to its sentence's subject is that subject; what the sentence says of
 * the subject, after the apposition's closing comma, is said of the figure. Returns where that
 * predicate starts.
 */
function predicateAt(text: string, span: Span, figure: PageFigure): number | undefined {
  if (!APPOSITION_SUBJECT_BEFORE.test(text.slice(span.start, figure.start))) return undefined;
  const close = /^[^,;:()\u2014\u2013]{0,80}?,\s+(?=[a-z])/.exec(text.slice(figure.end, span.end));
  return close ? figure.end + close[0].length : undefined;
}
/** The sentence's subject, a few words, then a comma right before the figure ("Its backers, "). */
const APPOSITION_SUBJECT_BEFORE = /^\W*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+$/u;

/** The names within a span (names are in text order). */
function namesIn(names: NameHit[], span: Span): NameHit[] {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: NameHit[] = [];
  for (let i = lo; i < names.length && names[i]!.end <= span.end; i++) found.push(names[i]!);
  return found;
}

/** An auxiliary between two cues makes the first the subject of the second ("the company has tied up"). */
const SUBJECT_LINK = /^\s+(?:has|have|had|is|was|will|would|also|now|already|since)\b/i;

/**
 * The cue that governs the figure, as the claim it belongs to: just before
 * it ("valued at $86bn"), or, where that cue measures a thing another topic
 * names just before it, that topic ("a stake in OpenAI worth $10bn": the
 * stake is worth it, not OpenAI).
 */
function measuredBy(matcher: Matcher, text: string, cues: CueHit[], figure: PageFigure): Set<string> {
  const keysOf = (claim: ContentClaim) => matcher.cueKeys.get(claim.id) ?? [];
  const governing = cues.filter((c) => c.end <= figure.start && figure.start - c.end <= GOVERNING_REACH);
  const claims = new Set<string>();
  for (const cue of governing) {
    const owners = matcher.figureClaims.filter((c) => keysOf(c).includes(cue.key));
    // "The company has tied up $10bn": a cue that is the subject of the governing verb is who acts, not a thing measured.
    const measured = cues.filter(
      (c) =>
        c.end <= cue.start &&
        (cue.start - c.end <= MEASURED_REACH || measuredAcross(c, text.slice(c.end, cue.start))) &&
        c.key !== cue.key &&
        !SUBJECT_LINK.test(text.slice(c.end, cue.start)),
    );
    const thing = measured.flatMap((c) =>
      matcher.figureClaims.filter((k) => keysOf(k).includes(c.key) && !keysOf(k).includes(cue.key)),
    );
    for (const c of thing.length ? thing : owners) claims.add(c.id);
  }
  return claims;
}

/**
 * The cue keys of the sentence, of the sentence before it, and of the headings, captions and labels
 * the block sits under: where the topic a figure echoes may be named. Only a topic's words reach: a
 * name (Altman, Microsoft) is in every sentence of the story, and "people" counts anyone.
 */
function cuesInReach(
  matcher: Matcher,
  text: string,
  span: Span,
  cues: CueHit[],
  lead: BlockLead | undefined,
): Set<string> {
  const reach = new Set(cues.map((c) => c.key));
  const previous = span.start > 0 ? sentencesAround(text, span.start - 1, 0)[0] : undefined;
  if (previous && previous.start < span.start)
    for (const c of findCues(matcher, text, previous)) reach.add(c.key);
  for (const block of [...(lead?.blocks ?? []), ...(lead?.own ? [lead.own] : [])])
    for (const c of block.cues) reach.add(c);
  for (const noun of GENERIC_NOUNS) reach.delete(noun);
  return reach;
}
