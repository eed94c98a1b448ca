import { eachMatch } from '../text/eachMatch.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';
import { makes } from './organisationEpithets.ts';
import { investorDescription } from './investorDescription.ts';
import { describedByRemoval } from './removedPerson.ts';

/**
 * Descriptions that stand for someone the page names: "the company's
 * president", "the chief scientist who voted…", "its co-founder" for a
 * person, "the software maker" for an organisation. A person's description
 * is matched against the dataset's role of each person ("Co-founder, chief
 * scientist and board member of OpenAI"); an organisation's against the
 * organisations named just before it.
 */

/** A description's head, and what a person's dataset role must say for it to fit. */
const PERSON_HEADS: Array<[string[], RegExp]> = [
  [['chief', 'scientist'], /\bchief scientist\b/i],
  [['chief', 'technology', 'officer'], /\bchief technology officer\b|\bcto\b/i],
  [['chief', 'operating', 'officer'], /\bchief operating officer\b/i],
  [['chief', 'executive'], /\bchief executive\b|\bceo\b/i],
  [['technology', 'chief'], /\bchief technology officer\b|\bcto\b/i],
  [['cto'], /\bchief technology officer\b|\bcto\b/i],
  [['ceo'], /\bchief executive\b|\bceo\b/i],
  [['boss'], /\bchief executive\b|\bceo\b/i],
  [['co-founder'], /\bco-?founder\b/i],
  [['cofounder'], /\bco-?founder\b/i],
  [['president'], /\bpresident\b/i],
  [['chairman'], /\bchair/i],
  [['chairwoman'], /\bchair/i],
  [['head'], /\bchief executive\b|\bceo\b/i],
  // Plain nouns for a part someone had ("a director", "the scientist"): each fits many people, and
  // only the act the sentence states tells which (the claim's requirement, detectStatements.ts). Not
  // "the founder": pages call each of four people so, and a page's own protagonist before the others.
  [['board', 'member'], /\bboard member\b|\bdirector\b/i],
  [['director'], /\bboard member\b|\bdirector\b/i],
  [['scientist'], /\bscientist\b/i],
];
/** Heads "the same …" takes as the one just told of (readReferences.ts), not as a post's holder. */
const PLAIN_HEADS = new Set(['board', 'director', 'scientist']);
/**
 * Heads that name a chief only with the company they head: "the head of OpenAI", "OpenAI's head", not
 * "the head of research" nor "the head of the board".
 */
const OWNED_HEADS = new Set(['head']);
/** Prepositions before "the head of …" that make it the position ("at the head of the company"). */
const POSITION_BEFORE = new Set(['at', 'to', 'from']);
/** Words after "its head" that go on with the clause, not the noun ("its head said", "OpenAI's head, who"). */
const AFTER_HEAD = /^(?:[^\p{L}]+|was|is|has|had|and|who|would|will|to|in|on|for|with|as|\p{Ll}+ed)$/u;

/** "OpenAI's head said…": the head stands alone, not in "its head coach", "its head of research". */
function headAlone(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return !next || AFTER_HEAD.test(next.lower);
}
/** Nouns for the post itself ("the interim CEO job"): after a head, the description is no person. */
const JOB_NOUNS = new Set(['job', 'role', 'post', 'position', 'slot', 'seat', 'title', 'chair', 'spot']);
/** "the interim boss", "the acting chief": a post held for a while, which the role must say is so. */
const TEMPORARY = new Set(['interim', 'acting']);
const TEMPORARY_POSTS = new Map(
  PERSON_HEADS.map(([, role]) => [role, new RegExp(`\\b(?:interim|acting)\\s+(?:${role.source})`, 'i')]),
);
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their']);
/** "a director who had voted…", "A board member's apology": someone told by a part, to be told by the act. */
const INDEFINITE = new Set(['a', 'an']);
/** "the company's president": a word for the organisation before the head. */
const ORGANISATION_WORDS = new Set(['company', 'firm', 'startup', 'start-up', 'lab', 'group']);
const PERSON_ADJECTIVES = new Set([
  ...['former', 'ousted', 'then', 'interim', 'longtime', 'outgoing', 'current', 'acting'],
  ...['erstwhile', 'departing', 'departed'],
]);
/**
 * Words for what the person did or how they stand to the act, before the post ("the returning chief
 * executive", "a contrite scientist", "the same chief executive"): they leave the post as it was held.
 */
