export interface VerbForms {
  base: string;
  /** "quits" */
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

/** Verbs whose forms no rule gives: past, participle, gerund. */
const IRREGULAR: Record<string, [string, string, string]> = {
  quit: ['quit', 'quit', 'quitting'],
  come: ['came', 'come', 'coming'],
  become: ['became', 'become', 'becoming'],
  bring: ['brought', 'brought', 'bringing'],
  take: ['took', 'taken', 'taking'],
  go: ['went', 'gone', 'going'],
  make: ['made', 'made', 'making'],
  leave: ['left', 'left', 'leaving'],
  choose: ['chose', 'chosen', 'choosing'],
  get: ['got', 'got', 'getting'],
  be: ['was', 'been', 'being'],
  lose: ['lost', 'lost', 'losing'],
  give: ['gave', 'given', 'giving'],
  lead: ['led', 'led', 'leading'],
  mislead: ['misled', 'misled', 'misleading'],
  run: ['ran', 'run', 'running'],
  say: ['said', 'said', 'saying'],
  win: ['won', 'won', 'winning'],
  hold: ['held', 'held', 'holding'],
  sit: ['sat', 'sat', 'sitting'],
  feel: ['felt', 'felt', 'feeling'],
  keep: ['kept', 'kept', 'keeping'],
  set: ['set', 'set', 'setting'],
  put: ['put', 'put', 'putting'],
  have: ['had', 'had', 'having'],
  find: ['found', 'found', 'finding'],
  retake: ['retook', 'retaken', 'retaking'],
  wind: ['wound', 'wound', 'winding'],
  send: ['sent', 'sent', 'sending'],
  hand: ['handed', 'handed', 'handing'],
  draw: ['drew', 'drawn', 'drawing'],
  stand: ['stood', 'stood', 'standing'],
  throw: ['threw', 'thrown', 'throwing'],
  tell: ['told', 'told', 'telling'],
  steal: ['stole', 'stolen', 'stealing'],
  eat: ['ate', 'eaten', 'eating'],
  buy: ['bought', 'bought', 'buying'],
  sell: ['sold', 'sold', 'selling'],
  pay: ['paid', 'paid', 'paying'],
  speak: ['spoke', 'spoken', 'speaking'],
  write: ['wrote', 'written', 'writing'],
  drive: ['drove', 'driven', 'driving'],
  rise: ['rose', 'risen', 'rising'],
  fall: ['fell', 'fallen', 'falling'],
  meet: ['met', 'met', 'meeting'],
  seek: ['sought', 'sought', 'seeking'],
  strike: ['struck', 'struck', 'striking'],
  fight: ['fought', 'fought', 'fighting'],
  think: ['thought', 'thought', 'thinking'],
  know: ['knew', 'known', 'knowing'],
  begin: ['began', 'begun', 'beginning'],
  forgive: ['forgave', 'forgiven', 'forgiving'],
  withdraw: ['withdrew', 'withdrawn', 'withdrawing'],
  oversee: ['oversaw', 'overseen', 'overseeing'],
  undertake: ['undertook', 'undertaken', 'undertaking'],
  shake: ['shook', 'shaken', 'shaking'],
  swear: ['swore', 'sworn', 'swearing'],
  sink: ['sank', 'sunk', 'sinking'],
  spend: ['spent', 'spent', 'spending'],
  let: ['let', 'let', 'letting'],
  cut: ['cut', 'cut', 'cutting'],
  hit: ['hit', 'hit', 'hitting'],
  shut: ['shut', 'shut', 'shutting'],
  split: ['split', 'split', 'splitting'],
  fly: ['flew', 'flown', 'flying'],
  do: ['did', 'done', 'doing'],
  see: ['saw', 'seen', 'seeing'],
  grow: ['grew', 'grown', 'growing'],
  show: ['showed', 'shown', 'showing'],
  build: ['built', 'built', 'building'],
  hear: ['heard', 'heard', 'hearing'],
  mean: ['meant', 'meant', 'meaning'],
  deal: ['dealt', 'dealt', 'dealing'],
  stick: ['stuck', 'stuck', 'sticking'],
  hang: ['hung', 'hung', 'hanging'],
  forget: ['forgot', 'forgotten', 'forgetting'],
  break: ['broke', 'broken', 'breaking'],
  teach: ['taught', 'taught', 'teaching'],
};

let irregularPasts: ReadonlySet<string> | undefined;

/**
 * An irregular past that is not also the verb's base ("took", "led", "won"; not "quit", "put").
 * Built on first use: a set made at load time would ship in every bundle that imports this file,
 * the gate's included.
 */
export function isIrregularPast(word: string): boolean {
  irregularPasts ??= new Set(
    Object.entries(IRREGULAR)
      .filter(([base, [past]]) => past !== base)
      .map(([, [past]]) => past),
  );
  return irregularPasts.has(word);
}

/**
 * Irregular participles that are not also the verb's base ("been", "left", "told"; not "quit", "run",
 * "come"): after "'d" they can only be "had"'s (contractedHad.ts).
 */
export function irregularParticiples(): string[] {
  return Object.entries(IRREGULAR)
    .filter(([base, [, participle]]) => participle !== base)
    .map(([, [, participle]]) => participle);
}

/** Verbs stressed on a last syllable that doubles its consonant: "regretted", "admitted". */
const DOUBLES =
  /^(?:regret|admit|commit|submit|omit|permit|compel|propel|rebut|outwit|refer|prefer|defer|incur|occur)$/;

/** One syllable, one vowel, one final consonant (not w, x, y): "snag" → "snagged", "hop" → "hopped". */
const doubles = (base: string) => DOUBLES.test(base) || /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(base);

/** The forms of an English verb, by the regular rules and a short list of exceptions. */
export function inflectVerb(base: string): VerbForms {
  const irregular = IRREGULAR[base];
  // "goes", "vetoes", "echoes": a final "o" after a consonant takes "-es" too.
  const third = /(?:s|sh|ch|x|z|[^aeiou]o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : base === 'be'
        ? 'is'
        : base === 'have'
          ? 'has'
          : `${base}s`;
  if (irregular) {
    const [past, participle, gerund] = irregular;
    return { base, third, past, participle, gerund };
  }
  let past: string;
  let gerund: string;
  if (doubles(base)) {
    past = `${base}${base.at(-1)!}ed`;
    gerund = `${base}${base.at(-1)!}ing`;
  } else if (base.endsWith('e')) {
    past = `${base}d`;
    gerund = `${base.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(base)) {
    past = `${base.slice(0, -1)}ied`;
    gerund = `${base}ing`;
  } else {
    past = `${base}ed`;
    gerund = `${base}ing`;
  }
  return { base, third, past, participle: past, gerund };
}

/**
 * British spelling doubles the final "l" of a verb whose last syllable is unstressed ("backpedalled",
 * "travelling", "cancelled") where American spelling does not: pages use both, so both are forms.
 * One vowel letter before the "l" ("reveal", "boil" keep theirs) and a syllable before that.
 */
export function britishForms(base: string): Pick<VerbForms, 'past' | 'participle' | 'gerund'> | null {
  if (IRREGULAR[base] || DOUBLES.test(base) || !/[aeiou][^aeiou]+[aeiou]l$/.test(base)) return null;
  if (/[aeiou]{2}l$/.test(base)) return null;
  return { past: `${base}led`, participle: `${base}led`, gerund: `${base}ling` };
}

/** Every distinct form of a verb. */
export function verbForms(base: string): string[] {
  const { third, past, participle, gerund } = inflectVerb(base);
  const british = britishForms(base);
  return [
    ...new Set([base, third, past, participle, gerund, ...(british ? [british.past, british.gerund] : [])]),
  ];
}
