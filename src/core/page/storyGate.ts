import { APOSTROPHE, escapeRegExp, HYPHEN, nameKey, SPACE } from '../match/namePattern.ts';

/**
 * The gate's patterns, as regular-expression sources: built from the compiled
 * matcher at build time, so they follow the dataset, and shipped as text in
 * the small script every page runs. Each list is shipped once; the gate joins
 * them into the patterns it runs (compileStoryGate). All but the organisation
 * are shipped in a compact form (`compactGateSource`): a plain space, apostrophe and hyphen
 * stand for the classes of what pages write there.
 */
export interface StoryGatePatterns {
  /** The story's organisation in any spelling a page uses: "OpenAI", "Open AI", "openai". */
  organisation: string;
  /** The full names of the people at the centre of the story (CENTRAL_PEOPLE). */
  central: string;
  /** Every person's full name, central or not. */
  people: string;
  /** People's surnames and other names that count on a page that names the organisation ("Altman"). */
  surnames: string;
  /** The story's events and the fixed wordings of its claims. */
  companions: string;
}

export interface StoryGate {
  /** The organisation or a central person: the one look a page not about the story pays. */
  anchor: RegExp;
  organisation: RegExp;
  central: RegExp;
  /** Global: each full name on the page is counted once. */
  people: RegExp;
  /** Any name or phrase that, with the organisation, can make pageRelevance say yes. */
  story: RegExp;
  /** An event or claim wording: with a central person, enough. */
  companions: RegExp;
}

/** What the gate has seen of the page so far (content arrives later on live pages). */
export interface GateReading {
  /** The organisation or a central person is somewhere on the page: it is worth a closer look. */
  anchored: boolean;
  organisation: boolean;
  central: boolean;
  /** The full names of people seen, as keys: two of them, one central, may make the page about the story. */
  people: Set<string>;
  /** The page may be about the story. */
  story: boolean;
}

export function emptyReading(): GateReading {
  return { anchored: false, organisation: false, central: false, people: new Set(), story: false };
}

/** Between the words of a name, or where a page runs them together ("OpenAI", "Open AI", "Open-AI"). */
const LOOSE_SPACE = '[\\s\\-]*';

/** "OpenAI" → open, ai: words and the capitals inside a word, so any spacing and case of them matches. */
export function looseSource(alias: string): string {
  const parts = alias
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  return parts.map((part) => escapeRegExp(part.toLowerCase())).join(LOOSE_SPACE);
}

/**
 * No word boundaries: the gate reads the page's text run together
 * (`textContent` puts "…Sam Altman" and "OpenAI…" of two paragraphs side by
 * side), and matching a little more only costs a look by the engine.
 */
export function alternation(sources: Iterable<string>): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/**
 * A name or phrase as the gate ships it: words between single spaces, a straight apostrophe
 * and a plain hyphen, each widened by the gate to what pages write there (`expandCompactSource`). The
 * regular-expression classes they stand for, written out at each of the lexicon's thousand
 * apostrophes, hyphens and spaces, cost the script every page runs some 300 bytes gzipped.
 */
export function compactGateSource(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/\u2019/g, "'"))
    .join(' ');
}

/** The compact form expanded to what it stands for, as namePatternSource (src/core/match/namePattern.ts) writes it. */
function expandCompactSource(short: string): string {
  return short.replace(/ /g, SPACE).replace(/'/g, APOSTROPHE).replace(/-/g, HYPHEN);
}

type WordTrie = Map<string, WordTrie | null>;

/**
 * Word sequences as one pattern with their shared first words written once
 * ("lost (?:confidence|faith) in"), and words that go on alike sharing what
 * follows ("(?:fully|totally) (?:candid|frank)"). A sequence that is a prefix
 * of another ends its branch: the gate accepts whatever the shorter one does.
 */
export function wordTrieSource(sequences: string[][]): string {
  const root: WordTrie = new Map();
  for (const words of sequences) {
    let node: WordTrie | null = root;
    words.forEach((word, i) => {
      if (!node) return;
      if (i === words.length - 1) node.set(word, null);
      else if (node.get(word) !== null) {
        if (!node.has(word)) node.set(word, new Map());
        node = node.get(word)!;
      } else node = null;
    });
  }
  const source = (node: WordTrie): string => {
    const headsByRest = new Map<string, string[]>();
    for (const [word, rest] of node) {
      const restSource = rest ? source(rest) : '';
      headsByRest.set(restSource, [...(headsByRest.get(restSource) ?? []), compactGateSource(word)]);
    }
    const branches = [...headsByRest].map(([rest, heads]) => {
      const head = oneOf(heads);
      return rest ? `${head} ${rest}` : head;
    });
    return oneOf(branches);
  };
  return root.size ? source(root) : '';
}

const oneOf = (sources: string[]): string =>
  sources.length === 1 ? sources[0]! : `(?:${sources.sort().join('|')})`;

/** One pattern of the non-empty sources; an empty one would match every page. */
const either = (...sources: string[]): string => sources.filter(Boolean).join('|') || '(?!)';

/** Only the anchor is built at once: most pages never need the others, the story's the largest. */
export function compileStoryGate(patterns: StoryGatePatterns): StoryGate {
  const built = new Map<string, RegExp>();
  const lazy = (key: string, source: () => string, flags = 'i') => {
    let pattern = built.get(key);
    if (!pattern) built.set(key, (pattern = new RegExp(source(), flags)));
    return pattern;
  };
  const { organisation } = patterns;
  const [central, people, surnames, companions] = [
    patterns.central,
    patterns.people,
    patterns.surnames,
    patterns.companions,
  ].map(expandCompactSource) as [string, string, string, string];
  return {
    anchor: new RegExp(either(organisation, central), 'i'),
    get organisation() {
      return lazy('organisation', () => either(organisation));
    },
    get central() {
      return lazy('central', () => either(central));
    },
    get people() {
      return lazy('people', () => either(people), 'gi');
    },
    get story() {
      return lazy('story', () => either(people, surnames, companions));
    },
    get companions() {
      return lazy('companions', () => either(companions));
    },
  };
}

/**
 * Reads `text` (the page, or what it added since) into `reading`. Most pages
 * name neither the organisation nor a central person, and pay for that one
 * look; once either is found, the rest is looked for in all the page has,
 * `wholePage()`, since it may have come before.
 */
export function readForStory(
  gate: StoryGate,
  text: string,
  reading: GateReading,
  wholePage: () => string = () => text,
): GateReading {
  if (reading.story) return reading;
  if (!reading.anchored) {
    if (!gate.anchor.test(text)) return reading;
    reading.anchored = true;
    text = wholePage();
  }
  if (!reading.organisation && gate.organisation.test(text)) {
    reading.organisation = true;
    // The story's names may have come before the organisation.
    text = wholePage();
  }
  reading.central ||= gate.central.test(text);
  for (const [name] of text.matchAll(gate.people)) reading.people.add(nameKey(name).toLowerCase());
  reading.story =
    (reading.organisation && gate.story.test(text)) ||
    (reading.central && (reading.people.size >= 2 || gate.companions.test(text)));
  return reading;
}

export function mayBeAboutStory(reading: GateReading): boolean {
  return reading.story;
}