const ACT_ADJECTIVES = new Set([
  ...['returning', 'reinstated', 'rehired', 'restored', 'contrite', 'repentant', 'remorseful'],
  ...['apologetic', 'sorry', 'fired', 'sacked', 'same'],
]);
/** A title that tells an act with its post ("returning chief executive"), not the post alone. */
export const titleTellsAct = (words: readonly string[]) =>
  words.some((w) => w !== 'same' && ACT_ADJECTIVES.has(w));
/** Nouns for an organisation: with a modifier before them ("the software maker", "the tech giant"). */
const ORGANISATION_HEADS = new Set([
  ...['maker', 'giant', 'firm', 'company', 'group', 'lab', 'laboratory', 'startup', 'start-up'],
  ...['developer', 'outfit', 'business', 'conglomerate', 'behemoth', 'titan'],
]);
/** Nouns that, bare after "the", stand for an organisation named just before ("the company", "the firm"). */
const BARE_ORGANISATION_HEADS = new Set(['company', 'firm']);
/** Modifiers that point away from the organisation just named ("the rival lab", "the other company"). */
const OTHER_MODIFIERS = new Set([
  'other',
  'another',
  'rival',
  'same',
  'parent',
  'sister',
  'new',
  'different',
]);
/** A modifier: a lower-case word, an acronym ("US"), a nationality or a base ("the American software group", "the Redmond-based company"). */
const MODIFIER = /^(?:[a-z][a-z-]*|[A-Z]{2,4}|[A-Z][a-z]+(?:an|ese|ish)|[A-Z][a-z]+-based)$/;

export interface Description {
  first: number;
  last: number;
  kind: 'person' | 'organisation';
  /** For a person: what the role must say, and the organisation it must name, if the description gives one. */
  role?: RegExp;
  organisation?: string;
  /** "its interim chief executive", "the former CEO": a qualified post, which a role held only so may fit. */
  qualified?: true;
  /** "the company" with no modifier: only an organisation named earlier in its own clause. */
  bare?: true;
  /**
   * The one the words themselves name: an organisation ("OpenAI's biggest investor": investorDescription.ts)
   * or a person ("the man the board had thrown out": removedPerson.ts).
   */
  entity?: string;
  /** A person told by their removal: the text before may name another removed one (removalAntecedent.ts). */
  removal?: true;
  /** The organisation is the one named last ("its", "the company's"), not one the words name. */
  anaphoric?: true;
  /** "a director", "an interim chief executive": someone the act must tell, never a title's holder. */
  indefinite?: true;
}

