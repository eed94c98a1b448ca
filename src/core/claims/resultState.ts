import type { Frame } from '../dataset/schema.ts';
import { tokenize } from '../text/tokenize.ts';
import { LEADERSHIP_ROLE, POST_TAKEN, withFamilies } from './statementFamilies.ts';

/*
 * The state an act leaves, told instead of the act: who took a post has it ("took a job at Microsoft"
 * → "has a new job at Microsoft", "holds the reins"), who was put somewhere is there ("put on its
 * payroll" → "were on its payroll now"), who bears a title holds it ("chief scientist" → "holds the
 * chief scientist title"). Derived from each frame's own wordings, so every frame that lists a post
 * taken, a place given or a title gains its state, and the frame's complement, agent, exclusions,
 * negation and modality apply to the state as to the act ("has a new job at Google" is not at Microsoft, "would
 * have a job at Microsoft if…" is not stated).
 */

/** Verbs of taking a post: what they take, the subject then has. */
const TAKING = new Set([
  ...['take', 'accept', 'land', 'secure', 'get', 'win', 'snag', 'grab', 'assume', 'inherit'],
]);
/** A taking verb's particle, before what it takes ("take up a post"). */
const PARTICLE = new Set(['up', 'on', 'over']);
/** The verbs of a post held. */
const HOLDING = ['have', 'hold'];
/** Nouns a title is held as: "holds the chief scientist title", "had the interim CEO job". */
const HELD_AS = ['title', 'post', 'job', 'role'];

/** A taken object's last word that names a post ("a new job", "the helm", "the top job"): not "offer", "way". */
const POST_HEADS = /* @__PURE__ */ new Set(
  [...LEADERSHIP_ROLE, ...POST_TAKEN, 'employment', 'title', 'seat', 'chair']
    .map((w) => tokenize(w).at(-1)?.lower ?? '')
    .filter((w) => /^\p{L}+$/u.test(w) && !/^(?:company|firm|openai|charge|command)$/.test(w)),
);

/** What a taking lemma takes, when it is a post: "take up %post" → "a job", … ; else nothing. */
function postTaken(lemma: string): string | undefined {
  const words = lemma.split(' ');
  if (!TAKING.has(words[0]!)) return undefined;
  const object = words.slice(PARTICLE.has(words[1] ?? '') ? 2 : 1);
  // The head is the word before "of": "an offer of employment" is an offer, had before it is taken.
  const head = object.includes('of') ? object[object.indexOf('of') - 1] : object.at(-1);
  if (!head || !POST_HEADS.has(head.toLowerCase())) return undefined;
  return object.join(' ');
}

/** Verbs of putting someone somewhere: the one put is then there ("put on its payroll" → "is on its payroll"). */
const PLACING = new Set(['put', 'add', 'bring', 'take', 'place', 'get']);
const ON = new Set(['on', 'onto']);
const OWNED = /^(?:its|the|his|their)$/;

/** Where a placing lemma puts its object, as "on …": "put on its payroll" → "on its payroll"; else nothing. */
function placeGiven(lemma: string): string | undefined {
  const words = lemma.split(' ');
  // "on its payroll", "on the books": a place with its owner, not "on board" (with a plan, too).
  if (!PLACING.has(words[0]!) || !ON.has(words[1] ?? '') || !OWNED.test(words[2] ?? '')) return undefined;
  return ['on', ...words.slice(2)].join(' ');
}

/**
 * A title that can be held as a post: not one told with its time or place ("CEO again", "back at the helm") or its employer's
 * name ("Microsoft staff member", which the frame's "be" already reads).
 */
const heldTitle = (title: string) =>
  !/\b(?:again|once|more|back|at|in|on|as)\b/i.test(title) && !/\b\p{Lu}\p{Ll}/u.test(title);

/** The state lemmas a frame's acts, undergoings and titles leave, as acts of the same frame. */
export function resultStates(frame: Frame): string[] {
  const states = new Set<string>();
  for (const lemma of withFamilies(frame.acts ?? [])) {
    const post = postTaken(lemma);
    if (post) for (const verb of HOLDING) states.add(`${verb} ${post}`);
  }
  for (const lemma of withFamilies(frame.undergoes ?? [])) {
    const place = placeGiven(lemma);
    if (place) states.add(`be ${place}`);
  }
  for (const title of withFamilies(frame.titles ?? []).filter(heldTitle))
    for (const verb of HOLDING) for (const noun of HELD_AS) states.add(`${verb} the ${title} ${noun}`);
  const own = new Set(withFamilies(frame.acts ?? []));
  return [...states].filter((s) => !own.has(s));
}
