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
};

/** One-syllable (or stressed last-syllable) verbs that double their last consonant: "stepped", "regretted". */
const DOUBLES =
  /^(?:step|drop|strip|tap|snap|regret|stop|plan|ship|trim|slip|grab|nab|admit|commit|spot|swap|bag)$/;

/** The forms of an English verb, by the regular rules and a short list of exceptions. */
export function inflectVerb(base: string): VerbForms {
  const irregular = IRREGULAR[base];
  const third = /(?:s|sh|ch|x|z)$/.test(base)
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
  if (DOUBLES.test(base)) {
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

/** Every distinct form of a verb. */
export function verbForms(base: string): string[] {
  const { third, past, participle, gerund } = inflectVerb(base);
  return [...new Set([base, third, past, participle, gerund])];
}