/** The description starting at token `i`, if one does (names and epithets are already in `refAt`). */
export function descriptionAt(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
  lastOrganisation: string | undefined,
): Description | undefined {
  const word = tokens[i]!.lower;
  let k = i;
  let organisation: string | undefined;
  let anaphoric = false;
  const indefinite = INDEFINITE.has(word) && !predicateAt(tokens, i) && !objectAt(tokens, i);
  if (DETERMINERS.has(word) || indefinite) {
    k++;
    if (word === 'its') anaphoric = true;
    // "the company's president", "the board's chairman".
    if (ORGANISATION_WORDS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === "'s") {
      anaphoric = true;
      k += 2;
    }
    if (anaphoric) organisation = lastOrganisation;
  } else if (
    word === "'s" &&
    refAt[i - 1] &&
    kindOf(matcher, refAt[i - 1]!.entities[0]!) === 'organisation'
  ) {
    // "OpenAI's chief scientist".
    organisation = refAt[i - 1]!.entities[0];
    k++;
  } else if (refAt[i]?.first === i && kindOf(matcher, refAt[i].entities[0]!) === 'organisation') {
    // "Twitch co-founder takes the helm": the organisation's name before the role, in headline style.
    organisation = refAt[i].entities[0];
    k = refAt[i].last + 1;
  } else return undefined;
  // "the guy who co-founded Twitch": a person told by what they did at an organisation.
  if (word === 'the' && !organisation) {
    const told = describedByDeed(matcher, tokens, refAt, i) ?? describedByRemoval(matcher, tokens, refAt, i);
    if (told) return told;
  }
  const start = word === "'s" ? i + 1 : i;
  const named = refAt[i]?.first === i;
  // "the company's biggest investor", "OpenAI's largest backer": the one organisation that is so.
  const investor = investorDescription(matcher, tokens, refAt, k, organisation);
  if (investor) return { first: start, last: investor.last, kind: 'organisation', entity: investor.entity };
  let temporary = false;
  let qualifiers = 0;
  for (; !refAt[k]; k++) {
    const adjective = tokens[k]?.lower ?? '';
    if (PERSON_ADJECTIVES.has(adjective)) qualifiers++;
    else if (!ACT_ADJECTIVES.has(adjective) || (adjective === 'same' && word !== 'the')) break;
    if (TEMPORARY.has(adjective)) temporary = true;
  }
  const same = tokens[k - 1]?.lower === 'same';
  // "the ex-president", "its ex-chairman": a post no longer held, written on its noun.
  const ex = /^ex-/.test(tokens[k]?.lower ?? '');
  const qualified = qualifiers > 0 || ex;
  const wordAt = (n: number) => (n === 0 && ex ? tokens[k]!.lower.slice(3) : tokens[k + n]?.lower);
  for (const [head, role] of PERSON_HEADS) {
    if (!head.every((w, n) => wordAt(n) === w && !refAt[k + n])) continue;
    // "the same director" is the one just told of (readReferences.ts); "a head", "the head" alone is no one.
    if (PLAIN_HEADS.has(head[0]!) && same) return undefined;
    if (indefinite && OWNED_HEADS.has(head[0]!)) return undefined;
    const last = k + head.length - 1;
    // "chief scientist Ilya Sutskever" is a title before a name, not a description; "the boss
    // OpenAI sacked" opens a relative clause with the organisation as its subject.
    const named = refAt[last + 1];
    if (
      named &&
      !(
        named.first === last + 1 &&
        kindOf(matcher, named.entities[0]!) === 'organisation' &&
        clauseSubject(tokens, named.last)
      )
    )
      return undefined;
    // "the CEO of Acme", "the chief scientist at Google": the post is the organisation's named after it.
    const owner = ownerAfter(matcher, tokens, refAt, last);
    if (owner === null) return undefined;
    if (OWNED_HEADS.has(head[0]!) && !owner && !(organisation && headAlone(tokens, last))) return undefined;
    // "back at the head of the company", "rose to the head of OpenAI": the position, not its holder.
    if (OWNED_HEADS.has(head[0]!) && POSITION_BEFORE.has(tokens[i - 1]?.lower ?? '')) return undefined;
    // "the interim CEO job", "the chief executive's title": the post, not its holder.
    const job = tokens[last + 1]?.lower === "'s" ? last + 2 : last + 1;
    if (JOB_NOUNS.has(tokens[job]?.lower ?? '')) return undefined;
    if (owner !== undefined) organisation = owner;
    // "an interim chief executive from outside, Emmett Shear": the name set off after it says who.
    if (indefinite && holderSetOffAfter(tokens, refAt, last)) return undefined;
    return {
      first: start,
      last,
      kind: 'person',
      role: temporary ? TEMPORARY_POSTS.get(role)! : role,
      ...(organisation ? { organisation } : {}),
      ...(anaphoric && organisation && owner === undefined ? { anaphoric: true as const } : {}),
      ...(qualified ? { qualified: true as const } : {}),
      ...(indefinite ? { indefinite: true as const } : {}),
    };
  }
  if (word !== 'the' || named) return undefined;
  // "the ChatGPT maker", "the company behind ChatGPT": the organisation that makes it, if just named.
  const made = madeBy(matcher, tokens, refAt, i);
  if (made)
    return made.organisation === lastOrganisation
      ? { first: i, last: made.last, kind: 'organisation' }
      : undefined;
  // "the software maker": at least one modifier, then a noun for an organisation.
  let m = i + 1;
  while (
    m <= i + 2 &&
    MODIFIER.test(tokens[m]?.text ?? '') &&
    !refAt[m] &&
    !ORGANISATION_HEADS.has(tokens[m]!.lower)
  )
    m++;
  // "disclosed that Altman will join the company": bare, it is the organisation just named in its sentence.
  if (m === i + 1 && BARE_ORGANISATION_HEADS.has(tokens[m]?.lower ?? '') && !refAt[m])
    return { first: i, last: m, kind: 'organisation', bare: true };
  if (m === i + 1 || OTHER_MODIFIERS.has(tokens[i + 1]!.lower)) return undefined;
  if (!ORGANISATION_HEADS.has(tokens[m]?.lower ?? '') || refAt[m]) return undefined;
  return { first: i, last: m, kind: 'organisation' };
}

/** Verbs after which "a …" is what the subject is, not someone else ("Shear is now an interim boss"). */
const COPULAS = /^(?:is|was|are|were|be|been|being|becomes|became|become|remains|remained|'s)$/;
const COPULA_ADVERBS = /^(?:now|still|again|once|briefly|already|just|then|only|never|not)$/;

/** The article at `i` opens a predicate after a copula. */
function predicateAt(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && COPULA_ADVERBS.test(tokens[k]!.lower)) k--;
  return COPULAS.test(tokens[k]?.lower ?? '');
}

/** Words after which "a …" may open a clause: links, prepositions, times ("Late on Monday a director said"). */
const CLAUSE_OPENERS =
  /^(?:and|but|or|then|so|yet|that|which|where|who|whom|whose|how|why|what|when|while|as|after|before|once|until|since|because|though|although|if|on|by|at|in|of|with|from|for|like|overnight|later|earlier|meanwhile|now|today|yesterday|tonight)$/;

/** The article at `i` follows a verb or another content word in lower case: "a …" is its object ("did not find an interim CEO"). */
function objectAt(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !!previous?.isWord && /^\p{Ll}/u.test(previous.text) && !CLAUSE_OPENERS.test(previous.lower);
}

/** How far after an indefinite post the mark that sets off its holder's name may come. */
const SET_OFF_REACH = 8;

/** How many words of a title may stand before the set-off name ("…, chief scientist Ilya Sutskever"). */
const TITLE_BEFORE_NAME = 3;

/**
 * "an interim chief executive, Emmett Shear", "a director (Helen Toner)", "a director from the majority,
 * chief scientist Ilya Sutskever", "a chief executive named Emmett Shear": a name set off after the post,
 * maybe after its own title.
 */
function holderSetOffAfter(tokens: Token[], refAt: Array<Reference | undefined>, last: number): boolean {
  for (let k = last + 1; k <= last + SET_OFF_REACH && tokens[k]; k++) {
    if (refAt[k]) return false;
    // "an interim chief executive named Emmett Shear", "found an interim CEO in him": the holder given after it.
    if (/^[,(—–:]$/.test(tokens[k]!.text) || /^(?:named|called|dubbed|in)$/i.test(tokens[k]!.text)) {
      let n = k + 1;
      while (n <= k + TITLE_BEFORE_NAME && !refAt[n] && /^\p{Ll}/u.test(tokens[n]?.text ?? '')) n++;
      return refAt[n]?.first === n;
    }
    if (!tokens[k]!.isWord) return false;
  }
  return false;
}

/**
 * An organisation named right after a post opens a clause of its own ("the boss OpenAI sacked", "the
 * chief executive OpenAI's board had thrown out") when a verb or its possessive follows it; else it
 * is the post's name ("Microsoft CEO Satya Nadella" is read from the organisation's side).
 */
function clauseSubject(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower ?? '';
  return next === "'s" || /^(?:had|has|have|was|were|\p{L}+ed)$/u.test(next);
}

/** Nouns for an organisation after what it makes ("the ChatGPT maker", "the ChatGPT company"). */
const MAKER_HEADS = new Set([
  ...['maker', 'makers', 'creator', 'creators', 'developer', 'developers', 'owner', 'parent', 'company'],
  ...['firm', 'start-up', 'startup', 'lab', 'group', 'outfit', 'business'],
]);
/** Nouns for an organisation before "behind" what it makes ("the company behind ChatGPT"). */
const BEHIND_HEADS = new Set([
  'company',
  'firm',
  'start-up',
  'startup',
  'lab',
  'group',
  'outfit',
  'business',
]);

const makers = new WeakMap<Matcher, Map<string, string>>();

/** The organisation that makes the product named in "the ChatGPT maker" or "the company behind ChatGPT" at `i`, and where the description ends. */
function madeBy(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
): { organisation: string | undefined; last: number } | undefined {
  const behind = BEHIND_HEADS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'behind';
  const product = refAt[behind ? i + 3 : i + 1];
  if (!product || product.first !== (behind ? i + 3 : i + 1)) return undefined;
  const id = product.entities[0]!;
  if (kindOf(matcher, id) !== 'product') return undefined;
  if (!behind && !MAKER_HEADS.has(tokens[product.last + 1]?.lower ?? '')) return undefined;
  let byProduct = makers.get(matcher);
  if (!byProduct) {
    const entities = [...matcher.entities.values()];
    byProduct = new Map();
    for (const p of entities.filter((e) => e.kind === 'product')) {
      const maker = entities.find((o) => o.kind === 'organisation' && makes(o, p));
      if (maker) byProduct.set(p.id, maker.id);
    }
    makers.set(matcher, byProduct);
  }
  return { organisation: byProduct.get(id), last: behind ? product.last : product.last + 1 };
}

/** Capitalised words after "of" or "at" that name a time, not an employer ("the CEO at Monday's meeting"). */
const NOT_EMPLOYERS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|thanksgiving)$/;

/**
 * The organisation a post is held at, named after it ("chief executive of OpenAI"): its id, null for a
 * name the story does not know ("the CEO of Acme"), undefined when none is named.
 */
function ownerAfter(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  last: number,
): string | null | undefined {
  if (!/^(?:of|at)$/.test(tokens[last + 1]?.lower ?? '')) return undefined;
  const at = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  const token = tokens[at];
  if (!token?.isWord) return undefined;
  let ref = refAt[at];
  // "the head of ChatGPT developer OpenAI": the product and its maker's noun before the maker's name.
  if (
    ref &&
    kindOf(matcher, ref.entities[0]!) === 'product' &&
    MAKER_HEADS.has(tokens[ref.last + 1]?.lower ?? '')
  )
    ref = refAt[ref.last + 2] ?? ref;
  if (ref) {
    const id = ref.entities[0]!;
    // "the head of OpenAI's research team": the post is at something the company has.
    if (tokens[ref.last + 1]?.lower === "'s") return null;
    return kindOf(matcher, id) === 'organisation' ? id : undefined;
  }
  if (tokens[last + 2]?.lower === 'the' && !/^\p{Lu}/u.test(token.text)) return ownedByTheStory(tokens, at);
  return /^\p{Lu}/u.test(token.text) && !NOT_EMPLOYERS.test(token.lower) ? null : undefined;
}

/** Nouns after "of the" / "at the" that may be the story's organisation, its board or a time ("at the time"). */
const STORY_SIDE = new Set([
  ...ORGANISATION_HEADS,
  ...['board', 'nonprofit', 'non-profit', 'time', 'moment', 'weekend', 'helm', 'centre', 'center', 'heart'],
]);
/** How many modifiers may come before that noun ("the most prominent AI developer"). */
const OWNER_REACH = 5;

/**
 * "the chief executive of the charity", "a director at the school": a post at some other body, told by
 * a common noun (null), unless the noun may be the story's organisation ("of the company", "of the most
 * prominent AI developer") or a time ("at the time").
 */
function ownedByTheStory(tokens: Token[], at: number): null | undefined {
  for (let k = at; k < at + OWNER_REACH && tokens[k]?.isWord; k++)
    if (STORY_SIDE.has(tokens[k]!.lower)) return undefined;
  return null;
}

/** Nouns for someone, told by what they did ("the guy who co-founded Twitch"). */
const SOMEONE = new Set([
  'guy',
  'man',
  'woman',
  'person',
  'executive',
  'entrepreneur',
  'one',
  'fellow',
  'founder',
]);
/** Deeds at an organisation, and what the dataset role must say for them. */
const DEEDS: Array<[Set<string>, RegExp]> = [
  [new Set(['co-founded', 'cofounded', 'founded', 'started', 'created']), /\bco-?founder\b|\bfounder\b/i],
  [new Set(['ran', 'runs', 'led', 'leads', 'headed', 'heads']), /\bchief executive\b|\bceo\b/i],
];

/** "the guy who co-founded Twitch", "the man who ran Twitch": `the` at `i`, then someone, "who", a deed and an organisation. */
function describedByDeed(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  i: number,
): Description | undefined {
  if (!SOMEONE.has(tokens[i + 1]?.lower ?? '') || tokens[i + 2]?.lower !== 'who') return undefined;
  const deed = DEEDS.find(([verbs]) => verbs.has(tokens[i + 3]?.lower ?? ''));
  const org = refAt[i + 4];
  if (!deed || !org || org.first !== i + 4 || kindOf(matcher, org.entities[0]!) !== 'organisation')
    return undefined;
  return { first: i, last: org.last, kind: 'person', role: deed[1], organisation: org.entities[0]! };
}

/** A post held only for a while or no longer ("interim CEO", "Former Salesforce co-CEO"): "its chief executive" is not its holder. */
const QUALIFIED_POST =
  /\b(?:interim|acting|former)\s+(?:[A-Z]\w*\s+)?(?:co-)?(?:ceo|chief executive)\b|\bco-ceo\b/gi;

/**
 * A role says the post, of the organisation when one is given, in one of its parts: "Co-founder and
 * CEO of OpenAI" is OpenAI's chief executive; "Quora CEO and OpenAI board member" is Quora's.
 */
function holdsPost(role: string, post: RegExp, organisation: string[]): boolean {
  const global = new RegExp(post.source, 'gi');
  return role.split(';').some((part) => {
    if (organisation.length && !organisation.some((n) => part.includes(n))) return false;
    for (const m of eachMatch(global, part)) {
      const before = part.slice(0, m.index).trim().split(/\s+/).at(-1) ?? '';
      // "Quora CEO": another organisation's name right before the post.
      if (!organisation.length || !/^\p{Lu}[\w&.-]*$/u.test(before) || organisation.includes(before))
        return true;
    }
    return false;
  });
}

function kindOf(matcher: Matcher, id: string) {
  return matcher.entities.get(id)?.kind;
}

const candidatesCache = new WeakMap<Matcher, Map<string, string[]>>();

/** The people whose dataset role fits a description ("chief scientist" of "OpenAI"). */
export function peopleFitting(matcher: Matcher, description: Description): string[] {
  let cache = candidatesCache.get(matcher);
  if (!cache) {
    cache = new Map<string, string[]>();
    candidatesCache.set(matcher, cache);
  }
  const key = `${description.role!.source}|${description.organisation ?? ''}|${description.qualified ?? ''}`;
  let found = cache.get(key);
  if (!found) {
    const organisation = description.organisation
      ? matcher.entities.get(description.organisation)
      : undefined;
    const names = organisation ? [organisation.name, ...organisation.aliases] : [];
    found = [...matcher.entities.values()]
      .filter(
        (e) =>
          e.kind === 'person' &&
          holdsPost(
            description.qualified ? e.role : e.role.replace(QUALIFIED_POST, ''),
            description.role!,
            names,
          ),
      )
      .map((e) => e.id);
    cache.set(key, found);
  }
  return found;
}
